-- CreateEnum
CREATE TYPE "ConditionLevel" AS ENUM ('just_begun', 'making_progress', 'mostly_in_place', 'fully_in_place');

-- CreateEnum
CREATE TYPE "CollectiveImpactCondition" AS ENUM ('common_agenda', 'shared_measurement', 'mutually_reinforcing_activities', 'continuous_communication', 'backbone_support');

-- CreateEnum
CREATE TYPE "FeedbackSource" AS ENUM ('commissioner', 'grant_recipient', 'beneficiary', 'other');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('partnership', 'board', 'public');

-- CreateEnum
CREATE TYPE "CaseStudyLinkKind" AS ENUM ('action_item', 'award');

-- CreateEnum
CREATE TYPE "LessonKind" AS ENUM ('worked_well', 'could_be_better', 'other_model');

-- CreateEnum
CREATE TYPE "FindingsAbout" AS ENUM ('methodology', 'impact', 'both');

-- CreateEnum
CREATE TYPE "EarlyImpactEvidenceKind" AS ENUM ('indicator_movement', 'output');

-- AlterEnum
ALTER TYPE "ActionItemSource" ADD VALUE 'capability_rating';

-- DropForeignKey
ALTER TABLE "GrantFeedback" DROP CONSTRAINT "GrantFeedback_partnershipId_awardId_fkey";

-- AlterTable
ALTER TABLE "ActionPlanItem" ADD COLUMN     "sourceRatingId" UUID;

-- DropTable
DROP TABLE "GrantFeedback";

-- CreateTable
CREATE TABLE "SelfEvaluationArea" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "redLooksLike" TEXT NOT NULL,
    "amberLooksLike" TEXT NOT NULL,
    "greenLooksLike" TEXT NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SelfEvaluationArea_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "CapabilityAssessment" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "assessedOn" DATE NOT NULL,
    "summary" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CapabilityAssessment_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "CapabilityRating" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "evaluationAreaId" UUID NOT NULL,
    "rating" "Rag" NOT NULL,
    "note" TEXT NOT NULL,
    "evidence" TEXT,

    CONSTRAINT "CapabilityRating_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ConditionAssessment" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "assessedOn" DATE NOT NULL,
    "summary" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConditionAssessment_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ConditionRating" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "condition" "CollectiveImpactCondition" NOT NULL,
    "level" "ConditionLevel" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ConditionRating_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "CaseStudy" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "whatItShows" TEXT NOT NULL,
    "consentGivenBy" TEXT NOT NULL,
    "consentScope" "ConsentScope" NOT NULL,
    "consentOn" DATE NOT NULL,
    "confirmedTerms" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "CaseStudyLink" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "caseStudyId" UUID NOT NULL,
    "kind" "CaseStudyLinkKind" NOT NULL,
    "actionItemId" UUID,
    "awardId" UUID,

    CONSTRAINT "CaseStudyLink_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "source" "FeedbackSource" NOT NULL,
    "role" TEXT NOT NULL,
    "rating" INTEGER,
    "comments" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "awardId" UUID,
    "confirmedTerms" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "EarlyImpact" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EarlyImpact_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "EarlyImpactEvidence" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "earlyImpactId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "EarlyImpactEvidenceKind" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "EarlyImpactEvidence_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "LessonLearned" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "kind" "LessonKind" NOT NULL,
    "text" TEXT NOT NULL,
    "modelName" TEXT,
    "agreedWithBoard" BOOLEAN NOT NULL DEFAULT false,
    "agreedWithConvening" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonLearned_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "FindingShared" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "sharedOn" DATE NOT NULL,
    "venue" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "about" "FindingsAbout" NOT NULL,
    "summary" TEXT,
    "link" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingShared_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfEvaluationArea_partnershipId_key_key" ON "SelfEvaluationArea"("partnershipId", "key");

-- CreateIndex
CREATE INDEX "CapabilityAssessment_partnershipId_areaId_assessedOn_idx" ON "CapabilityAssessment"("partnershipId", "areaId", "assessedOn");

-- CreateIndex
CREATE UNIQUE INDEX "CapabilityRating_partnershipId_assessmentId_evaluationAreaI_key" ON "CapabilityRating"("partnershipId", "assessmentId", "evaluationAreaId");

