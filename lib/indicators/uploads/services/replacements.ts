import type { Replacements, ReplacedValue } from "@/lib/indicators/uploads/summary";

/**
 * The values a staged batch would replace: cells that already have a visible value (the
 * CurrentDataPoint view) and that the batch writes again. When no committed batch of the
 * partnership wrote these indicators there is nothing to compare, and the join is skipped.
 */
/** Runs SQL with positional parameters: a pg client's query, or a Prisma transaction's $queryRawUnsafe. */
export type RawQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export function pgQuery(client: { query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }> }): RawQuery {
  return async <T,>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as T[];
}

export async function computeReplacements(query: RawQuery, partnershipId: string, batchId: string, indicatorIds: readonly string[]): Promise<Replacements> {
  const none: Replacements = { cells: 0, changed: 0, examples: [] };
  if (indicatorIds.length === 0) return none;
  // Which committed batches wrote these indicators is on the batches themselves (their
  // summaries): no need to look through the rows, where this batch's own staged ones would be
  // found first (a million of them, for a first upload).
  const committed = await query<{ ids: string[] | null }>(
    `SELECT ARRAY(SELECT jsonb_array_elements(b."summary"->'indicators')->>'id') AS ids FROM "UploadBatch" b
     WHERE b."partnershipId" = $1 AND b."status" = 'committed' AND b."id" <> $2`,
    [partnershipId, batchId],
  );
  const wanted = new Set(indicatorIds);
  if (!committed.some((b) => (b.ids ?? []).some((id) => wanted.has(id)))) return none;
  const joined = `
    FROM "DataPoint" s
    JOIN "CurrentDataPoint" c ON c."partnershipId" = s."partnershipId" AND c."indicatorId" = s."indicatorId" AND c."geographyCode" = s."geographyCode"
      AND c."period" = s."period" AND c."geographyType" = s."geographyType" AND c."breakdown" = s."breakdown"
    WHERE s."partnershipId" = $1 AND s."batchId" = $2 AND s."indicatorId" = ANY($3::uuid[]) AND c."indicatorId" = ANY($3::uuid[]) AND c."partnershipId" = $1`;
  const changed = `(s."value" IS DISTINCT FROM c."value" OR s."missingReason" IS DISTINCT FROM c."missingReason" OR s."numerator" IS DISTINCT FROM c."numerator")`;
  const ids = [...indicatorIds];
  const counts = await query<{ cells: bigint | string; changed: bigint | string }>(`SELECT count(*) AS cells, count(*) FILTER (WHERE ${changed}) AS changed ${joined}`, [partnershipId, batchId, ids]);
  const examples = await query<ReplacedValue>(
    `SELECT s."line", s."indicatorId", s."geographyType", s."geographyCode", s."period", s."breakdown",
            c."value" AS "before", c."missingReason" AS "beforeMissing", c."numerator" AS "beforeNumerator",
            s."value" AS "after", s."missingReason" AS "afterMissing", s."numerator" AS "afterNumerator"
     ${joined} AND ${changed} ORDER BY s."line" LIMIT 100`,
    [partnershipId, batchId, ids],
  );
  return { cells: Number(counts[0]?.cells ?? 0), changed: Number(counts[0]?.changed ?? 0), examples };
}
