import type { Db, Tx } from "@/lib/db/client";
import type { AreaSnapshot, ItemMark } from "@/lib/blueprint/snapshot";
import { NEXT_CYCLE_PHASE } from "@/lib/blueprint/phases";
import { isoDate } from "@/lib/blueprint/today";
import { loadPhase3RecordsForAreas } from "@/lib/blueprint/services/phase3-snapshot";
import { financialYearOf } from "@/lib/budget/financial-year";
import { loadIndicatorRecordsForAreas } from "@/lib/indicators/services/checklist-snapshot";
import { loadHubSnapshotsForAreas } from "@/lib/hub/services/checklist";
import { loadReviewRecordsForAreas } from "@/lib/review/services/checklist-records";

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
 * On a transaction the queries run one after another (a transaction has one connection);
 * outside one, `concurrent` sends them together. A module's field is loaded by its own
 * `…ForAreas(tx, partnershipId, areaIds)` loader.
 */
export async function loadSnapshots(tx: Tx | Db, partnershipId: string, areas: readonly SnapshotArea[], today: string, options: { concurrent?: boolean } = {}): Promise<Map<string, AreaSnapshot>> {
  const ids = areas.map((a) => a.areaId);
  const where = { partnershipId, areaId: { in: ids } };
  const counts = (rows: { areaId: string; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.areaId, r._count._all]));
  const maxCycle = Math.max(1, ...areas.map((a) => a.cycle));
  const queries = {
    rows: () => tx.conveningPartnership.findMany({ where: { partnershipId, id: { in: ids } }, select: { id: true, backboneOrganisationId: true, researchPartnerId: true } }),
    focuses: () => tx.areaFocus.findMany({ where, select: { areaId: true, focusType: true, description: true } }),
    geographies: () => tx.areaGeography.groupBy({ by: ["areaId"], where, _count: { _all: true } }),
    assets: () => tx.asset.groupBy({ by: ["areaId"], where, _count: { _all: true } }),
    outcomes: () => tx.outcomeMeasure.groupBy({ by: ["areaId"], where, _count: { _all: true } }),
    meetings: () =>
      tx.meeting.findMany({
        where: { ...where, kind: { in: ["learning_symposium", "convening"] } },
        select: { areaId: true, kind: true, date: true, attendSchools: true, attendHealthCare: true, attendParents: true, attendCommunity: true, attendYoungPeople: true },
        orderBy: [{ date: "asc" }, { id: "asc" }],
      }),
    priorities: () => tx.priority.findMany({ where, select: { areaId: true, status: true, rank: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    stakeholders: () => tx.stakeholder.groupBy({ by: ["areaId"], where, _count: { _all: true } }),
    barriers: () => tx.barrier.groupBy({ by: ["areaId"], where, _count: { _all: true } }),
    marks: () =>
      tx.checklistItemState.findMany({
        where: { ...where, cycle: { lte: maxCycle } },
        orderBy: { cycle: "asc" },
        include: { attestedBy: { select: { name: true } }, waivedBy: { select: { name: true } } },
      }),
    phase3: () => loadPhase3RecordsForAreas(tx, partnershipId, areas),
    pots: () => tx.communityBudget.groupBy({ by: ["areaId"], where: { ...where, financialYear: { gte: financialYearOf(today) } }, _sum: { amountPence: true } }),
    indicators: () => loadIndicatorRecordsForAreas(tx, partnershipId, ids),
    hubs: () => loadHubSnapshotsForAreas(tx, partnershipId, ids),
    review: () => loadReviewRecordsForAreas(tx, partnershipId, areas),
  };
  const r = await runAll(queries, options.concurrent ?? false);
  const { rows, focuses, meetings, priorities, marks, phase3, indicators, hubs, review } = r;
  const geographyCounts = counts(r.geographies);
  const assetCounts = counts(r.assets);
  const outcomeCounts = counts(r.outcomes);
  const stakeholderCounts = counts(r.stakeholders);
  const barrierCounts = counts(r.barriers);
  const potOf = new Map(r.pots.map((p) => [p.areaId, p._sum.amountPence ?? 0]));

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
      indicators: indicators.get(areaId)!,
      hub: hubs.get(areaId) ?? null,
      review: review.get(areaId)!,
      marks: byKey,
    });
  }
  return out;
}

type Results<Q extends Record<string, () => Promise<unknown>>> = { [K in keyof Q]: Awaited<ReturnType<Q[K]>> };

/** Runs the queries one after another (on a transaction) or all at once (on the pool). */
async function runAll<Q extends Record<string, () => Promise<unknown>>>(queries: Q, concurrent: boolean): Promise<Results<Q>> {
  const entries = Object.entries(queries);
  const values: unknown[] = [];
  if (concurrent) values.push(...(await Promise.all(entries.map(([, run]) => run()))));
  else for (const [, run] of entries) values.push(await run());
  return Object.fromEntries(entries.map(([k], i) => [k, values[i]])) as Results<Q>;
}