-- CreateIndex
CREATE INDEX "ConditionAssessment_partnershipId_areaId_assessedOn_idx" ON "ConditionAssessment"("partnershipId", "areaId", "assessedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ConditionRating_partnershipId_assessmentId_condition_key" ON "ConditionRating"("partnershipId", "assessmentId", "condition");

-- CreateIndex
CREATE INDEX "CaseStudy_partnershipId_areaId_cycle_idx" ON "CaseStudy"("partnershipId", "areaId", "cycle");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudyLink_partnershipId_caseStudyId_actionItemId_key" ON "CaseStudyLink"("partnershipId", "caseStudyId", "actionItemId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudyLink_partnershipId_caseStudyId_awardId_key" ON "CaseStudyLink"("partnershipId", "caseStudyId", "awardId");

-- CreateIndex
CREATE INDEX "Feedback_partnershipId_areaId_cycle_idx" ON "Feedback"("partnershipId", "areaId", "cycle");

-- CreateIndex
CREATE INDEX "EarlyImpact_partnershipId_areaId_cycle_idx" ON "EarlyImpact"("partnershipId", "areaId", "cycle");

-- CreateIndex
CREATE INDEX "LessonLearned_partnershipId_areaId_cycle_idx" ON "LessonLearned"("partnershipId", "areaId", "cycle");

-- CreateIndex
CREATE INDEX "FindingShared_partnershipId_areaId_cycle_idx" ON "FindingShared"("partnershipId", "areaId", "cycle");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanItem_partnershipId_sourceRatingId_key" ON "ActionPlanItem"("partnershipId", "sourceRatingId");

-- AddForeignKey
ALTER TABLE "SelfEvaluationArea" ADD CONSTRAINT "SelfEvaluationArea_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapabilityAssessment" ADD CONSTRAINT "CapabilityAssessment_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CapabilityRating" ADD CONSTRAINT "CapabilityRating_partnershipId_assessmentId_fkey" FOREIGN KEY ("partnershipId", "assessmentId") REFERENCES "CapabilityAssessment"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CapabilityRating" ADD CONSTRAINT "CapabilityRating_partnershipId_evaluationAreaId_fkey" FOREIGN KEY ("partnershipId", "evaluationAreaId") REFERENCES "SelfEvaluationArea"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConditionAssessment" ADD CONSTRAINT "ConditionAssessment_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConditionRating" ADD CONSTRAINT "ConditionRating_partnershipId_assessmentId_fkey" FOREIGN KEY ("partnershipId", "assessmentId") REFERENCES "ConditionAssessment"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CaseStudyLink" ADD CONSTRAINT "CaseStudyLink_partnershipId_caseStudyId_fkey" FOREIGN KEY ("partnershipId", "caseStudyId") REFERENCES "CaseStudy"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CaseStudyLink" ADD CONSTRAINT "CaseStudyLink_partnershipId_actionItemId_fkey" FOREIGN KEY ("partnershipId", "actionItemId") REFERENCES "ActionPlanItem"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CaseStudyLink" ADD CONSTRAINT "CaseStudyLink_partnershipId_awardId_fkey" FOREIGN KEY ("partnershipId", "awardId") REFERENCES "Award"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_partnershipId_awardId_fkey" FOREIGN KEY ("partnershipId", "awardId") REFERENCES "Award"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EarlyImpact" ADD CONSTRAINT "EarlyImpact_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EarlyImpactEvidence" ADD CONSTRAINT "EarlyImpactEvidence_partnershipId_earlyImpactId_fkey" FOREIGN KEY ("partnershipId", "earlyImpactId") REFERENCES "EarlyImpact"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LessonLearned" ADD CONSTRAINT "LessonLearned_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "FindingShared" ADD CONSTRAINT "FindingShared_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_partnershipId_sourceRatingId_fkey" FOREIGN KEY ("partnershipId", "sourceRatingId") REFERENCES "CapabilityRating"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- What the application also checks, held by the database too.
-- A case study link names exactly one target; a new kind of target joins this list.
ALTER TABLE "CaseStudyLink" ADD CONSTRAINT "CaseStudyLink_one_target_check" CHECK (
  num_nonnulls("actionItemId", "awardId") = 1
  AND ("kind" <> 'action_item' OR "actionItemId" IS NOT NULL)
  AND ("kind" <> 'award' OR "awardId" IS NOT NULL)
);
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
-- Only a community budget recipient's feedback is about an award.
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_award_source_check" CHECK ("awardId" IS NULL OR "source" = 'grant_recipient');
ALTER TABLE "CapabilityAssessment" ADD CONSTRAINT "CapabilityAssessment_cycle_check" CHECK ("cycle" >= 1);
ALTER TABLE "ConditionAssessment" ADD CONSTRAINT "ConditionAssessment_cycle_check" CHECK ("cycle" >= 1);
