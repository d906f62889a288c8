import { db } from "@/lib/db/client";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { stageUpload, type StageInput, type StageOutcome } from "@/lib/indicators/uploads/services/stage";
import type { TenantContext } from "@/lib/tenancy/context";

/** A member's tenant context, as a page or an action would build it from the database. */
export async function tenantContext(userId: string, slug = "bradford"): Promise<TenantContext> {
  const actor = await loadActor(userId);
  const ctx = actor ? await resolveTenant(actor, slug, { requestId: "test" }) : null;
  if (!ctx) throw new Error(`user ${userId} is not a member of ${slug}`);
  return ctx;
}

export async function* textSource(text: string, chunk = 4096): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
}

export async function stageText(ctx: TenantContext, text: string, extra: Partial<StageInput> = {}): Promise<StageOutcome> {
  return stageUpload(ctx, { source: textSource(text), fileName: "test.csv", channel: "web", ...extra });
}

export async function staged(ctx: TenantContext, text: string, extra: Partial<StageInput> = {}) {
  const outcome = await stageText(ctx, text, extra);
  if (outcome.kind !== "staged") throw new Error(`expected a staged batch, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** What a cell shows now (the CurrentDataPoint view), or undefined. */
export async function currentValue(partnershipId: string, code: string, period: string, indicatorCode: string, breakdown = ""): Promise<{ value: number | null; missingReason: string | null; batchId: string } | undefined> {
  const rows = await db().$queryRaw<{ value: number | null; missingReason: string | null; batchId: string }[]>`
    SELECT c."value", c."missingReason"::text AS "missingReason", c."batchId" FROM "CurrentDataPoint" c
    JOIN "IndicatorDefinition" i ON i."partnershipId" = c."partnershipId" AND i."id" = c."indicatorId"
    WHERE c."partnershipId" = ${partnershipId}::uuid AND i."code" = ${indicatorCode} AND c."geographyCode" = ${code} AND c."period" = ${period} AND c."breakdown" = ${breakdown}`;
  return rows[0];
}

export const TEMPLATE = "indicator_code,indicator_name,unit,geography_type,geography_code,period,period_type,breakdown,value,numerator,denominator";
