import type { Db, Tx } from "@/lib/db/client";

/**
 * Feedback from recipients of grants awarded in rounds for the area's current focus
 * issue: the next cycle works on the next priority, so earlier rounds' feedback does not
 * count again. Runs on the caller's transaction when the gate is evaluated.
 */
export async function countGrantFeedback(tx: Tx | Db, scope: { partnershipId: string; areaId: string }): Promise<number> {
  const state = await tx.phaseState.findUnique({ where: { partnershipId_areaId: scope }, select: { focusPriorityId: true } });
  if (!state?.focusPriorityId) return 0;
  return tx.grantFeedback.count({
    where: { partnershipId: scope.partnershipId, award: { round: { areaId: scope.areaId, priorityId: state.focusPriorityId } } },
  });
}
