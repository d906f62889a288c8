import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import { isoDate } from "@/lib/blueprint/today";
import { chronological, latestLevels, type LevelCell } from "@/lib/review/ratings";
import { currentCycle, readable, scopeOf, toDate } from "@/lib/review/services/shared";
import type { ConditionAssessmentInput } from "@/lib/review/inputs";
import type { CollectiveImpactCondition, ConditionLevel } from "@/lib/generated/prisma/enums";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

const ENTITY = "ConditionAssessment";

/** The collective-impact self-assessment: all five conditions on the four-step scale, dated and filed under the current cycle. */
export async function createConditionAssessment(ctx: AreaActionContext, input: ConditionAssessmentInput): Promise<{ id: string; assessedOn: string }> {
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    const assessment = await tx.conditionAssessment.create({
      data: {
        ...scopeOf(ctx),
        cycle,
        assessedOn: toDate(input.assessedOn),
        summary: input.summary,
        createdById: ctx.userId,
        ratings: { create: input.ratings.map((r) => ({ condition: r.condition, level: r.level, note: r.note })) },
      },
    });
    await audit(tx, ctx, { action: "review.conditions.assessed", entityType: ENTITY, entityId: assessment.id, areaId: ctx.area.id, after: { assessedOn: input.assessedOn, cycle, summary: input.summary, ratings: input.ratings } });
    return { id: assessment.id, assessedOn: input.assessedOn };
  });
}

export async function deleteConditionAssessment(ctx: AreaActionContext, input: { assessmentId: string }): Promise<{ assessedOn: string }> {
  return db().$transaction(async (tx) => {
    const before = await tx.conditionAssessment.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.assessmentId } }, include: { ratings: true } });
    if (!before || before.areaId !== ctx.area.id) throw notFoundError();
    await tx.conditionAssessment.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.assessmentId } } });
    const assessedOn = isoDate(before.assessedOn);
    await audit(tx, ctx, { action: "review.conditions.deleted", entityType: ENTITY, entityId: before.id, areaId: ctx.area.id, before: { ...before, assessedOn } });
    return { assessedOn };
  });
}

export type ConditionAssessmentView = {
  id: string;
  assessedOn: string;
  cycle: number;
  summary: string | null;
  createdAt: Date;
  ratings: { condition: CollectiveImpactCondition; level: ConditionLevel; note: string | null }[];
};

/** Every self-assessment of the area, oldest first, and the latest with each condition's movement. */
export async function getConditionsView(ctx: TenantContext, areaId: string): Promise<{ assessments: ConditionAssessmentView[]; latest: { assessment: { id: string; assessedOn: string } | null; cells: Record<string, LevelCell> } }> {
  if (!readable(ctx, areaId)) return { assessments: [], latest: { assessment: null, cells: {} } };
  const rows = await db().conditionAssessment.findMany({
    where: { partnershipId: ctx.partnershipId, areaId },
    include: { ratings: { select: { condition: true, level: true, note: true } } },
  });
  const assessments = chronological(rows.map((a) => ({ id: a.id, assessedOn: isoDate(a.assessedOn), cycle: a.cycle, summary: a.summary, createdAt: a.createdAt, ratings: a.ratings })));
  return { assessments, latest: latestLevels(assessments) };
}
