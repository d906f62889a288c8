import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import { isoDate } from "@/lib/blueprint/today";
import { assessmentCompleteness, chronological, ratingHistory, type Completeness, type RatedCell } from "@/lib/review/ratings";
import { ensureEvaluationAreas, listEvaluationAreas, type EvaluationArea } from "@/lib/review/services/self-evaluation";
import { currentCycle, readable, scopeOf, toDate } from "@/lib/review/services/shared";
import type { CapabilityAssessmentInput } from "@/lib/review/inputs";
import type { FieldErrors } from "@/lib/action/result";
import type { Rag } from "@/lib/generated/prisma/enums";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

const ENTITY = "CapabilityAssessment";

/** The input's ratings, matched to the partnership's areas in use by key; a retired or unknown area is refused beside its field. */
async function matchAreas(tx: Tx, ctx: AreaActionContext, input: CapabilityAssessmentInput) {
  await ensureEvaluationAreas(tx, ctx.partnershipId);
  const areas = await tx.selfEvaluationArea.findMany({ where: { partnershipId: ctx.partnershipId }, orderBy: { position: "asc" } });
  const byKey = new Map(areas.map((a) => [a.key, a]));
  const errors: FieldErrors = {};
  const matched = input.ratings.flatMap((r) => {
    const area = byKey.get(r.key);
    if (!area || area.retiredAt) {
      errors[`rating.${r.key}`] = ["This self-evaluation area is no longer in use: reload the page"];
      return [];
    }
    return [{ ...r, area }];
  });
  if (Object.keys(errors).length) throw validationError(errors);
  const active = areas.filter((a) => a.retiredAt === null);
  return { matched, completeness: assessmentCompleteness(matched.map((m) => m.area.id), active) };
}

function auditView(assessedOn: string, cycle: number, ratings: { area: { name: string }; rating: Rag; note: string; evidence: string | null }[], completeness: Completeness) {
  return { assessedOn, cycle, complete: completeness.complete, unrated: completeness.missing, ratings: ratings.map((r) => ({ area: r.area.name, rating: r.rating, note: r.note, evidence: r.evidence })) };
}

export type SavedAssessment = { id: string; assessedOn: string; completeness: Completeness };

/** A dated capability analysis of the area, filed under its current cycle. It may leave areas unrated for now; it then does not count for the checklist. */
export async function createCapabilityAssessment(ctx: AreaActionContext, input: CapabilityAssessmentInput): Promise<SavedAssessment> {
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    const { matched, completeness } = await matchAreas(tx, ctx, input);
    const assessment = await tx.capabilityAssessment.create({
      data: {
        ...scopeOf(ctx),
        cycle,
        assessedOn: toDate(input.assessedOn),
        summary: input.summary,
        createdById: ctx.userId,
        ratings: { create: matched.map((r) => ({ evaluationAreaId: r.area.id, rating: r.rating, note: r.note, evidence: r.evidence })) },
      },
    });
    await audit(tx, ctx, { action: "review.capability.assessed", entityType: ENTITY, entityId: assessment.id, areaId: ctx.area.id, after: auditView(input.assessedOn, cycle, matched, completeness) });
    return { id: assessment.id, assessedOn: input.assessedOn, completeness };
  });
}

async function lockAssessment(tx: Tx, ctx: AreaActionContext, assessmentId: string) {
  await tx.$queryRaw`SELECT 1 FROM "CapabilityAssessment" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${assessmentId}::uuid FOR UPDATE`;
  const assessment = await tx.capabilityAssessment.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: assessmentId } },
    include: { ratings: { include: { evaluationArea: { select: { name: true } }, _count: { select: { actionItems: true } } } } },
  });
  if (!assessment || assessment.areaId !== ctx.area.id) throw notFoundError();
  return assessment;
}

