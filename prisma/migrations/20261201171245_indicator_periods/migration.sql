-- CreateTable
CREATE TABLE "BatchPeriod" (
    "partnershipId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "headline" BOOLEAN NOT NULL,
    "periodType" "PeriodType" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,

    CONSTRAINT "BatchPeriod_pkey" PRIMARY KEY ("partnershipId","batchId","indicatorId","period","headline")
);

-- CreateIndex
CREATE INDEX "BatchPeriod_partnershipId_indicatorId_idx" ON "BatchPeriod"("partnershipId", "indicatorId");

-- AddForeignKey
ALTER TABLE "BatchPeriod" ADD CONSTRAINT "BatchPeriod_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "LocalAuthorityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
