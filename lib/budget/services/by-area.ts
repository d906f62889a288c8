import { db } from "@/lib/db/client";
import { potSummary, type PotSummary } from "@/lib/budget/limits";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Every readable area's pot for one financial year at a glance (the board dashboard), with
 * the same figures as the area's budget page (potSummary), in four queries for all areas.
 */
export async function potSummariesByArea(ctx: TenantContext, financialYear: number): Promise<Map<string, PotSummary>> {
  const areaFilter = ctx.areaIds === "all" ? {} : { areaId: { in: ctx.areaIds } };
  const pots = await db().communityBudget.findMany({ where: { partnershipId: ctx.partnershipId, financialYear, ...areaFilter }, select: { id: true, areaId: true, amountPence: true } });
  if (pots.length === 0) return new Map();
  const budgetIds = pots.map((p) => p.id);
  const [rounds, awards, spend] = await Promise.all([
    db().fundingRound.findMany({ where: { partnershipId: ctx.partnershipId, budgetId: { in: budgetIds } }, select: { id: true, budgetId: true, allocationPence: true } }),
    db().award.groupBy({ by: ["roundId"], where: { partnershipId: ctx.partnershipId, budgetId: { in: budgetIds } }, _sum: { amountPence: true } }),
    // Spend summed per pot in the database: one row a pot, not every payment through the client.
    db().$queryRaw<{ budgetId: string; spentPence: number }[]>`
      SELECT a."budgetId"::text AS "budgetId", sum(s."amountPence")::float8 AS "spentPence"
      FROM "Spend" s JOIN "Award" a ON a."partnershipId" = s."partnershipId" AND a."id" = s."awardId"
      WHERE s."partnershipId" = ${ctx.partnershipId}::uuid AND a."budgetId" = ANY(${budgetIds}::uuid[])
      GROUP BY a."budgetId"`,
  ]);
  const spentBy = new Map(spend.map((s) => [s.budgetId, s.spentPence]));
  const awarded = new Map(awards.map((a) => [a.roundId, a._sum.amountPence ?? 0]));
  return new Map(
    pots.map((pot) => {
      const own = rounds.filter((r) => r.budgetId === pot.id).map((r) => ({ allocationPence: r.allocationPence, awardedPence: awarded.get(r.id) ?? 0 }));
      return [pot.areaId, potSummary(pot.amountPence, own, spentBy.get(pot.id) ?? 0)];
    }),
  );
}
