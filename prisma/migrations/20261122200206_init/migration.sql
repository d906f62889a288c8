-- CreateEnum
CREATE TYPE "FocusAreaType" AS ENUM ('town', 'ward', 'estate', 'school_cluster', 'deprivation_led');

-- CreateEnum
CREATE TYPE "GeographyType" AS ENUM ('lsoa', 'ward', 'msoa', 'la', 'school', 'area');

-- CreateEnum
CREATE TYPE "AssetType" AS ENUM ('school', 'early_years', 'vcse', 'residents', 'service', 'other');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('learning_symposium', 'convening', 'board');

-- CreateEnum
CREATE TYPE "PriorityStatus" AS ENUM ('candidate', 'focus');

-- CreateEnum
CREATE TYPE "StakeholderKind" AS ENUM ('person', 'place', 'project', 'organisation');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('partnership_admin', 'board_member', 'coordinator', 'research_partner', 'member');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('school', 'early_years', 'vcse', 'health', 'local_authority', 'police', 'university', 'business', 'faith', 'other');

-- CreateTable
CREATE TABLE "PhaseState" (
    "partnershipId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "currentPhase" INTEGER NOT NULL DEFAULT 1,
    "cycle" INTEGER NOT NULL DEFAULT 1,
    "templateVersion" INTEGER NOT NULL DEFAULT 1,
    "focusPriorityId" UUID,
    "enteredPhaseAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PhaseState_pkey" PRIMARY KEY ("partnershipId","areaId")
);

-- CreateTable
CREATE TABLE "ChecklistItemState" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "itemKey" TEXT NOT NULL,
    "attestedById" UUID,
    "attestedAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "evidenceUrl" TEXT,
    "waivedById" UUID,
    "waivedAt" TIMESTAMPTZ(3),
    "waiverReason" TEXT,

    CONSTRAINT "ChecklistItemState_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "AreaFocus" (
    "partnershipId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "focusType" "FocusAreaType" NOT NULL,
    "description" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AreaFocus_pkey" PRIMARY KEY ("partnershipId","areaId")
);

-- CreateTable
CREATE TABLE "AreaGeography" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "type" "GeographyType" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "AreaGeography_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Asset" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AssetType" NOT NULL,
    "contact" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "OutcomeMeasure" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "indicatorCode" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeMeasure_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID,
    "kind" "MeetingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "agenda" TEXT,
    "minutes" TEXT,
    "attendSchools" INTEGER NOT NULL DEFAULT 0,
    "attendHealthCare" INTEGER NOT NULL DEFAULT 0,
    "attendParents" INTEGER NOT NULL DEFAULT 0,
    "attendCommunity" INTEGER NOT NULL DEFAULT 0,
    "attendYoungPeople" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Priority" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "PriorityStatus" NOT NULL DEFAULT 'candidate',
    "rank" INTEGER,
    "sharedAtMeetingId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Priority_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Stakeholder" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "kind" "StakeholderKind" NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Stakeholder_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Barrier" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "needed" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Barrier_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "deactivatedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalAuthorityPartnership" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "laCode" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LocalAuthorityPartnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "urn" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ConveningPartnership" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "backboneOrganisationId" UUID,
    "researchPartnerId" UUID,
    "coordinatorUserId" UUID,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConveningPartnership_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "areaId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "areaId" UUID,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "invitedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "PlatformAccessGrant" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlatformAccessGrant_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "partnershipId" UUID,
    "areaId" UUID,
    "actorUserId" UUID,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItemState_partnershipId_areaId_cycle_itemKey_key" ON "ChecklistItemState"("partnershipId", "areaId", "cycle", "itemKey");

-- CreateIndex
CREATE INDEX "AreaGeography_partnershipId_type_code_idx" ON "AreaGeography"("partnershipId", "type", "code");

-- CreateIndex
CREATE UNIQUE INDEX "AreaGeography_partnershipId_areaId_type_code_key" ON "AreaGeography"("partnershipId", "areaId", "type", "code");

-- CreateIndex
CREATE INDEX "Asset_partnershipId_areaId_idx" ON "Asset"("partnershipId", "areaId");

-- CreateIndex
CREATE INDEX "OutcomeMeasure_partnershipId_areaId_idx" ON "OutcomeMeasure"("partnershipId", "areaId");

-- CreateIndex
CREATE INDEX "Meeting_partnershipId_areaId_date_idx" ON "Meeting"("partnershipId", "areaId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Priority_partnershipId_areaId_rank_key" ON "Priority"("partnershipId", "areaId", "rank");

-- CreateIndex
CREATE INDEX "Stakeholder_partnershipId_areaId_idx" ON "Stakeholder"("partnershipId", "areaId");

-- CreateIndex
CREATE INDEX "Barrier_partnershipId_areaId_idx" ON "Barrier"("partnershipId", "areaId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "LocalAuthorityPartnership_slug_key" ON "LocalAuthorityPartnership"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_partnershipId_name_key" ON "Organisation"("partnershipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ConveningPartnership_partnershipId_slug_key" ON "ConveningPartnership"("partnershipId", "slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_partnershipId_email_idx" ON "Invitation"("partnershipId", "email");

-- CreateIndex
CREATE INDEX "PlatformAccessGrant_userId_expiresAt_idx" ON "PlatformAccessGrant"("userId", "expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_createdAt_idx" ON "AuditEvent"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_actorEmail_createdAt_idx" ON "AuditEvent"("action", "actorEmail", "createdAt");

-- AddForeignKey
ALTER TABLE "PhaseState" ADD CONSTRAINT "PhaseState_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ChecklistItemState" ADD CONSTRAINT "ChecklistItemState_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ChecklistItemState" ADD CONSTRAINT "ChecklistItemState_attestedById_fkey" FOREIGN KEY ("attestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemState" ADD CONSTRAINT "ChecklistItemState_waivedById_fkey" FOREIGN KEY ("waivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaFocus" ADD CONSTRAINT "AreaFocus_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AreaGeography" ADD CONSTRAINT "AreaGeography_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "OutcomeMeasure" ADD CONSTRAINT "OutcomeMeasure_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_partnershipId_meetingId_fkey" FOREIGN KEY ("partnershipId", "meetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_partnershipId_sharedAtMeetingId_fkey" FOREIGN KEY ("partnershipId", "sharedAtMeetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Stakeholder" ADD CONSTRAINT "Stakeholder_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConveningPartnership" ADD CONSTRAINT "ConveningPartnership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConveningPartnership" ADD CONSTRAINT "ConveningPartnership_partnershipId_backboneOrganisationId_fkey" FOREIGN KEY ("partnershipId", "backboneOrganisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConveningPartnership" ADD CONSTRAINT "ConveningPartnership_partnershipId_researchPartnerId_fkey" FOREIGN KEY ("partnershipId", "researchPartnerId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConveningPartnership" ADD CONSTRAINT "ConveningPartnership_coordinatorUserId_fkey" FOREIGN KEY ("coordinatorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformAccessGrant" ADD CONSTRAINT "PlatformAccessGrant_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformAccessGrant" ADD CONSTRAINT "PlatformAccessGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only (DESIGN §3.7): the database itself refuses to change or remove an event.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
