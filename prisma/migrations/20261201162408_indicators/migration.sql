-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('percent', 'count', 'rate_per_1000', 'rate_per_10000', 'rate_per_100000', 'pounds');

-- CreateEnum
CREATE TYPE "IndicatorPolarity" AS ENUM ('higher_is_better', 'lower_is_better', 'neither');

-- CreateEnum
CREATE TYPE "MissingReason" AS ENUM ('suppressed', 'not_available', 'not_applicable', 'rounds_to_zero', 'low_reliability', 'not_published');

-- CreateEnum
CREATE TYPE "PeriodType" AS ENUM ('financial_year', 'academic_year', 'calendar_year', 'quarter', 'month', 'term', 'other');

-- CreateEnum
CREATE TYPE "UploadFormat" AS ENUM ('template', 'fingertips', 'dfe_ees', 'mapped');

-- CreateEnum
CREATE TYPE "UploadStatus" AS ENUM ('staged', 'committed', 'rolled_back', 'discarded');

-- CreateEnum
CREATE TYPE "UploadChannel" AS ENUM ('web', 'api');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "GeographyType" ADD VALUE 'region';
ALTER TYPE "GeographyType" ADD VALUE 'country';

-- AlterTable
ALTER TABLE "OutcomeMeasure" DROP COLUMN "indicatorCode",
ADD COLUMN     "indicatorId" UUID;

-- CreateTable
CREATE TABLE "CatalogueIndicator" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" "IndicatorUnit" NOT NULL,
    "polarity" "IndicatorPolarity" NOT NULL,
    "source" TEXT NOT NULL,
    "suppressionThreshold" INTEGER NOT NULL DEFAULT 5,
    "recognise" JSONB,

    CONSTRAINT "CatalogueIndicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Geography" (
    "code" TEXT NOT NULL,
    "type" "GeographyType" NOT NULL,
    "name" TEXT NOT NULL,
    "laCode" TEXT,

    CONSTRAINT "Geography_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Deprivation" (
    "lsoaCode" TEXT NOT NULL,
    "edition" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "decile" INTEGER NOT NULL,

    CONSTRAINT "Deprivation_pkey" PRIMARY KEY ("lsoaCode","edition")
);

-- CreateTable
CREATE TABLE "IndicatorDefinition" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" "IndicatorUnit" NOT NULL,
    "polarity" "IndicatorPolarity" NOT NULL,
    "source" TEXT NOT NULL,
    "suppressionThreshold" INTEGER NOT NULL DEFAULT 5,
    "catalogueCode" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IndicatorDefinition_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "byPeriod" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "UploadBatch" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "channel" "UploadChannel" NOT NULL,
    "uploadedById" UUID,
    "apiTokenId" UUID,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "format" "UploadFormat" NOT NULL,
    "columnMappingId" UUID,
    "status" "UploadStatus" NOT NULL DEFAULT 'staged',
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsAccepted" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "commitSeq" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMPTZ(3),
    "committedById" UUID,
    "rolledBackAt" TIMESTAMPTZ(3),
    "rolledBackById" UUID,

    CONSTRAINT "UploadBatch_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "UploadRejection" (
    "partnershipId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "UploadRejection_pkey" PRIMARY KEY ("partnershipId","batchId","line")
);

-- CreateTable
CREATE TABLE "DataPoint" (
    "partnershipId" UUID NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "batchId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "geographyType" "GeographyType" NOT NULL,
    "geographyCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodType" "PeriodType" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "breakdown" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "lowerCi" DOUBLE PRECISION,
    "upperCi" DOUBLE PRECISION,
    "missingReason" "MissingReason",
    "note" TEXT,
    "line" INTEGER,

    CONSTRAINT "DataPoint_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ColumnMapping" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "headerSignature" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ColumnMapping_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "partnershipId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("partnershipId","id")
);

-- CreateIndex
CREATE INDEX "Geography_laCode_type_idx" ON "Geography"("laCode", "type");

-- CreateIndex
CREATE INDEX "Deprivation_edition_decile_idx" ON "Deprivation"("edition", "decile");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorDefinition_partnershipId_code_key" ON "IndicatorDefinition"("partnershipId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_partnershipId_indicatorId_areaId_key" ON "IndicatorTarget"("partnershipId", "indicatorId", "areaId");

