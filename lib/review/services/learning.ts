import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import { isoDate } from "@/lib/blueprint/today";
import { currentCycle, readable, scopeOf, toDate } from "@/lib/review/services/shared";
import type { EarlyImpactInput, FindingInput, LearningRef, LessonInput } from "@/lib/review/inputs";
import type { EarlyImpactEvidenceKind, FindingsAbout, LessonKind } from "@/lib/generated/prisma/enums";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Early impact, lessons learned and findings shared: what phases 4 and 5 ask the
 * convening partnership to write down. Each is filed under the area's current cycle.
 */
export async function recordEarlyImpact(ctx: AreaActionContext, input: EarlyImpactInput): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    const impact = await tx.earlyImpact.create({
      data: {
        ...scopeOf(ctx),
        cycle,
        statement: input.statement,
        createdById: ctx.userId,
        evidence: { create: input.evidence.map((e, position) => ({ position, kind: e.kind, description: e.description })) },
      },
    });
    await audit(tx, ctx, { action: "review.early_impact.recorded", entityType: "EarlyImpact", entityId: impact.id, areaId: ctx.area.id, after: { ...impact, evidence: input.evidence } });
    return { id: impact.id };
  });
}

export async function recordLesson(ctx: AreaActionContext, input: LessonInput): Promise<{ id: string; kind: LessonKind }> {
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    const lesson = await tx.lessonLearned.create({ data: { ...scopeOf(ctx), cycle, ...input, createdById: ctx.userId } });
    await audit(tx, ctx, { action: "review.lesson.recorded", entityType: "LessonLearned", entityId: lesson.id, areaId: ctx.area.id, after: lesson });
    return { id: lesson.id, kind: lesson.kind };
  });
}

export async function recordFinding(ctx: AreaActionContext, input: FindingInput): Promise<{ id: string; venue: string }> {
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    const finding = await tx.findingShared.create({ data: { ...scopeOf(ctx), cycle, ...input, sharedOn: toDate(input.sharedOn), createdById: ctx.userId } });
    await audit(tx, ctx, { action: "review.finding.recorded", entityType: "FindingShared", entityId: finding.id, areaId: ctx.area.id, after: finding });
    return { id: finding.id, venue: finding.venue };
  });
}

/** One delete for the three kinds; the record must be this area's. */
export async function deleteLearning(ctx: AreaActionContext, input: LearningRef): Promise<{ what: string }> {
  const key = { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.id } };
  return db().$transaction(async (tx) => {
    if (input.kind === "early_impact") {
      const before = await tx.earlyImpact.findUnique({ where: key, include: { evidence: true } });
      if (!before || before.areaId !== ctx.area.id) throw notFoundError();
      await tx.earlyImpact.delete({ where: key });
      await audit(tx, ctx, { action: "review.early_impact.deleted", entityType: "EarlyImpact", entityId: before.id, areaId: ctx.area.id, before });
      return { what: "The early-impact statement" };
    }
    if (input.kind === "lesson") {
      const before = await tx.lessonLearned.findUnique({ where: key });
      if (!before || before.areaId !== ctx.area.id) throw notFoundError();
      await tx.lessonLearned.delete({ where: key });
      await audit(tx, ctx, { action: "review.lesson.deleted", entityType: "LessonLearned", entityId: before.id, areaId: ctx.area.id, before });
      return { what: "The lesson" };
    }
    const before = await tx.findingShared.findUnique({ where: key });
    if (!before || before.areaId !== ctx.area.id) throw notFoundError();
    await tx.findingShared.delete({ where: key });
    await audit(tx, ctx, { action: "review.finding.deleted", entityType: "FindingShared", entityId: before.id, areaId: ctx.area.id, before });
    return { what: "The record of findings shared" };
  });
}

// ── Reads ─────────────────────────────────────────────────────────────────────

export type EarlyImpactView = { id: string; cycle: number; statement: string; createdAt: Date; evidence: { kind: EarlyImpactEvidenceKind; description: string }[] };
export type LessonView = { id: string; cycle: number; kind: LessonKind; text: string; modelName: string | null; agreedWithBoard: boolean; agreedWithConvening: boolean; createdAt: Date };
export type FindingView = { id: string; cycle: number; sharedOn: string; venue: string; audience: string; about: FindingsAbout; summary: string | null; link: string | null };
export type LearningView = { earlyImpact: EarlyImpactView[]; lessons: LessonView[]; findings: FindingView[] };

/** The area's early impact, lessons and findings, newest first. */
export async function getLearningView(ctx: TenantContext, areaId: string): Promise<LearningView> {
  if (!readable(ctx, areaId)) return { earlyImpact: [], lessons: [], findings: [] };
  const where = { partnershipId: ctx.partnershipId, areaId };
  const [impacts, lessons, findings] = await Promise.all([
    db().earlyImpact.findMany({ where, orderBy: { createdAt: "desc" }, include: { evidence: { orderBy: { position: "asc" }, select: { kind: true, description: true } } } }),
    db().lessonLearned.findMany({ where, orderBy: { createdAt: "desc" } }),
    db().findingShared.findMany({ where, orderBy: [{ sharedOn: "desc" }, { createdAt: "desc" }] }),
  ]);
  return {
    earlyImpact: impacts.map((i) => ({ id: i.id, cycle: i.cycle, statement: i.statement, createdAt: i.createdAt, evidence: i.evidence })),
    lessons: lessons.map((l) => ({ id: l.id, cycle: l.cycle, kind: l.kind, text: l.text, modelName: l.modelName, agreedWithBoard: l.agreedWithBoard, agreedWithConvening: l.agreedWithConvening, createdAt: l.createdAt })),
    findings: findings.map((f) => ({ id: f.id, cycle: f.cycle, sharedOn: isoDate(f.sharedOn), venue: f.venue, audience: f.audience, about: f.about, summary: f.summary, link: f.link })),
  };
}
