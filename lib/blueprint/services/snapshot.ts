import type { Db, Tx } from "@/lib/db/client";
import type { AreaSnapshot, ItemMark } from "@/lib/blueprint/snapshot";
import { NEXT_CYCLE_PHASE } from "@/lib/blueprint/phases";
import { isoDate } from "@/lib/blueprint/today";
import { loadPhase3Records } from "@/lib/blueprint/services/phase3-snapshot";
import { financialYearOf } from "@/lib/budget/financial-year";
import { countGrantFeedback } from "@/lib/budget/services/feedback-count";
import { loadIndicatorRecords } from "@/lib/indicators/services/checklist-snapshot";

type Scope = { partnershipId: string; areaId: string };

/**
 * Reads everything the checklist rules need about one area, with `tx` so that the
 * advance action evaluates the gate on the same transaction that records the move.
 * Marks of phases 1–2 are kept from the cycle that passed them: later cycles start at phase 3.
 */
export async function loadSnapshot(tx: Tx | Db, scope: Scope, cycle: number, today: string): Promise<AreaSnapshot> {
  const where = { partnershipId: scope.partnershipId, areaId: scope.areaId };
  // One after another: the advance action runs this on its transaction's single connection.
  const area = await tx.conveningPartnership.findUniqueOrThrow({
    where: { partnershipId_id: { partnershipId: scope.partnershipId, id: scope.areaId } },
    select: { backboneOrganisationId: true, researchPartnerId: true },
  });
  const focus = await tx.areaFocus.findUnique({ where: { partnershipId_areaId: where }, select: { focusType: true, description: true } });
  const geographyCount = await tx.areaGeography.count({ where });
  const assetCount = await tx.asset.count({ where });
  const outcomeMeasureCount = await tx.outcomeMeasure.count({ where });
  const meetings = await tx.meeting.findMany({
    where: { ...where, kind: { in: ["learning_symposium", "convening"] } },
    select: { kind: true, date: true, attendSchools: true, attendHealthCare: true, attendParents: true, attendCommunity: true, attendYoungPeople: true },
  });
  const priorities = await tx.priority.findMany({ where, select: { status: true, rank: true } });
  const stakeholderCount = await tx.stakeholder.count({ where });
  const barrierCount = await tx.barrier.count({ where });
  const marks = await tx.checklistItemState.findMany({
    where: { ...where, OR: [{ cycle }, { cycle: { lt: cycle }, itemKey: { lt: `p${NEXT_CYCLE_PHASE}` } }] },
    orderBy: { cycle: "asc" },
    include: { attestedBy: { select: { name: true } }, waivedBy: { select: { name: true } } },
  });

  const phase3 = await loadPhase3Records(tx, scope, cycle);
  const pots = await tx.communityBudget.aggregate({ where: { ...where, financialYear: { gte: financialYearOf(today) } }, _sum: { amountPence: true } });
  const grantRecipients = await countGrantFeedback(tx, scope);
  const indicators = await loadIndicatorRecords(tx, scope);

  const byKey: Record<string, ItemMark> = {};
  for (const m of marks) {
    const mark: ItemMark = {};
    if (m.attestedAt) mark.attested = { by: m.attestedBy?.name ?? "A former member", at: m.attestedAt.toISOString(), note: m.note ?? "", evidenceUrl: m.evidenceUrl };
    if (m.waivedAt) mark.waived = { by: m.waivedBy?.name ?? "A former member", at: m.waivedAt.toISOString(), reason: m.waiverReason ?? "" };
    // Later cycles come last and win.
    if (mark.attested || mark.waived) byKey[m.itemKey] = mark;
  }

  return {
    today,
    hasBackbone: area.backboneOrganisationId !== null,
    hasResearchPartner: area.researchPartnerId !== null,
    focus: focus ? { type: focus.focusType, description: focus.description } : null,
    geographyCount,
    assetCount,
    outcomeMeasureCount,
    symposia: meetings
      .filter((m) => m.kind === "learning_symposium")
      .map((m) => ({ date: isoDate(m.date), attendance: m.attendSchools + m.attendHealthCare + m.attendParents + m.attendCommunity + m.attendYoungPeople })),
    candidatePriorityCount: priorities.length,
    focusRanks: priorities.filter((p) => p.status === "focus" && p.rank !== null).map((p) => p.rank!),
    stakeholderCount,
    barrierCount,
    conveningMeetingDates: meetings.filter((m) => m.kind === "convening").map((m) => isoDate(m.date)),
    ...phase3,
    communityBudgetPence: pots._sum.amountPence ?? 0,
    feedback: { grantRecipients },
    indicators,
    marks: byKey,
  };
}
