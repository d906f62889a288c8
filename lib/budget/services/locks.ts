import type { Tx } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * The pot's row is the lock every money decision takes: allocations to rounds, awards and
 * changes of the pot's amount run one after another per pot, so totals read under the lock
 * stay true until the transaction commits (the invariant: awards never exceed the pot).
 */
export async function lockPot(tx: Tx, ctx: AreaActionContext, budgetId: string) {
  await tx.$queryRaw`SELECT 1 FROM "CommunityBudget" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${budgetId}::uuid FOR UPDATE`;
  const pot = await tx.communityBudget.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: budgetId } } });
  if (!pot || pot.areaId !== ctx.area.id) throw notFoundError();
  return pot;
}

/** This area's round; a round of another area or tenant answers like one that does not exist. */
export async function ownRound(tx: Tx, ctx: AreaActionContext, roundId: string) {
  const round = await tx.fundingRound.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: roundId } } });
  if (!round || round.areaId !== ctx.area.id) throw notFoundError();
  return round;
}

export async function ownApplication(tx: Tx, ctx: AreaActionContext, applicationId: string) {
  const application = await tx.grantApplication.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: applicationId } },
    include: { round: true, award: { select: { id: true } } },
  });
  if (!application || application.round.areaId !== ctx.area.id) throw notFoundError();
  return application;
}

/** Awards made from the pot, in every round, and in one round. */
export async function awardedTotals(tx: Tx, ctx: AreaActionContext, budgetId: string, roundId?: string) {
  const fromPot = await tx.award.aggregate({ where: { partnershipId: ctx.partnershipId, budgetId }, _sum: { amountPence: true } });
  const inRound = roundId ? await tx.award.aggregate({ where: { partnershipId: ctx.partnershipId, roundId }, _sum: { amountPence: true } }) : null;
  return { fromPot: fromPot._sum.amountPence ?? 0, inRound: inRound?._sum.amountPence ?? 0 };
}
