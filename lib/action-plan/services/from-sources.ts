import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError } from "@/lib/errors";
import { committedActions } from "@/lib/action-plan/sources";
import { TITLE_MAX, type MeetingDecisionRef, type StatementActionRef } from "@/lib/action-plan/inputs";
import { shorten } from "@/lib/action-plan/rules";
import { lockPlan, scopeOf, writeLogEntry } from "@/lib/action-plan/services/shared";
import type { ActionItemSource, Rag } from "@/lib/generated/prisma/enums";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { isoDate } from "@/lib/blueprint/today";
import type { AreaActionContext } from "@/lib/action/define-action";

/** The result of a one-click add: the item, and whether this click made it or it was already there. */
export type AddedToPlan = { id: string; title: string; created: boolean };

type Source =
  | { source: Extract<ActionItemSource, "statement_action">; sourceStatementId: string; sourceActionId: string }
  | { source: Extract<ActionItemSource, "meeting_decision">; sourceDecisionId: string }
  | { source: Extract<ActionItemSource, "capability_rating">; sourceRatingId: string };

/** A title from a longer text: the text itself when it fits, with the whole text kept as the description when it does not. */
function titled(text: string) {
  const flat = text.trim().replace(/\.$/, "");
  const title = shorten(flat, TITLE_MAX);
  return { title, description: title === flat ? null : text.trim() };
}

/**
 * Inserts the item unless the plan already holds one from the same source. The unique
 * keys on (statement, action) and on decision make this idempotent even for two clicks
 * at the same moment: the second insert is skipped, not failed, and finds the first.
 */
async function addOnce(tx: Tx, ctx: AreaActionContext, cycle: number, text: string, source: Source, note: string, fields: { rag?: Rag; description?: string } = {}): Promise<AddedToPlan> {
  const id = randomUUID();
  const { title, description } = titled(text);
  const { count } = await tx.actionPlanItem.createMany({ data: [{ id, ...scopeOf(ctx), cycle, title, description: fields.description ?? description, rag: fields.rag, ...source }], skipDuplicates: true });
  if (count === 0) {
    const where =
      source.source === "statement_action"
        ? { ...scopeOf(ctx), sourceStatementId: source.sourceStatementId, sourceActionId: source.sourceActionId }
        : source.source === "meeting_decision"
          ? { partnershipId: ctx.partnershipId, sourceDecisionId: source.sourceDecisionId }
          : { partnershipId: ctx.partnershipId, sourceRatingId: source.sourceRatingId };
    const existing = await tx.actionPlanItem.findFirstOrThrow({ where, select: { id: true, title: true } });
    return { ...existing, created: false };
  }
  const item = await tx.actionPlanItem.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id } } });
  await writeLogEntry(tx, ctx, id, { text: note, status: item.status, rag: item.rag });
  await audit(tx, ctx, { action: "action_item.created", entityType: "ActionPlanItem", entityId: id, areaId: ctx.area.id, after: item });
  return { id, title, created: true };
}

/**
 * One click: a committed action of the area's Statement of Intent for its current focus
 * priority becomes an item of this cycle's plan (once; a second click finds it there).
 */
export async function addStatementActionToPlan(ctx: AreaActionContext, input: StatementActionRef): Promise<AddedToPlan> {
  return db().$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx);
    const statement = await tx.statementOfIntent.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.statementId } },
      select: { areaId: true, priorityId: true, content: true },
    });
    if (!statement || statement.areaId !== ctx.area.id) throw notFoundError();
    if (statement.priorityId !== plan.focusPriorityId) {
      throw new AppError("conflict", "That Statement of Intent is not for the area's current focus issue any more. Reload the page to see the current one.");
    }
    const action = committedActions(statement.content).find((a) => a.id === input.actionId);
    if (!action) throw new AppError("conflict", "That action is no longer in the Statement of Intent. Reload the page to see its committed actions.");
    const source = { source: "statement_action", sourceStatementId: input.statementId, sourceActionId: action.id } as const;
    return addOnce(tx, ctx, plan.cycle, action.text, source, "Added from a committed action of the Statement of Intent.");
  });
}

/** One click: a decision recorded at one of the area's meetings becomes an item of this cycle's plan (once). */
export async function addDecisionToPlan(ctx: AreaActionContext, input: MeetingDecisionRef): Promise<AddedToPlan> {
  return db().$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx);
    const decision = await tx.meetingDecision.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.decisionId } },
      select: { id: true, text: true, meeting: { select: { areaId: true, title: true } } },
    });
    if (!decision || decision.meeting.areaId !== ctx.area.id) throw notFoundError();
    const source = { source: "meeting_decision", sourceDecisionId: decision.id } as const;
    return addOnce(tx, ctx, plan.cycle, decision.text, source, `Made from a decision of the meeting "${decision.meeting.title}".`);
  });
}

/**
 * One click: a red or amber rating of one of the area's capability analyses becomes an item
 * of this cycle's plan (once), carrying the rating as its RAG and the rating's note as its
 * description. A green rating needs no action.
 */
export async function addCapabilityRatingToPlan(ctx: AreaActionContext, input: { ratingId: string }): Promise<AddedToPlan> {
  return db().$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx);
    const rating = await tx.capabilityRating.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.ratingId } },
      select: { id: true, rating: true, note: true, evaluationArea: { select: { name: true } }, assessment: { select: { areaId: true, assessedOn: true } } },
    });
    if (!rating || rating.assessment.areaId !== ctx.area.id) throw notFoundError();
    if (rating.rating === "green") throw new AppError("conflict", "Only a red or amber rating becomes an action item.");
    const source = { source: "capability_rating", sourceRatingId: rating.id } as const;
    const assessed = isoDate(rating.assessment.assessedOn);
    return addOnce(tx, ctx, plan.cycle, `Improve: ${rating.evaluationArea.name}`, source, `Made from the ${RAG_LABELS[rating.rating].toLowerCase()} rating of "${rating.evaluationArea.name}" in the capability analysis of ${assessed}.`, {
      rag: rating.rating,
      description: `Rated ${RAG_LABELS[rating.rating]} in the capability analysis of ${assessed}: ${rating.note}`,
    });
  });
}
