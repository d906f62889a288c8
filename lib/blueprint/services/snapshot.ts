import type { Db, Tx } from "@/lib/db/client";
import type { AreaSnapshot, ItemMark } from "@/lib/blueprint/snapshot";
import { NEXT_CYCLE_PHASE } from "@/lib/blueprint/phases";
import { isoDate } from "@/lib/blueprint/today";
import { loadPhase3RecordsForAreas } from "@/lib/blueprint/services/phase3-snapshot";
import { financialYearOf } from "@/lib/budget/financial-year";
import { countGrantFeedbackForAreas } from "@/lib/budget/services/feedback-count";
import { loadIndicatorRecordsForAreas } from "@/lib/indicators/services/checklist-snapshot";

type Scope = { partnershipId: string; areaId: string };
export type SnapshotArea = { areaId: string; cycle: number };

/**
 * Reads everything the checklist rules need about one area, with `tx` so that the
 * advance action evaluates the gate on the same transaction that records the move.
 * Marks of phases 1–2 are kept from the cycle that passed them: later cycles start at phase 3.
 */
export async function loadSnapshot(tx: Tx | Db, scope: Scope, cycle: number, today: string): Promise<AreaSnapshot> {
  return (await loadSnapshots(tx, scope.partnershipId, [{ areaId: scope.areaId, cycle }], today)).get(scope.areaId)!;
}

/**
 * The same for several areas at once, one query per kind of record for all of them (the
 * board's progress table reads fifty areas in about twenty queries, not a thousand).
 * One query after another: a transaction has one connection. A module's field is loaded by
 * its own `…ForAreas(tx, partnershipId, areaIds)` loader.
 */
export async function loadSnapshots(tx: Tx | Db, partnershipId: string, areas: readonly SnapshotArea[], today: string): Promise<Map<string, AreaSnapshot>> {
  const ids = areas.map((a) => a.areaId);
  const where = { partnershipId, areaId: { in: ids } };
  const counts = (rows: { areaId: string; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.areaId, r._count._all]));

  const rows = await tx.conveningPartnership.findMany({ where: { partnershipId, id: { in: ids } }, select: { id: true, backboneOrganisationId: true, researchPartnerId: true } });
  const focuses = await tx.areaFocus.findMany({ where, select: { areaId: true, focusType: true, description: true } });
  const geographyCountsRows = await tx.areaGeography.groupBy({ by: ["areaId"], where, _count: { _all: true } });
  const geographyCounts = counts(geographyCountsRows);
  const assetCountsRows = await tx.asset.groupBy({ by: ["areaId"], where, _count: { _all: true } });
  const assetCounts = counts(assetCountsRows);
  const outcomeCountsRows = await tx.outcomeMeasure.groupBy({ by: ["areaId"], where, _count: { _all: true } });
  const outcomeCounts = counts(outcomeCountsRows);
  const meetings = await tx.meeting.findMany({
    where: { ...where, kind: { in: ["learning_symposium", "convening"] } },
    select: { areaId: true, kind: true, date: true, attendSchools: true, attendHealthCare: true, attendParents: true, attendCommunity: true, attendYoungPeople: true },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
  const priorities = await tx.priority.findMany({ where, select: { areaId: true, status: true, rank: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const stakeholderCountsRows = await tx.stakeholder.groupBy({ by: ["areaId"], where, _count: { _all: true } });
  const stakeholderCounts = counts(stakeholderCountsRows);
  const barrierCountsRows = await tx.barrier.groupBy({ by: ["areaId"], where, _count: { _all: true } });
  const barrierCounts = counts(barrierCountsRows);
  const maxCycle = Math.max(1, ...areas.map((a) => a.cycle));
  const marks = await tx.checklistItemState.findMany({
    where: { ...where, cycle: { lte: maxCycle } },
    orderBy: { cycle: "asc" },
    include: { attestedBy: { select: { name: true } }, waivedBy: { select: { name: true } } },
  });

  const phase3 = await loadPhase3RecordsForAreas(tx, partnershipId, areas);
  const pots = await tx.communityBudget.groupBy({ by: ["areaId"], where: { ...where, financialYear: { gte: financialYearOf(today) } }, _sum: { amountPence: true } });
  const potOf = new Map(pots.map((p) => [p.areaId, p._sum.amountPence ?? 0]));
  const grantRecipients = await countGrantFeedbackForAreas(tx, partnershipId, ids);
  const indicators = await loadIndicatorRecordsForAreas(tx, partnershipId, ids);

  const out = new Map<string, AreaSnapshot>();
  for (const { areaId, cycle } of areas) {
    const area = rows.find((r) => r.id === areaId);
    if (!area) throw new Error(`No area ${areaId} in partnership ${partnershipId}`);
    const focus = focuses.find((f) => f.areaId === areaId);
    const own = meetings.filter((m) => m.areaId === areaId);
    const ranked = priorities.filter((p) => p.areaId === areaId);
    const byKey: Record<string, ItemMark> = {};
    for (const m of marks) {
      if (m.areaId !== areaId || !(m.cycle === cycle || (m.cycle < cycle && m.itemKey < `p${NEXT_CYCLE_PHASE}`))) continue;
      const mark: ItemMark = {};
      if (m.attestedAt) mark.attested = { by: m.attestedBy?.name ?? "A former member", at: m.attestedAt.toISOString(), note: m.note ?? "", evidenceUrl: m.evidenceUrl };
      if (m.waivedAt) mark.waived = { by: m.waivedBy?.name ?? "A former member", at: m.waivedAt.toISOString(), reason: m.waiverReason ?? "" };
      // Later cycles come last and win.
      if (mark.attested || mark.waived) byKey[m.itemKey] = mark;
    }
    out.set(areaId, {
      today,
      hasBackbone: area.backboneOrganisationId !== null,
      hasResearchPartner: area.researchPartnerId !== null,
      focus: focus ? { type: focus.focusType, description: focus.description } : null,
      geographyCount: geographyCounts.get(areaId) ?? 0,
      assetCount: assetCounts.get(areaId) ?? 0,
      outcomeMeasureCount: outcomeCounts.get(areaId) ?? 0,
      symposia: own
        .filter((m) => m.kind === "learning_symposium")
        .map((m) => ({ date: isoDate(m.date), attendance: m.attendSchools + m.attendHealthCare + m.attendParents + m.attendCommunity + m.attendYoungPeople })),
      candidatePriorityCount: ranked.length,
      focusRanks: ranked.filter((p) => p.status === "focus" && p.rank !== null).map((p) => p.rank!),
      stakeholderCount: stakeholderCounts.get(areaId) ?? 0,
      barrierCount: barrierCounts.get(areaId) ?? 0,
      conveningMeetingDates: own.filter((m) => m.kind === "convening").map((m) => isoDate(m.date)),
      ...phase3.get(areaId)!,
      communityBudgetPence: potOf.get(areaId) ?? 0,
      feedback: { grantRecipients: grantRecipients.get(areaId) ?? 0 },
      indicators: indicators.get(areaId)!,
      marks: byKey,
    });
  }
  return out;
}
