import type { Db, Tx } from "@/lib/db/client";
import { isoDate } from "@/lib/blueprint/today";
import { assessmentCompleteness } from "@/lib/review/ratings";
import { emptyReviewRecords, type ReviewRecords } from "@/lib/review/checklist";

type AreaCycle = { areaId: string; cycle: number };

/**
 * Each area's review work of its current cycle, for the phase 4 and 5 checklist
 * (AreaSnapshot.review): one query per kind of record for all the areas, one after another
 * on the caller's client (the advance action evaluates the gate on its transaction's one connection).
 */
export async function loadReviewRecordsForAreas(tx: Tx | Db, partnershipId: string, areas: readonly AreaCycle[]): Promise<Map<string, ReviewRecords>> {
  const out = new Map(areas.map((a) => [a.areaId, emptyReviewRecords()]));
  if (!areas.length) return out;
  const cycleOf = new Map(areas.map((a) => [a.areaId, a.cycle]));
  // Rows of other cycles are read and dropped here: a few, against one OR per area in every query.
  const where = { partnershipId, areaId: { in: areas.map((a) => a.areaId) }, cycle: { in: [...new Set(areas.map((a) => a.cycle))] } };
  const current = <T extends { areaId: string; cycle: number }>(rows: T[]) => rows.filter((r) => cycleOf.get(r.areaId) === r.cycle);
  const records = (areaId: string) => out.get(areaId)!;

  const assessments = current(
    await tx.capabilityAssessment.findMany({
      where,
      orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
      select: { areaId: true, cycle: true, assessedOn: true, ratings: { select: { evaluationAreaId: true } } },
    }),
  );
  if (assessments.length) {
    const active = await tx.selfEvaluationArea.findMany({ where: { partnershipId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, name: true } });
    for (const a of assessments) {
      records(a.areaId).capability.push({ assessedOn: isoDate(a.assessedOn), unrated: assessmentCompleteness(a.ratings.map((r) => r.evaluationAreaId), active).missing });
    }
  }

  for (const row of current(await tx.caseStudy.groupBy({ by: ["areaId", "cycle"], where, _count: { _all: true } }))) records(row.areaId).caseStudies = row._count._all;

  for (const row of current(await tx.feedback.groupBy({ by: ["areaId", "cycle", "source"], where, _count: { _all: true } }))) records(row.areaId).feedback[row.source] = row._count._all;

  for (const impact of current(await tx.earlyImpact.findMany({ where, select: { areaId: true, cycle: true, _count: { select: { evidence: true } } } }))) {
    const r = records(impact.areaId);
    r.earlyImpact = { statements: r.earlyImpact.statements + 1, supported: r.earlyImpact.supported + (impact._count.evidence > 0 ? 1 : 0) };
  }

  for (const l of current(await tx.lessonLearned.findMany({ where, select: { areaId: true, cycle: true, kind: true, agreedWithBoard: true, agreedWithConvening: true } }))) {
    const lessons = records(l.areaId).lessons;
    const agreed = l.agreedWithBoard && l.agreedWithConvening;
    if (l.kind === "worked_well") {
      lessons.workedWell += 1;
      if (agreed) lessons.agreedWorkedWell += 1;
    } else if (l.kind === "could_be_better") {
      lessons.couldBeBetter += 1;
      if (agreed) lessons.agreedCouldBeBetter += 1;
    } else if (l.kind === "other_model") lessons.otherModels += 1;
  }

  for (const row of current(await tx.findingShared.groupBy({ by: ["areaId", "cycle", "about"], where, _count: { _all: true } }))) {
    const findings = records(row.areaId).findings;
    if (row.about !== "impact") findings.methodology += row._count._all;
    if (row.about !== "methodology") findings.impact += row._count._all;
  }
  return out;
}
