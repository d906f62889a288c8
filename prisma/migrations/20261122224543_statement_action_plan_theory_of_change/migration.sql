-- CreateEnum
CREATE TYPE "StatementState" AS ENUM ('draft', 'agreed', 'published');

-- CreateEnum
CREATE TYPE "AskResponseStatus" AS ENUM ('asked', 'in_discussion', 'agreed', 'declined');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('not_started', 'in_progress', 'done', 'blocked');

-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('red', 'amber', 'green');

-- CreateEnum
CREATE TYPE "ActionItemSource" AS ENUM ('statement_action', 'meeting_decision', 'other');

-- CreateEnum
CREATE TYPE "TheoryOfChangeScope" AS ENUM ('partnership', 'area');

-- CreateTable
CREATE TABLE "StatementOfIntent" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "priorityId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "state" "StatementState" NOT NULL DEFAULT 'draft',
    "agreedOn" DATE,
    "agreedAtMeetingId" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementOfIntent_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "StatementVersion" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "agreedOn" DATE NOT NULL,
    "agreedAtMeetingId" UUID,
    "agreedAtMeeting" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" UUID,

    CONSTRAINT "StatementVersion_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "StatementAskResponse" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "askId" TEXT NOT NULL,
    "status" "AskResponseStatus" NOT NULL DEFAULT 'asked',
    "respondedOn" DATE,
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementAskResponse_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "StatementShareLink" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StatementShareLink_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ActionPlanItem" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerOrganisationId" UUID,
    "dueOn" DATE,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'not_started',
    "rag" "Rag" NOT NULL DEFAULT 'green',
    "source" "ActionItemSource" NOT NULL DEFAULT 'other',
    "sourceStatementId" UUID,
    "sourceActionId" TEXT,
    "sourceDecisionId" UUID,
    "outcomeId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionPlanItem_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ActionItemUpdate" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ActionItemStatus",
    "rag" "Rag",
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionItemUpdate_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "TheoryOfChange" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "scope" "TheoryOfChangeScope" NOT NULL,
    "areaId" UUID,
    "priorityId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TheoryOfChange_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "TheoryOfChangeVersion" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "theoryId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "changeNote" TEXT,
    "cycle" INTEGER,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TheoryOfChangeVersion_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StatementOfIntent_partnershipId_areaId_priorityId_key" ON "StatementOfIntent"("partnershipId", "areaId", "priorityId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementVersion_partnershipId_statementId_number_key" ON "StatementVersion"("partnershipId", "statementId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "StatementAskResponse_partnershipId_statementId_askId_key" ON "StatementAskResponse"("partnershipId", "statementId", "askId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementShareLink_tokenHash_key" ON "StatementShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ActionPlanItem_partnershipId_areaId_cycle_idx" ON "ActionPlanItem"("partnershipId", "areaId", "cycle");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanItem_partnershipId_areaId_sourceStatementId_sourc_key" ON "ActionPlanItem"("partnershipId", "areaId", "sourceStatementId", "sourceActionId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanItem_partnershipId_sourceDecisionId_key" ON "ActionPlanItem"("partnershipId", "sourceDecisionId");

-- CreateIndex
CREATE INDEX "ActionItemUpdate_partnershipId_itemId_createdAt_idx" ON "ActionItemUpdate"("partnershipId", "itemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TheoryOfChange_partnershipId_areaId_priorityId_key" ON "TheoryOfChange"("partnershipId", "areaId", "priorityId");

-- CreateIndex
CREATE UNIQUE INDEX "TheoryOfChangeVersion_partnershipId_theoryId_number_key" ON "TheoryOfChangeVersion"("partnershipId", "theoryId", "number");

-- AddForeignKey
ALTER TABLE "StatementOfIntent" ADD CONSTRAINT "StatementOfIntent_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StatementOfIntent" ADD CONSTRAINT "StatementOfIntent_partnershipId_priorityId_fkey" FOREIGN KEY ("partnershipId", "priorityId") REFERENCES "Priority"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StatementOfIntent" ADD CONSTRAINT "StatementOfIntent_partnershipId_agreedAtMeetingId_fkey" FOREIGN KEY ("partnershipId", "agreedAtMeetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StatementVersion" ADD CONSTRAINT "StatementVersion_partnershipId_statementId_fkey" FOREIGN KEY ("partnershipId", "statementId") REFERENCES "StatementOfIntent"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StatementAskResponse" ADD CONSTRAINT "StatementAskResponse_partnershipId_statementId_fkey" FOREIGN KEY ("partnershipId", "statementId") REFERENCES "StatementOfIntent"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StatementShareLink" ADD CONSTRAINT "StatementShareLink_partnershipId_statementId_fkey" FOREIGN KEY ("partnershipId", "statementId") REFERENCES "StatementOfIntent"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_partnershipId_ownerOrganisationId_fkey" FOREIGN KEY ("partnershipId", "ownerOrganisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_partnershipId_sourceDecisionId_fkey" FOREIGN KEY ("partnershipId", "sourceDecisionId") REFERENCES "MeetingDecision"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ActionItemUpdate" ADD CONSTRAINT "ActionItemUpdate_partnershipId_itemId_fkey" FOREIGN KEY ("partnershipId", "itemId") REFERENCES "ActionPlanItem"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TheoryOfChange" ADD CONSTRAINT "TheoryOfChange_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TheoryOfChange" ADD CONSTRAINT "TheoryOfChange_partnershipId_priorityId_fkey" FOREIGN KEY ("partnershipId", "priorityId") REFERENCES "Priority"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TheoryOfChangeVersion" ADD CONSTRAINT "TheoryOfChangeVersion_partnershipId_theoryId_fkey" FOREIGN KEY ("partnershipId", "theoryId") REFERENCES "TheoryOfChange"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Published Statement of Intent versions and theory-of-change versions are frozen (DESIGN §3.2):
-- the database itself refuses to change or remove one, whatever the application does.
CREATE FUNCTION version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER statement_version_immutable BEFORE UPDATE OR DELETE ON "StatementVersion" FOR EACH ROW EXECUTE FUNCTION version_is_immutable();
CREATE TRIGGER theory_of_change_version_immutable BEFORE UPDATE OR DELETE ON "TheoryOfChangeVersion" FOR EACH ROW EXECUTE FUNCTION version_is_immutable();