/** Completes or corrects an assessment. A rating that became an action item can be changed but not removed. */
export async function updateCapabilityAssessment(ctx: AreaActionContext, input: CapabilityAssessmentInput): Promise<SavedAssessment> {
  if (!input.assessmentId) throw notFoundError();
  const assessmentId = input.assessmentId;
  return db().$transaction(async (tx) => {
    const before = await lockAssessment(tx, ctx, assessmentId);
    const { matched, completeness } = await matchAreas(tx, ctx, input);
    const kept = new Set(matched.map((m) => m.area.id));
    const removed = before.ratings.filter((r) => !kept.has(r.evaluationAreaId));
    const linked = removed.filter((r) => r._count.actionItems > 0);
    if (linked.length) {
      const errors: FieldErrors = {};
      const keys = await tx.selfEvaluationArea.findMany({ where: { partnershipId: ctx.partnershipId, id: { in: linked.map((r) => r.evaluationAreaId) } }, select: { key: true } });
      for (const k of keys) errors[`rating.${k.key}`] = ["This rating became an action item: change it, but do not leave it unrated"];
      throw validationError(errors);
    }
    if (removed.length) await tx.capabilityRating.deleteMany({ where: { partnershipId: ctx.partnershipId, id: { in: removed.map((r) => r.id) } } });
    for (const r of matched) {
      await tx.capabilityRating.upsert({
        where: { partnershipId_assessmentId_evaluationAreaId: { partnershipId: ctx.partnershipId, assessmentId, evaluationAreaId: r.area.id } },
        create: { partnershipId: ctx.partnershipId, assessmentId, evaluationAreaId: r.area.id, rating: r.rating, note: r.note, evidence: r.evidence },
        update: { rating: r.rating, note: r.note, evidence: r.evidence },
      });
    }
    await tx.capabilityAssessment.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: assessmentId } }, data: { assessedOn: toDate(input.assessedOn), summary: input.summary } });
    await audit(tx, ctx, {
      action: "review.capability.updated",
      entityType: ENTITY,
      entityId: assessmentId,
      areaId: ctx.area.id,
      before: { assessedOn: isoDate(before.assessedOn), ratings: before.ratings.map((r) => ({ area: r.evaluationArea.name, rating: r.rating, note: r.note, evidence: r.evidence })) },
      after: auditView(input.assessedOn, before.cycle, matched, completeness),
    });
    return { id: assessmentId, assessedOn: input.assessedOn, completeness };
  });
}

/** Deletes a mistaken assessment, unless one of its ratings became an action item (the item would lose its source). */
export async function deleteCapabilityAssessment(ctx: AreaActionContext, input: { assessmentId: string }): Promise<{ assessedOn: string }> {
  return db().$transaction(async (tx) => {
    const before = await lockAssessment(tx, ctx, input.assessmentId);
    if (before.ratings.some((r) => r._count.actionItems > 0)) {
      throw new AppError("conflict", "A rating of this assessment became an action item, so the assessment is kept. Correct it instead.");
    }
    await tx.capabilityAssessment.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.assessmentId } } });
    const assessedOn = isoDate(before.assessedOn);
    await audit(tx, ctx, { action: "review.capability.deleted", entityType: ENTITY, entityId: input.assessmentId, areaId: ctx.area.id, before: { assessedOn, cycle: before.cycle, ratings: before.ratings.map((r) => ({ area: r.evaluationArea.name, rating: r.rating, note: r.note })) } });
    return { assessedOn };
  });
}

// ── Reads ─────────────────────────────────────────────────────────────────────

export type AssessmentRating = { id: string; evaluationAreaId: string; rating: Rag; note: string; evidence: string | null; actionItemId: string | null };
export type AssessmentView = {
  id: string;
  assessedOn: string;
  cycle: number;
  summary: string | null;
  createdAt: Date;
  ratings: AssessmentRating[];
  completeness: Completeness;
};
export type CapabilityView = {
  /** Areas in use, then retired ones that have ratings. */
  areas: EvaluationArea[];
  /** Oldest first. */
  assessments: AssessmentView[];
  /** By self-evaluation area id: a cell per assessment (oldest first), with movement since that area's previous rating. */
  history: Map<string, (RatedCell | null)[]>;
};

/** Every capability analysis of the area, with each area's ratings over time. */
export async function getCapabilityView(ctx: TenantContext, areaId: string): Promise<CapabilityView> {
  const areas = await listEvaluationAreas(db(), ctx.partnershipId);
  if (!readable(ctx, areaId)) return { areas, assessments: [], history: new Map() };
  const rows = await db().capabilityAssessment.findMany({
    where: { partnershipId: ctx.partnershipId, areaId },
    include: { ratings: { include: { actionItems: { select: { id: true }, take: 1 } } } },
  });
  const active = areas.filter((a) => !a.retired && a.id !== null).map((a) => ({ id: a.id!, name: a.name }));
  const assessments = chronological(
    rows.map((a) => ({
      id: a.id,
      assessedOn: isoDate(a.assessedOn),
      cycle: a.cycle,
      summary: a.summary,
      createdAt: a.createdAt,
      ratings: a.ratings.map((r) => ({ id: r.id, evaluationAreaId: r.evaluationAreaId, rating: r.rating, note: r.note, evidence: r.evidence, actionItemId: r.actionItems[0]?.id ?? null })),
      completeness: assessmentCompleteness(
        a.ratings.map((r) => r.evaluationAreaId),
        active,
      ),
    })),
  );
  const ratedIds = new Set(assessments.flatMap((a) => a.ratings.map((r) => r.evaluationAreaId)));
  return { areas: areas.filter((a) => !a.retired || (a.id !== null && ratedIds.has(a.id))), assessments, history: ratingHistory(assessments) };
}
