import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { ownApplication, ownRound } from "@/lib/budget/services/locks";
import type { ApplicationInput } from "@/lib/budget/inputs";
import type { AreaActionContext } from "@/lib/action/define-action";
import { formatPounds } from "@/lib/money";


/**
 * An application the co-ordinator enters for an applicant (on paper, by email, at a
 * drop-in). Taken while the round is open or being reviewed (a late paper form is the
 * co-ordinator's call), never once the decision has started.
 */
export async function addApplication(ctx: AreaActionContext, input: ApplicationInput): Promise<{ id: string; organisationName: string }> {
  const round = await ownRound(db(), ctx, input.roundId);
  if (round.status !== "open" && round.status !== "reviewing") throw new AppError("conflict", "Applications can be added while the round is open or being reviewed.");
  if (input.amountRequested > round.maxAwardPence) throw validationError({ amountRequested: [`The most this round awards is ${formatPounds(round.maxAwardPence)}.`] });
  if (input.organisationId) {
    const org = await db().organisation.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.organisationId } }, select: { id: true } });
    if (!org) throw validationError({ organisationId: ["Choose an organisation from the list"] });
  }
  return db().$transaction(async (tx) => {
    const application = await tx.grantApplication.create({
      data: {
        partnershipId: ctx.partnershipId,
        roundId: round.id,
        organisationName: input.organisationName,
        organisationId: input.organisationId,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        amountRequestedPence: input.amountRequested,
        summary: input.summary,
        priorityFit: input.priorityFit,
        aboveAndBeyond: input.aboveAndBeyond,
        channel: "coordinator",
      },
    });
    await audit(tx, ctx, { action: "budget.application_added", entityType: "GrantApplication", entityId: application.id, areaId: ctx.area.id, after: { ...application, contactEmail: "[kept on the application]" } });
    return { id: application.id, organisationName: application.organisationName };
  });
}

/** Withdrawn at the applicant's request: it stays on record but leaves the scoring and the ranking. */
export async function withdrawApplication(ctx: AreaActionContext, input: { applicationId: string; reason: string | null }): Promise<{ organisationName: string }> {
  const application = await ownApplication(db(), ctx, input.applicationId);
  if (application.withdrawnAt) throw new AppError("conflict", "This application is already withdrawn.");
  if (application.award) throw new AppError("conflict", "This application has an award: it cannot be withdrawn.");
  return db().$transaction(async (tx) => {
    await tx.grantApplication.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: application.id } }, data: { withdrawnAt: new Date(), withdrawnReason: input.reason } });
    await audit(tx, ctx, { action: "budget.application_withdrawn", entityType: "GrantApplication", entityId: application.id, areaId: ctx.area.id, after: { reason: input.reason } });
    return { organisationName: application.organisationName };
  });
}
