-- CreateEnum
CREATE TYPE "FundingRoundStatus" AS ENUM ('draft', 'open', 'reviewing', 'deciding', 'awarded', 'closed');

-- CreateEnum
CREATE TYPE "ApplicationChannel" AS ENUM ('coordinator', 'public_link');

-- CreateEnum
CREATE TYPE "PanellistKind" AS ENUM ('member', 'community_representative', 'young_person');

-- CreateTable
CREATE TABLE "CommunityBudget" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityBudget_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "FundingRound" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "priorityId" UUID,
    "title" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "allocationPence" INTEGER NOT NULL,
    "maxAwardPence" INTEGER NOT NULL,
    "rubric" JSONB NOT NULL,
    "status" "FundingRoundStatus" NOT NULL DEFAULT 'draft',
    "publicToken" TEXT,
    "publicListing" BOOLEAN NOT NULL DEFAULT false,
    "decisionMeetingId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FundingRound_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "GrantApplication" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "organisationName" TEXT NOT NULL,
    "organisationId" UUID,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "amountRequestedPence" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "priorityFit" TEXT NOT NULL,
    "aboveAndBeyond" BOOLEAN NOT NULL,
    "channel" "ApplicationChannel" NOT NULL,
    "senderHash" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnReason" TEXT,
    "declineReason" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantApplication_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "PanelAssignment" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "PanellistKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelAssignment_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "conflicted" BOOLEAN NOT NULL,
    "note" TEXT,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Score" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "scores" JSONB NOT NULL,
    "comment" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Award" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "decidedOn" DATE NOT NULL,
    "meetingId" UUID NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Spend" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Spend_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "GrantReport" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "reportedOn" DATE NOT NULL,
    "milestone" TEXT NOT NULL,
    "percentComplete" INTEGER NOT NULL,
    "beneficiariesReached" INTEGER NOT NULL,
    "caseStudyUrl" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantReport_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "GrantFeedback" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "receivedOn" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantFeedback_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommunityBudget_partnershipId_areaId_financialYear_key" ON "CommunityBudget"("partnershipId", "areaId", "financialYear");

-- CreateIndex
CREATE UNIQUE INDEX "FundingRound_publicToken_key" ON "FundingRound"("publicToken");

-- CreateIndex
CREATE INDEX "FundingRound_partnershipId_areaId_idx" ON "FundingRound"("partnershipId", "areaId");

-- CreateIndex
CREATE INDEX "GrantApplication_partnershipId_roundId_idx" ON "GrantApplication"("partnershipId", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelAssignment_partnershipId_roundId_userId_key" ON "PanelAssignment"("partnershipId", "roundId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_partnershipId_assignmentId_applicationI_key" ON "ConflictDeclaration"("partnershipId", "assignmentId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_partnershipId_assignmentId_applicationId_key" ON "Score"("partnershipId", "assignmentId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_partnershipId_applicationId_key" ON "Award"("partnershipId", "applicationId");

-- AddForeignKey
ALTER TABLE "CommunityBudget" ADD CONSTRAINT "CommunityBudget_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_partnershipId_budgetId_fkey" FOREIGN KEY ("partnershipId", "budgetId") REFERENCES "CommunityBudget"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_partnershipId_priorityId_fkey" FOREIGN KEY ("partnershipId", "priorityId") REFERENCES "Priority"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_partnershipId_decisionMeetingId_fkey" FOREIGN KEY ("partnershipId", "decisionMeetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_partnershipId_roundId_fkey" FOREIGN KEY ("partnershipId", "roundId") REFERENCES "FundingRound"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_partnershipId_organisationId_fkey" FOREIGN KEY ("partnershipId", "organisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PanelAssignment" ADD CONSTRAINT "PanelAssignment_partnershipId_roundId_fkey" FOREIGN KEY ("partnershipId", "roundId") REFERENCES "FundingRound"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PanelAssignment" ADD CONSTRAINT "PanelAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_partnershipId_assignmentId_fkey" FOREIGN KEY ("partnershipId", "assignmentId") REFERENCES "PanelAssignment"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_partnershipId_applicationId_fkey" FOREIGN KEY ("partnershipId", "applicationId") REFERENCES "GrantApplication"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_partnershipId_assignmentId_fkey" FOREIGN KEY ("partnershipId", "assignmentId") REFERENCES "PanelAssignment"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_partnershipId_applicationId_fkey" FOREIGN KEY ("partnershipId", "applicationId") REFERENCES "GrantApplication"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_partnershipId_roundId_fkey" FOREIGN KEY ("partnershipId", "roundId") REFERENCES "FundingRound"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_partnershipId_budgetId_fkey" FOREIGN KEY ("partnershipId", "budgetId") REFERENCES "CommunityBudget"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_partnershipId_applicationId_fkey" FOREIGN KEY ("partnershipId", "applicationId") REFERENCES "GrantApplication"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_partnershipId_meetingId_fkey" FOREIGN KEY ("partnershipId", "meetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Spend" ADD CONSTRAINT "Spend_partnershipId_awardId_fkey" FOREIGN KEY ("partnershipId", "awardId") REFERENCES "Award"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GrantReport" ADD CONSTRAINT "GrantReport_partnershipId_awardId_fkey" FOREIGN KEY ("partnershipId", "awardId") REFERENCES "Award"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GrantFeedback" ADD CONSTRAINT "GrantFeedback_partnershipId_awardId_fkey" FOREIGN KEY ("partnershipId", "awardId") REFERENCES "Award"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- Money and counts the application also checks, held by the database too.
ALTER TABLE "CommunityBudget" ADD CONSTRAINT "CommunityBudget_amount_check" CHECK ("amountPence" >= 0);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_amounts_check" CHECK ("allocationPence" >= 0 AND "maxAwardPence" > 0 AND "closesOn" >= "opensOn");
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_amount_check" CHECK ("amountRequestedPence" > 0);
ALTER TABLE "Award" ADD CONSTRAINT "Award_amount_check" CHECK ("amountPence" > 0);
ALTER TABLE "Spend" ADD CONSTRAINT "Spend_amount_check" CHECK ("amountPence" > 0);
ALTER TABLE "GrantReport" ADD CONSTRAINT "GrantReport_counts_check" CHECK ("percentComplete" BETWEEN 0 AND 100 AND "beneficiariesReached" >= 0);
