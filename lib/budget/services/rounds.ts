import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { checkAllocation } from "@/lib/budget/limits";
import { canMove, ROUND_STATUS_LABELS } from "@/lib/budget/round-status";
import { lockPot, ownRound } from "@/lib/budget/services/locks";
import type { RoundInput } from "@/lib/budget/inputs";
import type { FundingRoundStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * A new round, in draft, for the area's current focus priority, with part of the pot
 * allocated to it (the pot is locked while the other rounds' allocations are added up).
 */
export async function createRound(ctx: AreaActionContext, input: RoundInput): Promise<{ id: string; title: string }> {
  return db().$transaction(async (tx) => {
    const pot = await lockPot(tx, ctx, input.budgetId);
    const others = await tx.fundingRound.aggregate({ where: { partnershipId: ctx.partnershipId, budgetId: pot.id }, _sum: { allocationPence: true } });
    const check = checkAllocation(input.allocation, pot.amountPence, others._sum.allocationPence ?? 0);
    if (!check.ok) throw validationError({ allocation: [check.message] });
    const phase = await tx.phaseState.findUnique({ where: { partnershipId_areaId: { partnershipId: ctx.partnershipId, areaId: ctx.area.id } }, select: { focusPriorityId: true } });
    const round = await tx.fundingRound.create({
      data: {
        partnershipId: ctx.partnershipId,
        areaId: ctx.area.id,
        budgetId: pot.id,
        priorityId: phase?.focusPriorityId ?? null,
        title: input.title,
        criteria: input.criteria,
        rubric: input.rubric as unknown as Prisma.InputJsonValue,
        opensOn: new Date(`${input.opensOn}T00:00:00Z`),
        closesOn: new Date(`${input.closesOn}T00:00:00Z`),
        allocationPence: input.allocation,
        maxAwardPence: input.maxAward,
      },
    });
    await audit(tx, ctx, { action: "budget.round_created", entityType: "FundingRound", entityId: round.id, areaId: ctx.area.id, after: round });
    return { id: round.id, title: round.title };
  });
}

/** What must be true before a round may take a step; the reasons read as a sentence each. */
async function blockers(ctx: AreaActionContext, roundId: string, to: FundingRoundStatus): Promise<string[]> {
  const where = { partnershipId: ctx.partnershipId, roundId };
  if (to === "reviewing") {
    const applications = await db().grantApplication.count({ where: { ...where, withdrawnAt: null } });
    return applications === 0 ? ["There are no applications to review."] : [];
  }
  if (to === "awarded") {
    const open = await db().grantApplication.count({ where: { ...where, withdrawnAt: null, award: null, declineReason: null } });
    return open ? [`${open} application${open === 1 ? " has" : "s have"} neither an award nor a reason for not funding it.`] : [];
  }
  return [];
}

/**
 * Moves the round one step (lib/budget/round-status.ts). Opening it the first time gives it
 * the address of its public application form. The move is checked against the stored
 * status inside the update, so two moves at once cannot both pass.
 */
export async function moveRound(ctx: AreaActionContext, input: { roundId: string; to: FundingRoundStatus }): Promise<{ roundId: string; status: FundingRoundStatus }> {
  const round = await ownRound(db(), ctx, input.roundId);
  if (!canMove(round.status, input.to)) {
    throw new AppError("conflict", `The round is ${ROUND_STATUS_LABELS[round.status].toLowerCase()}: it cannot move to “${ROUND_STATUS_LABELS[input.to].toLowerCase()}” from there. Reload the page to see where it is.`);
  }
  const reasons = await blockers(ctx, round.id, input.to);
  if (reasons.length) throw new AppError("conflict", `Not yet: ${reasons.join(" ")}`);
  return db().$transaction(async (tx) => {
    const moved = await tx.fundingRound.updateMany({
      where: { partnershipId: ctx.partnershipId, id: round.id, areaId: ctx.area.id, status: round.status },
      data: { status: input.to, ...(input.to === "open" && !round.publicToken ? { publicToken: randomBytes(18).toString("base64url") } : {}) },
    });
    if (moved.count !== 1) throw new AppError("conflict", "Someone moved this round a moment ago. Reload the page to see where it is.");
    await audit(tx, ctx, { action: "budget.round_moved", entityType: "FundingRound", entityId: round.id, areaId: ctx.area.id, before: { status: round.status }, after: { status: input.to } });
    return { roundId: round.id, status: input.to };
  });
}

/** Whether the round's awards appear on the area's public page. */
export async function setPublicListing(ctx: AreaActionContext, input: { roundId: string; listed: boolean }): Promise<{ listed: boolean }> {
  const round = await ownRound(db(), ctx, input.roundId);
  return db().$transaction(async (tx) => {
    await tx.fundingRound.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: round.id } }, data: { publicListing: input.listed } });
    await audit(tx, ctx, { action: "budget.round_listing", entityType: "FundingRound", entityId: round.id, areaId: ctx.area.id, before: { publicListing: round.publicListing }, after: { publicListing: input.listed } });
    return { listed: input.listed };
  });
}