-- CreateIndex
CREATE UNIQUE INDEX "UploadBatch_commitSeq_key" ON "UploadBatch"("commitSeq");

-- CreateIndex
CREATE INDEX "UploadBatch_partnershipId_createdAt_idx" ON "UploadBatch"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "DataPoint_partnershipId_indicatorId_period_geographyCode_idx" ON "DataPoint"("partnershipId", "indicatorId", "period", "geographyCode");

-- CreateIndex
CREATE INDEX "DataPoint_partnershipId_indicatorId_geographyCode_periodSta_idx" ON "DataPoint"("partnershipId", "indicatorId", "geographyCode", "periodStart");

-- CreateIndex
CREATE INDEX "DataPoint_partnershipId_batchId_idx" ON "DataPoint"("partnershipId", "batchId");

-- CreateIndex
CREATE INDEX "ColumnMapping_partnershipId_headerSignature_idx" ON "ColumnMapping"("partnershipId", "headerSignature");

-- CreateIndex
CREATE UNIQUE INDEX "ColumnMapping_partnershipId_name_key" ON "ColumnMapping"("partnershipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_partnershipId_userId_idx" ON "ApiToken"("partnershipId", "userId");

-- AddForeignKey
ALTER TABLE "OutcomeMeasure" ADD CONSTRAINT "OutcomeMeasure_partnershipId_indicatorId_fkey" FOREIGN KEY ("partnershipId", "indicatorId") REFERENCES "IndicatorDefinition"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Deprivation" ADD CONSTRAINT "Deprivation_lsoaCode_fkey" FOREIGN KEY ("lsoaCode") REFERENCES "Geography"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorDefinition" ADD CONSTRAINT "IndicatorDefinition_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorDefinition" ADD CONSTRAINT "IndicatorDefinition_catalogueCode_fkey" FOREIGN KEY ("catalogueCode") REFERENCES "CatalogueIndicator"("code") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_partnershipId_indicatorId_fkey" FOREIGN KEY ("partnershipId", "indicatorId") REFERENCES "IndicatorDefinition"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_partnershipId_areaId_fkey" FOREIGN KEY ("partnershipId", "areaId") REFERENCES "ConveningPartnership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "UploadBatch" ADD CONSTRAINT "UploadBatch_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadBatch" ADD CONSTRAINT "UploadBatch_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadBatch" ADD CONSTRAINT "UploadBatch_partnershipId_apiTokenId_fkey" FOREIGN KEY ("partnershipId", "apiTokenId") REFERENCES "ApiToken"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "UploadBatch" ADD CONSTRAINT "UploadBatch_partnershipId_columnMappingId_fkey" FOREIGN KEY ("partnershipId", "columnMappingId") REFERENCES "ColumnMapping"("partnershipId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "UploadRejection" ADD CONSTRAINT "UploadRejection_partnershipId_batchId_fkey" FOREIGN KEY ("partnershipId", "batchId") REFERENCES "UploadBatch"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DataPoint" ADD CONSTRAINT "DataPoint_partnershipId_batchId_fkey" FOREIGN KEY ("partnershipId", "batchId") REFERENCES "UploadBatch"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DataPoint" ADD CONSTRAINT "DataPoint_partnershipId_indicatorId_fkey" FOREIGN KEY ("partnershipId", "indicatorId") REFERENCES "IndicatorDefinition"("partnershipId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ColumnMapping" ADD CONSTRAINT "ColumnMapping_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Commit order of upload batches: the later commit's revision of a cell is the one shown.
CREATE SEQUENCE "UploadBatch_commitSeq_seq" AS BIGINT;

-- The visible value of every cell: the revision of the most recently committed batch
-- that has not been rolled back. Filters on the cell's columns are pushed into the view.
CREATE VIEW "CurrentDataPoint" AS
SELECT DISTINCT ON (d."partnershipId", d."indicatorId", d."geographyType", d."geographyCode", d."period", d."breakdown")
  d.*, b."commitSeq"
FROM "DataPoint" d
JOIN "UploadBatch" b ON b."partnershipId" = d."partnershipId" AND b."id" = d."batchId"
WHERE b."status" = 'committed'
ORDER BY d."partnershipId", d."indicatorId", d."geographyType", d."geographyCode", d."period", d."breakdown", b."commitSeq" DESC;
