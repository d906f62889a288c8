import type { Db, Tx } from "@/lib/db/client";
import { isoDate } from "@/lib/blueprint/today";
import { assessmentCompleteness } from "@/lib/review/ratings";
import { emptyReviewRecords, type ReviewRecords } from "@/lib/review/checklist";

type Scope = { partnershipId: string; areaId: string };

/**
 * The area's review work of `cycle`, for the phase 4 and 5 checklist (AreaSnapshot.review).
 * Runs one query after another on the caller's client: the advance action evaluates the
 * gate on its transaction's single connection.
 */
export async function loadReviewRecords(tx: Tx | Db, scope: Scope, cycle: number): Promise<ReviewRecords> {
  const where = { ...scope, cycle };
  const out = emptyReviewRecords();

  const assessments = await tx.capabilityAssessment.findMany({
    where,
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    select: { assessedOn: true, ratings: { select: { evaluationAreaId: true } } },
  });
  if (assessments.length) {
    const active = await tx.selfEvaluationArea.findMany({ where: { partnershipId: scope.partnershipId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, name: true } });
    out.capability = assessments.map((a) => ({
      assessedOn: isoDate(a.assessedOn),
      unrated: assessmentCompleteness(
        a.ratings.map((r) => r.evaluationAreaId),
        active,
      ).missing,
    }));
  }

  out.caseStudies = await tx.caseStudy.count({ where });

  const feedback = await tx.feedback.groupBy({ by: ["source"], where, _count: { _all: true } });
  for (const row of feedback) out.feedback[row.source] = row._count._all;

  const impacts = await tx.earlyImpact.findMany({ where, select: { _count: { select: { evidence: true } } } });
  out.earlyImpact = { statements: impacts.length, supported: impacts.filter((i) => i._count.evidence > 0).length };

  const lessons = await tx.lessonLearned.findMany({ where, select: { kind: true, agreedWithBoard: true, agreedWithConvening: true } });
  const agreed = (l: (typeof lessons)[number]) => l.agreedWithBoard && l.agreedWithConvening;
  out.lessons = {
    workedWell: lessons.filter((l) => l.kind === "worked_well").length,
    couldBeBetter: lessons.filter((l) => l.kind === "could_be_better").length,
    agreedWorkedWell: lessons.filter((l) => l.kind === "worked_well" && agreed(l)).length,
    agreedCouldBeBetter: lessons.filter((l) => l.kind === "could_be_better" && agreed(l)).length,
    otherModels: lessons.filter((l) => l.kind === "other_model").length,
  };

  const findings = await tx.findingShared.groupBy({ by: ["about"], where, _count: { _all: true } });
  for (const row of findings) {
    if (row.about !== "impact") out.findings.methodology += row._count._all;
    if (row.about !== "methodology") out.findings.impact += row._count._all;
  }
  return out;
}
