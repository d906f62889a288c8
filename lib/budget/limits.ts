import { formatPounds } from "@/lib/money";

/**
 * What an award may be. The pot is the hard limit (the invariant: the sum of awards never
 * exceeds it); the round's allocation and maximum award, and the amount asked for, are
 * limits the panel set itself. Pure: the award service calls it inside the transaction
 * that holds the pot's row lock, with totals read under that lock.
 */
export type AwardContext = {
  potPence: number;
  /** Awards already made from the pot, in every round. */
  awardedFromPotPence: number;
  roundAllocationPence: number;
  awardedInRoundPence: number;
  maxAwardPence: number;
  requestedPence: number;
};

export type AwardCheck = { ok: true } | { ok: false; message: string };


export function checkAward(amountPence: number, c: AwardContext): AwardCheck {
  if (!Number.isSafeInteger(amountPence) || amountPence <= 0) return { ok: false, message: "Enter an amount above £0." };
  if (amountPence > c.requestedPence) return { ok: false, message: `An award cannot be more than the ${formatPounds(c.requestedPence)} asked for.` };
  if (amountPence > c.maxAwardPence) return { ok: false, message: `The round's maximum award is ${formatPounds(c.maxAwardPence)}.` };
  const potLeft = c.potPence - c.awardedFromPotPence;
  if (amountPence > potLeft) return { ok: false, message: `Only ${formatPounds(Math.max(0, potLeft))} is left in the pot: this award would take it past ${formatPounds(c.potPence)}.` };
  const roundLeft = c.roundAllocationPence - c.awardedInRoundPence;
  if (amountPence > roundLeft) return { ok: false, message: `Only ${formatPounds(Math.max(0, roundLeft))} of this round's allocation is left.` };
  return { ok: true };
}

/** Rounds share the pot: their allocations together may not exceed it. */
export function checkAllocation(allocationPence: number, potPence: number, otherRoundsPence: number): AwardCheck {
  if (!Number.isSafeInteger(allocationPence) || allocationPence < 0) return { ok: false, message: "Enter the amount this round may award." };
  if (allocationPence + otherRoundsPence > potPence) {
    return { ok: false, message: `Only ${formatPounds(Math.max(0, potPence - otherRoundsPence))} of the pot is not yet allocated to other rounds.` };
  }
  return { ok: true };
}

export type PotSummary = { potPence: number; allocatedPence: number; awardedPence: number; spentPence: number; remainingPence: number };

/**
 * The pot at a glance. A round counts as allocated by its allocation, or by what it has
 * awarded if that is more (a closed round's unspent allocation is not handed back
 * automatically: the co-ordinator lowers it). Remaining is what no round holds.
 */
export function potSummary(potPence: number, rounds: { allocationPence: number; awardedPence: number }[], spentPence: number): PotSummary {
  const allocatedPence = rounds.reduce((sum, r) => sum + Math.max(r.allocationPence, r.awardedPence), 0);
  const awardedPence = rounds.reduce((sum, r) => sum + r.awardedPence, 0);
  return { potPence, allocatedPence, awardedPence, spentPence, remainingPence: potPence - allocatedPence };
}
