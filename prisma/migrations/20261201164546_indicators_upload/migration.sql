-- DropForeignKey
ALTER TABLE "DataPoint" DROP CONSTRAINT "DataPoint_partnershipId_batchId_fkey";

-- DropForeignKey
ALTER TABLE "DataPoint" DROP CONSTRAINT "DataPoint_partnershipId_indicatorId_fkey";

-- DropIndex
DROP INDEX "DataPoint_partnershipId_batchId_idx";

-- DropIndex
DROP INDEX "DataPoint_partnershipId_indicatorId_geographyCode_periodSta_idx";

-- DropIndex
DROP INDEX "DataPoint_partnershipId_indicatorId_period_geographyCode_idx";

-- CreateIndex
CREATE INDEX "DataPoint_indicatorId_geographyCode_period_idx" ON "DataPoint"("indicatorId", "geographyCode", "period");

-- CreateIndex
CREATE INDEX "DataPoint_batchId_idx" ON "DataPoint" USING BRIN ("batchId");

-- DataPoint has no per-row foreign keys (see prisma/schema/indicators.prisma): these do their
-- work once per statement. A batch's rows and an indicator's rows are deleted with it, as
-- ON DELETE CASCADE did.
CREATE FUNCTION "DataPoint_delete_with_batch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DataPoint" d USING old_rows o WHERE d."partnershipId" = o."partnershipId" AND d."batchId" = o."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "UploadBatch_delete_data_points" AFTER DELETE ON "UploadBatch"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "DataPoint_delete_with_batch"();

CREATE FUNCTION "DataPoint_delete_with_indicator"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DataPoint" d USING old_rows o WHERE d."partnershipId" = o."partnershipId" AND d."indicatorId" = o."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "IndicatorDefinition_delete_data_points" AFTER DELETE ON "IndicatorDefinition"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "DataPoint_delete_with_indicator"();

-- The same view, its DISTINCT ON in the order of the cell index (indicator, geography code,
-- period first), so that filtering it by a partnership and an indicator, and a geography or a
-- period, walks that index instead of sorting.
CREATE OR REPLACE VIEW "CurrentDataPoint" AS
SELECT DISTINCT ON (d."partnershipId", d."indicatorId", d."geographyCode", d."period", d."geographyType", d."breakdown")
  d.*, b."commitSeq"
FROM "DataPoint" d
JOIN "UploadBatch" b ON b."partnershipId" = d."partnershipId" AND b."id" = d."batchId"
WHERE b."status" = 'committed'
ORDER BY d."partnershipId", d."indicatorId", d."geographyCode", d."period", d."geographyType", d."breakdown", b."commitSeq" DESC;
