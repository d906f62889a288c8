import { db } from "@/lib/db/client";
import { committedActions, focusStatement, latestTheoryOutcomes, type TheoryOutcomes } from "@/lib/action-plan/sources";
import type { TenantContext } from "@/lib/tenancy/context";
import type { Rag } from "@/lib/generated/prisma/enums";

/**
 * Reads of one area's action plan for its pages. Every query names the tenant and the
 * area, and an area the context may not read gives nothing back, whatever the page checked.
 */
function readable(ctx: TenantContext, areaId: string): boolean {
  return ctx.areaIds === "all" || ctx.areaIds.includes(areaId);
}

const scope = (ctx: TenantContext, areaId: string) => ({ partnershipId: ctx.partnershipId, areaId });

export type PlanState = { cycle: number; focusPriorityId: string | null; focusTitle: string | null };

/** The area's current cycle and focus issue (cycle 1 and none before the phase row exists). */
export async function loadPlanState(ctx: TenantContext, areaId: string): Promise<PlanState> {
  if (!readable(ctx, areaId)) return { cycle: 1, focusPriorityId: null, focusTitle: null };
  const state = await db().phaseState.findUnique({ where: { partnershipId_areaId: scope(ctx, areaId) }, select: { cycle: true, focusPriorityId: true } });
  const focus = state?.focusPriorityId
    ? await db().priority.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: state.focusPriorityId } }, select: { title: true, areaId: true } })
    : null;
  return { cycle: state?.cycle ?? 1, focusPriorityId: state?.focusPriorityId ?? null, focusTitle: focus && focus.areaId === areaId ? focus.title : null };
}

/** The items of one cycle, with their owner's name and when they were last updated. */
export async function listActionPlanItems(ctx: TenantContext, areaId: string, cycle: number) {
  if (!readable(ctx, areaId)) return [];
  const rows = await db().actionPlanItem.findMany({
    where: { ...scope(ctx, areaId), cycle },
    include: {
      owner: { select: { name: true } },
      updates: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map(({ updates, ...item }) => ({ ...item, lastUpdatedAt: updates[0]?.createdAt ?? null }));
}
export type ActionPlanRow = Awaited<ReturnType<typeof listActionPlanItems>>[number];

/** The organisations of the partnership, for the owner select and filter. */
export async function listOwnerOptions(ctx: TenantContext): Promise<{ id: string; name: string }[]> {
  return db().organisation.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function loadTheoryOutcomes(ctx: TenantContext, areaId: string, focusPriorityId: string | null): Promise<TheoryOutcomes> {
  if (!readable(ctx, areaId)) return { theoryExists: false, outcomes: [] };
  return latestTheoryOutcomes(db(), scope(ctx, areaId), focusPriorityId);
}

export type CommittedActions =
  | { statementId: null }
  | { statementId: string; total: number; pending: { id: string; text: string }[] };

/** The committed actions of the focus issue's Statement of Intent that the plan does not hold yet. */
export async function loadPendingCommittedActions(ctx: TenantContext, areaId: string, focusPriorityId: string | null): Promise<CommittedActions> {
  if (!readable(ctx, areaId)) return { statementId: null };
  const statement = await focusStatement(db(), scope(ctx, areaId), focusPriorityId);
  if (!statement || statement.areaId !== areaId) return { statementId: null };
  const actions = committedActions(statement.content);
  const inPlan = await db().actionPlanItem.findMany({
    where: { ...scope(ctx, areaId), sourceStatementId: statement.id },
    select: { sourceActionId: true },
  });
  const taken = new Set(inPlan.map((i) => i.sourceActionId));
  return { statementId: statement.id, total: actions.length, pending: actions.filter((a) => !taken.has(a.id)).map((a) => ({ id: a.id, text: a.text })) };
}

/** For a meeting's page: which of its decisions are already items, decision id → item id. */
export async function decisionsInPlan(ctx: TenantContext, areaId: string, decisionIds: readonly string[]): Promise<Map<string, string>> {
  if (!readable(ctx, areaId) || decisionIds.length === 0) return new Map();
  const rows = await db().actionPlanItem.findMany({
    where: { ...scope(ctx, areaId), sourceDecisionId: { in: [...decisionIds] } },
    select: { id: true, sourceDecisionId: true },
  });
  return new Map(rows.flatMap((r) => (r.sourceDecisionId ? [[r.sourceDecisionId, r.id] as const] : [])));
}

export type ItemSourceDetail =
  | { kind: "statement_action"; text: string | null }
  | { kind: "meeting_decision"; text: string; meetingId: string; meetingTitle: string; meetingDate: Date }
  | { kind: "capability_rating"; evaluationArea: string; rating: Rag; note: string; assessmentId: string; assessedOn: Date }
  | { kind: "other" };

/** One item of this area with its update log (newest first, with author names) and where it came from. */
export async function getActionPlanItem(ctx: TenantContext, areaId: string, itemId: string) {
  if (!readable(ctx, areaId)) return null;
  const item = await db().actionPlanItem.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: itemId } },
    include: {
      owner: { select: { id: true, name: true } },
      updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      sourceDecision: { select: { text: true, meeting: { select: { id: true, title: true, date: true, areaId: true } } } },
      sourceRating: { select: { rating: true, note: true, evaluationArea: { select: { name: true } }, assessment: { select: { id: true, areaId: true, assessedOn: true } } } },
    },
  });
  if (!item || item.areaId !== areaId) return null;

  const authorIds = [...new Set(item.updates.map((u) => u.authorId).filter((id): id is string => id !== null))];
  const authors = authorIds.length ? await db().user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(authors.map((a) => [a.id, a.name]));
  const updates = item.updates.map((u) => ({ ...u, authorName: u.authorId ? (names.get(u.authorId) ?? "A former member") : "The platform" }));

  let source: ItemSourceDetail = { kind: "other" };
  if (item.source === "statement_action" && item.sourceStatementId) {
    const statement = await db().statementOfIntent.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: item.sourceStatementId } },
      select: { content: true, areaId: true },
    });
    const action = statement && statement.areaId === areaId ? committedActions(statement.content).find((a) => a.id === item.sourceActionId) : undefined;
    source = { kind: "statement_action", text: action?.text ?? null };
  } else if (item.source === "meeting_decision" && item.sourceDecision && item.sourceDecision.meeting.areaId === areaId) {
    const { meeting } = item.sourceDecision;
    source = { kind: "meeting_decision", text: item.sourceDecision.text, meetingId: meeting.id, meetingTitle: meeting.title, meetingDate: meeting.date };
  } else if (item.source === "capability_rating" && item.sourceRating && item.sourceRating.assessment.areaId === areaId) {
    const { rating, note, evaluationArea, assessment } = item.sourceRating;
    source = { kind: "capability_rating", evaluationArea: evaluationArea.name, rating, note, assessmentId: assessment.id, assessedOn: assessment.assessedOn };
  }
  const { sourceDecision: _sourceDecision, sourceRating: _sourceRating, ...rest } = item;
  return { ...rest, updates, source };
}
export type ActionPlanItemDetail = NonNullable<Awaited<ReturnType<typeof getActionPlanItem>>>;
