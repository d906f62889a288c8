import type { Db, Tx } from "@/lib/db/client";
import type { PeriodType } from "@/lib/generated/prisma/enums";

/**
 * Which periods an indicator has committed figures for. A batch's rows never change once
 * written, so each committed batch's periods are summarised once into BatchPeriod (on the
 * first read after its commit: one scan of that batch's rows) and read from there after
 * that. A period has a visible value exactly when some committed batch has a row for it,
 * so the committed batches' summaries are the indicator's periods. The upload pipeline writes
 * a batch's summary as it stages it (from the rows it has just parsed, no scan); a read only
 * catches up batches written some other way (the demo's synthetic series, the benchmark's generator).
 */
export type PeriodInfo = { period: string; periodType: PeriodType; start: string; end: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Summarises the committed batches of the partnership that are not summarised yet (usually none: one small query). */
export async function summariseBatchPeriods(tx: Tx | Db, partnershipId: string): Promise<number> {
  const pending = await tx.$queryRaw<{ id: string }[]>`
    SELECT b."id" FROM "UploadBatch" b
    WHERE b."partnershipId" = ${partnershipId}::uuid AND b."status" = 'committed'
      AND NOT EXISTS (SELECT 1 FROM "BatchPeriod" p WHERE p."partnershipId" = b."partnershipId" AND p."batchId" = b."id")`;
  if (pending.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "BatchPeriod" ("partnershipId", "batchId", "indicatorId", "period", "headline", "periodType", "periodStart", "periodEnd")
    SELECT DISTINCT d."partnershipId", d."batchId", d."indicatorId", d."period", d."breakdown" = '', d."periodType", d."periodStart", d."periodEnd"
    FROM "DataPoint" d
    WHERE d."partnershipId" = ${partnershipId}::uuid AND d."batchId" = ANY(${pending.map((b) => b.id)}::uuid[])
    ON CONFLICT DO NOTHING`;
}

/** Each indicator's periods with headline figures, newest first (by end, then start, then label). */
export async function indicatorPeriods(tx: Tx | Db, partnershipId: string, indicatorIds: readonly string[]): Promise<Map<string, PeriodInfo[]>> {
  const out = new Map<string, PeriodInfo[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return out;
  await summariseBatchPeriods(tx, partnershipId);
  const rows = await tx.$queryRaw<{ indicatorId: string; period: string; periodType: PeriodType; periodStart: Date; periodEnd: Date }[]>`
    SELECT DISTINCT ON (p."indicatorId", p."period") p."indicatorId", p."period", p."periodType", p."periodStart", p."periodEnd"
    FROM "BatchPeriod" p JOIN "UploadBatch" b ON b."partnershipId" = p."partnershipId" AND b."id" = p."batchId"
    WHERE p."partnershipId" = ${partnershipId}::uuid AND p."indicatorId" = ANY(${[...indicatorIds]}::uuid[]) AND p."headline" AND b."status" = 'committed'
    ORDER BY p."indicatorId", p."period", b."commitSeq" DESC`;
  for (const r of rows) out.get(r.indicatorId)?.push({ period: r.period, periodType: r.periodType, start: iso(r.periodStart), end: iso(r.periodEnd) });
  for (const list of out.values()) list.sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start) || b.period.localeCompare(a.period));
  return out;
}

/**
 * Which of the indicators have any committed headline figures: one id per indicator that has
 * one (the same batches and rows indicatorPeriods reads), not every period of every indicator.
 */
export async function indicatorsWithFigures(tx: Tx | Db, partnershipId: string, indicatorIds: readonly string[]): Promise<Set<string>> {
  if (indicatorIds.length === 0) return new Set();
  await summariseBatchPeriods(tx, partnershipId);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT i.id::text AS id FROM unnest(${[...indicatorIds]}::uuid[]) AS i(id)
    WHERE EXISTS (
      SELECT 1 FROM "BatchPeriod" p JOIN "UploadBatch" b ON b."partnershipId" = p."partnershipId" AND b."id" = p."batchId"
      WHERE p."partnershipId" = ${partnershipId}::uuid AND p."indicatorId" = i.id AND p."headline" AND b."status" = 'committed'
    )`;
  return new Set(rows.map((r) => r.id));
}
