-- AlterEnum
ALTER TYPE "CaseStudyLinkKind" ADD VALUE 'hub_service';

-- AlterTable
ALTER TABLE "CaseStudyLink" ADD COLUMN     "hubServiceId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudyLink_partnershipId_caseStudyId_hubServiceId_key" ON "CaseStudyLink"("partnershipId", "caseStudyId", "hubServiceId");

-- AddForeignKey
ALTER TABLE "CaseStudyLink" ADD CONSTRAINT "CaseStudyLink_partnershipId_hubServiceId_fkey" FOREIGN KEY ("partnershipId", "hubServiceId") REFERENCES "HubService"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- A case study link names exactly one target, now of three kinds.
ALTER TABLE "CaseStudyLink" DROP CONSTRAINT "CaseStudyLink_one_target_check";
ALTER TABLE "CaseStudyLink" ADD CONSTRAINT "CaseStudyLink_one_target_check" CHECK (
  num_nonnulls("actionItemId", "awardId", "hubServiceId") = 1
  AND ("kind" <> 'action_item' OR "actionItemId" IS NOT NULL)
  AND ("kind" <> 'award' OR "awardId" IS NOT NULL)
  -- As text: a value added to an enum cannot be used in the transaction that adds it.
  AND ("kind"::text <> 'hub_service' OR "hubServiceId" IS NOT NULL)
);
