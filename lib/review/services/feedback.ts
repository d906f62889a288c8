import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { isoDate } from "@/lib/blueprint/today";
import { FEEDBACK_SOURCE_LABELS } from "@/lib/review/labels";
import { currentCycle, readable, requireNoPersonalData, scopeOf, toDate } from "@/lib/review/services/shared";
import type { FeedbackInput } from "@/lib/review/inputs";
import type { FeedbackSource } from "@/lib/generated/prisma/enums";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

const ENTITY = "Feedback";

/**
 * Feedback from a commissioner, a community budget recipient (optionally about their
 * award: the budget pages record it here too) or a beneficiary. Who gave it is a role,
 * checked like a case study for personal details. Filed under the area's current cycle.
 */
export async function recordFeedback(ctx: AreaActionContext, input: FeedbackInput): Promise<{ from: string }> {
  const confirmed = requireNoPersonalData({ role: input.role, comments: input.comments }, input.confirmedTerms);
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    let organisationName: string | null = null;
    if (input.awardId) {
      const award = await tx.award.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.awardId } }, select: { round: { select: { areaId: true } }, application: { select: { organisationName: true } } } });
      if (!award || award.round.areaId !== ctx.area.id) throw validationError({ awardId: ["Choose an award of this area's community budget"] });
      organisationName = award.application.organisationName;
    }
    const feedback = await tx.feedback.create({
      data: { ...scopeOf(ctx), cycle, source: input.source, role: input.role, rating: input.rating, comments: input.comments, receivedOn: toDate(input.receivedOn), awardId: input.awardId, confirmedTerms: confirmed, createdById: ctx.userId },
    });
    await audit(tx, ctx, { action: "review.feedback.recorded", entityType: ENTITY, entityId: feedback.id, areaId: ctx.area.id, after: feedback });
    return { from: organisationName ?? input.role };
  });
}

export async function deleteFeedback(ctx: AreaActionContext, input: { feedbackId: string }): Promise<{ from: string }> {
  return db().$transaction(async (tx) => {
    const before = await tx.feedback.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.feedbackId } } });
    if (!before || before.areaId !== ctx.area.id) throw notFoundError();
    await tx.feedback.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } } });
    await audit(tx, ctx, { action: "review.feedback.deleted", entityType: ENTITY, entityId: before.id, areaId: ctx.area.id, before });
    return { from: before.role };
  });
}

export type FeedbackView = {
  id: string;
  cycle: number;
  source: FeedbackSource;
  sourceLabel: string;
  role: string;
  rating: number | null;
  comments: string;
  receivedOn: string;
  award: { id: string; organisationName: string } | null;
};

/** The area's feedback, newest first. */
export async function listFeedback(ctx: TenantContext, areaId: string): Promise<FeedbackView[]> {
  if (!readable(ctx, areaId)) return [];
  const rows = await db().feedback.findMany({
    where: { partnershipId: ctx.partnershipId, areaId },
    orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }],
    include: { award: { select: { id: true, application: { select: { organisationName: true } } } } },
  });
  return rows.map((f) => ({
    id: f.id,
    cycle: f.cycle,
    source: f.source,
    sourceLabel: FEEDBACK_SOURCE_LABELS[f.source],
    role: f.role,
    rating: f.rating,
    comments: f.comments,
    receivedOn: isoDate(f.receivedOn),
    award: f.award ? { id: f.award.id, organisationName: f.award.application.organisationName } : null,
  }));
}
