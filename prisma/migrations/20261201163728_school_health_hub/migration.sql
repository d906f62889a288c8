-- CreateEnum
CREATE TYPE "HubOfferModel" AS ENUM ('one_stop_shop', 'timetabled', 'co_located_team');

-- CreateEnum
CREATE TYPE "HubOutcome" AS ENUM ('dental_care', 'vaccination', 'mental_health', 'registration');

-- CreateEnum
CREATE TYPE "HubSessionKind" AS ENUM ('one_off', 'weekly');

-- CreateEnum
CREATE TYPE "HubBudgetCategory" AS ENUM ('coordination', 'commissioned_services', 'refurbishment', 'co_location', 'equipment', 'sundries');

-- CreateEnum
CREATE TYPE "HubContributionKind" AS ENUM ('money', 'in_kind');

-- CreateEnum
CREATE TYPE "SchoolTermName" AS ENUM ('autumn', 'spring', 'summer');

-- CreateTable
CREATE TABLE "SchoolTerm" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "term" "SchoolTermName" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "halfTermStartsOn" DATE NOT NULL,
    "halfTermEndsOn" DATE NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SchoolTerm_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "SchoolClosureDay" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolClosureDay_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubServiceType" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "outcome" "HubOutcome",
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubServiceType_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "SchoolHealthHub" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "hostOrganisationId" UUID NOT NULL,
    "space" TEXT NOT NULL,
    "offerModels" "HubOfferModel"[],
    "budgetStartYear" INTEGER,
    "firstYearBudgetPence" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SchoolHealthHub_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubSpoke" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "hubId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubSpoke_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubService" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "hubId" UUID NOT NULL,
    "typeId" UUID NOT NULL,
    "providerOrganisationId" UUID NOT NULL,
    "spokeId" UUID,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HubService_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubSession" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" "HubSessionKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "weekday" INTEGER,
    "intervalWeeks" INTEGER NOT NULL DEFAULT 1,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "duringHolidays" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubSession_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubSessionCancellation" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubSessionCancellation_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubSessionOutput" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "childrenSeen" INTEGER NOT NULL,
    "familiesSeen" INTEGER NOT NULL,
    "referralsMade" INTEGER NOT NULL,
    "newGpRegistrations" INTEGER NOT NULL,
    "newDentistRegistrations" INTEGER NOT NULL,
    "vaccinationsGiven" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HubSessionOutput_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubBudgetYear" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "hubId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "taperPercent" INTEGER NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HubBudgetYear_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubAllocation" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "budgetYearId" UUID NOT NULL,
    "category" "HubBudgetCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HubAllocation_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubSpend" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "allocationId" UUID NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubSpend_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "HubContribution" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "hubId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "HubContributionKind" NOT NULL,
    "valuePence" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubContribution_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SchoolTerm_partnershipId_academicYear_term_key" ON "SchoolTerm"("partnershipId", "academicYear", "term");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolClosureDay_partnershipId_date_key" ON "SchoolClosureDay"("partnershipId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "HubServiceType_partnershipId_name_key" ON "HubServiceType"("partnershipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolHealthHub_partnershipId_areaId_key" ON "SchoolHealthHub"("partnershipId", "areaId");

-- CreateIndex
CREATE UNIQUE INDEX "HubSpoke_partnershipId_hubId_organisationId_key" ON "HubSpoke"("partnershipId", "hubId", "organisationId");

-- CreateIndex
CREATE INDEX "HubService_partnershipId_hubId_idx" ON "HubService"("partnershipId", "hubId");

-- CreateIndex
CREATE INDEX "HubSession_partnershipId_serviceId_idx" ON "HubSession"("partnershipId", "serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "HubSessionCancellation_partnershipId_sessionId_date_key" ON "HubSessionCancellation"("partnershipId", "sessionId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "HubSessionOutput_partnershipId_sessionId_date_key" ON "HubSessionOutput"("partnershipId", "sessionId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "HubBudgetYear_partnershipId_hubId_financialYear_key" ON "HubBudgetYear"("partnershipId", "hubId", "financialYear");

-- CreateIndex
CREATE INDEX "HubAllocation_partnershipId_budgetYearId_idx" ON "HubAllocation"("partnershipId", "budgetYearId");

-- CreateIndex
CREATE INDEX "HubSpend_partnershipId_allocationId_idx" ON "HubSpend"("partnershipId", "allocationId");

-- CreateIndex
CREATE INDEX "HubContribution_partnershipId_hubId_financialYear_idx" ON "HubContribution"("partnershipId", "hubId", "financialYear");

-- AddForeignKey
ALTER TABLE "SchoolTerm" ADD CONSTRAINT "SchoolTerm_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolClosureDay" ADD CONSTRAINT "SchoolClosureDay_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubServiceType" ADD CONSTRAINT "HubServiceType_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolHealthHub" ADD CONSTRAINT "SchoolHealthHub_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SchoolHealthHub" ADD CONSTRAINT "SchoolHealthHub_partnershipId_hostOrganisationId_fkey" FOREIGN KEY ("partnershipId", "hostOrganisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubSpoke" ADD CONSTRAINT "HubSpoke_partnershipId_hubId_fkey" FOREIGN KEY ("partnershipId", "hubId") REFERENCES "SchoolHealthHub"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubSpoke" ADD CONSTRAINT "HubSpoke_partnershipId_organisationId_fkey" FOREIGN KEY ("partnershipId", "organisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubService" ADD CONSTRAINT "HubService_partnershipId_hubId_fkey" FOREIGN KEY ("partnershipId", "hubId") REFERENCES "SchoolHealthHub"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubService" ADD CONSTRAINT "HubService_partnershipId_typeId_fkey" FOREIGN KEY ("partnershipId", "typeId") REFERENCES "HubServiceType"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubService" ADD CONSTRAINT "HubService_partnershipId_providerOrganisationId_fkey" FOREIGN KEY ("partnershipId", "providerOrganisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubService" ADD CONSTRAINT "HubService_partnershipId_spokeId_fkey" FOREIGN KEY ("partnershipId", "spokeId") REFERENCES "HubSpoke"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubSession" ADD CONSTRAINT "HubSession_partnershipId_serviceId_fkey" FOREIGN KEY ("partnershipId", "serviceId") REFERENCES "HubService"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubSessionCancellation" ADD CONSTRAINT "HubSessionCancellation_partnershipId_sessionId_fkey" FOREIGN KEY ("partnershipId", "sessionId") REFERENCES "HubSession"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubSessionOutput" ADD CONSTRAINT "HubSessionOutput_partnershipId_sessionId_fkey" FOREIGN KEY ("partnershipId", "sessionId") REFERENCES "HubSession"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubBudgetYear" ADD CONSTRAINT "HubBudgetYear_partnershipId_hubId_fkey" FOREIGN KEY ("partnershipId", "hubId") REFERENCES "SchoolHealthHub"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubAllocation" ADD CONSTRAINT "HubAllocation_partnershipId_budgetYearId_fkey" FOREIGN KEY ("partnershipId", "budgetYearId") REFERENCES "HubBudgetYear"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubSpend" ADD CONSTRAINT "HubSpend_partnershipId_allocationId_fkey" FOREIGN KEY ("partnershipId", "allocationId") REFERENCES "HubAllocation"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubContribution" ADD CONSTRAINT "HubContribution_partnershipId_hubId_fkey" FOREIGN KEY ("partnershipId", "hubId") REFERENCES "SchoolHealthHub"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HubContribution" ADD CONSTRAINT "HubContribution_partnershipId_organisationId_fkey" FOREIGN KEY ("partnershipId", "organisationId") REFERENCES "Organisation"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Counts only, never negative; money in pence, never negative; a timetable that makes sense.
ALTER TABLE "HubSessionOutput" ADD CONSTRAINT "HubSessionOutput_counts_check" CHECK ("childrenSeen" >= 0 AND "familiesSeen" >= 0 AND "referralsMade" >= 0 AND "newGpRegistrations" >= 0 AND "newDentistRegistrations" >= 0 AND "vaccinationsGiven" >= 0);
ALTER TABLE "HubBudgetYear" ADD CONSTRAINT "HubBudgetYear_amount_check" CHECK ("taperPercent" BETWEEN 0 AND 100 AND "amountPence" >= 0);
ALTER TABLE "HubAllocation" ADD CONSTRAINT "HubAllocation_amount_check" CHECK ("amountPence" > 0);
ALTER TABLE "HubSpend" ADD CONSTRAINT "HubSpend_amount_check" CHECK ("amountPence" > 0);
ALTER TABLE "HubContribution" ADD CONSTRAINT "HubContribution_value_check" CHECK ("valuePence" > 0);
ALTER TABLE "SchoolHealthHub" ADD CONSTRAINT "SchoolHealthHub_budget_check" CHECK ("firstYearBudgetPence" IS NULL OR "firstYearBudgetPence" >= 0);
ALTER TABLE "HubSession" ADD CONSTRAINT "HubSession_times_check" CHECK ("startMinute" >= 0 AND "endMinute" > "startMinute" AND "endMinute" <= 1440 AND "intervalWeeks" IN (1, 2));
ALTER TABLE "HubSession" ADD CONSTRAINT "HubSession_pattern_check" CHECK (
  ("kind" = 'one_off' AND "endsOn" IS NULL AND "weekday" IS NULL)
  OR ("kind" = 'weekly' AND "endsOn" >= "startsOn" AND "weekday" BETWEEN 1 AND 7 AND NOT "duringHolidays")
);
ALTER TABLE "SchoolTerm" ADD CONSTRAINT "SchoolTerm_dates_check" CHECK ("startsOn" <= "halfTermStartsOn" AND "halfTermStartsOn" <= "halfTermEndsOn" AND "halfTermEndsOn" <= "endsOn");
