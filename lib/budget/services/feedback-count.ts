import type { Db, Tx } from "@/lib/db/client";

/**
 * Feedback from recipients of grants awarded in rounds for the area's current focus
 * issue: the next cycle works on the next priority, so earlier rounds' feedback does not
 * count again. Runs on the caller's transaction when the gate is evaluated; for several
 * areas at once (the board's progress table) in two queries.
 */
export async function countGrantFeedbackForAreas(tx: Tx | Db, partnershipId: string, areaIds: readonly string[]): Promise<Map<string, number>> {
  const states = await tx.phaseState.findMany({ where: { partnershipId, areaId: { in: [...areaIds] }, focusPriorityId: { not: null } }, select: { areaId: true, focusPriorityId: true } });
  const out = new Map<string, number>(areaIds.map((id) => [id, 0]));
  if (states.length === 0) return out;
  const focusOf = new Map(states.map((s) => [s.areaId, s.focusPriorityId]));
  const feedback = await tx.grantFeedback.findMany({
    where: { partnershipId, award: { round: { areaId: { in: [...focusOf.keys()] }, priorityId: { in: [...focusOf.values()].filter((p): p is string => p !== null) } } } },
    select: { award: { select: { round: { select: { areaId: true, priorityId: true } } } } },
  });
  for (const f of feedback) {
    const { areaId, priorityId } = f.award.round;
    if (focusOf.get(areaId) === priorityId) out.set(areaId, (out.get(areaId) ?? 0) + 1);
  }
  return out;
}

export async function countGrantFeedback(tx: Tx | Db, scope: { partnershipId: string; areaId: string }): Promise<number> {
  return (await countGrantFeedbackForAreas(tx, scope.partnershipId, [scope.areaId])).get(scope.areaId) ?? 0;
}
