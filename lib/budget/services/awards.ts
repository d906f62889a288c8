import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import { checkAward } from "@/lib/budget/limits";
import { formatPounds } from "@/lib/money";
import { awardedTotals, lockPot, ownApplication } from "@/lib/budget/services/locks";
import type { AwardInput, SpendInput } from "@/lib/budget/inputs";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * Turns the panel's decision into an award, full or partial. The pot's row is locked first,
 * so the totals read next cannot change before this award commits: two awards recorded at
 * the same moment are checked one after the other, and the second sees the first.
 */
export async function recordAward(ctx: AreaActionContext, input: AwardInput): Promise<{ organisationName: string; amountPence: number }> {
  const application = await ownApplication(db(), ctx, input.applicationId);
  if (application.round.status !== "deciding") throw new AppError("conflict", "Awards are recorded while the round is at the decision.");
  if (application.withdrawnAt) throw new AppError("conflict", "This application was withdrawn.");
  if (application.award) throw new AppError("conflict", "This application already has an award.");
  const meeting = await db().meeting.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.meetingId } }, select: { areaId: true } });
  if (!meeting || meeting.areaId !== ctx.area.id) throw validationError({ meetingId: ["Choose one of this area's meetings"] });

  try {
    return await db().$transaction(async (tx) => {
      const pot = await lockPot(tx, ctx, application.round.budgetId);
      const totals = await awardedTotals(tx, ctx, pot.id, application.roundId);
      const check = checkAward(input.amount, {
        potPence: pot.amountPence,
        awardedFromPotPence: totals.fromPot,
        roundAllocationPence: application.round.allocationPence,
        awardedInRoundPence: totals.inRound,
        maxAwardPence: application.round.maxAwardPence,
        requestedPence: application.amountRequestedPence,
      });
      if (!check.ok) throw validationError({ amount: [check.message] }, check.message);
      const award = await tx.award.create({
        data: {
          partnershipId: ctx.partnershipId,
          roundId: application.roundId,
          budgetId: pot.id,
          applicationId: application.id,
          amountPence: input.amount,
          decidedOn: new Date(`${input.decidedOn}T00:00:00Z`),
          meetingId: input.meetingId,
          note: input.note,
          createdById: ctx.userId,
        },
      });
      await tx.grantApplication.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: application.id } }, data: { declineReason: null } });
      await tx.fundingRound.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: application.roundId } }, data: { decisionMeetingId: input.meetingId } });
      await audit(tx, ctx, { action: "budget.award_made", entityType: "Award", entityId: award.id, areaId: ctx.area.id, after: { ...award, organisation: application.organisationName, requestedPence: application.amountRequestedPence } });
      return { organisationName: application.organisationName, amountPence: award.amountPence };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "This application was given an award a moment ago. Reload the page to see it.");
    throw error;
  }
}

/** The reason an application was not funded, which the applicant will ask for. */
export async function declineApplication(ctx: AreaActionContext, input: { applicationId: string; reason: string }): Promise<{ organisationName: string }> {
  const application = await ownApplication(db(), ctx, input.applicationId);
  if (application.round.status !== "deciding") throw new AppError("conflict", "Decisions are recorded while the round is at the decision.");
  if (application.award) throw new AppError("conflict", "This application has an award.");
  return db().$transaction(async (tx) => {
    await tx.grantApplication.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: application.id } }, data: { declineReason: input.reason } });
    await audit(tx, ctx, { action: "budget.application_declined", entityType: "GrantApplication", entityId: application.id, areaId: ctx.area.id, after: { reason: input.reason } });
    return { organisationName: application.organisationName };
  });
}

/** Spend against an award, never beyond it (the award's row is locked while spend is added up). */
export async function recordSpend(ctx: AreaActionContext, input: SpendInput): Promise<{ amountPence: number }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Award" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${input.awardId}::uuid FOR UPDATE`;
    const award = await tx.award.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.awardId } }, include: { round: { select: { areaId: true } } } });
    if (!award || award.round.areaId !== ctx.area.id) throw notFoundError();
    const spent = await tx.spend.aggregate({ where: { partnershipId: ctx.partnershipId, awardId: award.id }, _sum: { amountPence: true } });
    const left = award.amountPence - (spent._sum.amountPence ?? 0);
    if (input.amount > left) throw validationError({ amount: [`Only ${formatPounds(left)} of this award is not yet spent.`] });
    const spend = await tx.spend.create({
      data: { partnershipId: ctx.partnershipId, awardId: award.id, amountPence: input.amount, spentOn: new Date(`${input.spentOn}T00:00:00Z`), description: input.description },
    });
    await audit(tx, ctx, { action: "budget.spend_recorded", entityType: "Spend", entityId: spend.id, areaId: ctx.area.id, after: spend });
    return { amountPence: spend.amountPence };
  });
}
