import type { FundingRoundStatus } from "@/lib/generated/prisma/enums";

/**
 * A funding round moves forward one step at a time: draft → open (applications come in)
 * → reviewing (the panel scores) → deciding (the decision meeting) → awarded → closed.
 * Two steps back are allowed, for the mistakes people make: reopening a round closed for
 * applications too early, and going back from deciding to reviewing to finish scoring.
 */
export const ROUND_STATUSES = ["draft", "open", "reviewing", "deciding", "awarded", "closed"] as const satisfies readonly FundingRoundStatus[];

const MOVES: Record<FundingRoundStatus, readonly FundingRoundStatus[]> = {
  draft: ["open"],
  open: ["reviewing"],
  reviewing: ["deciding", "open"],
  deciding: ["awarded", "reviewing"],
  awarded: ["closed"],
  closed: [],
};

export const ROUND_STATUS_LABELS: Record<FundingRoundStatus, string> = {
  draft: "Draft",
  open: "Open for applications",
  reviewing: "Panel reviewing",
  deciding: "Deciding",
  awarded: "Awarded",
  closed: "Closed",
};

/** The label of the button that makes each move. */
export const MOVE_LABELS: Record<FundingRoundStatus, string> = {
  draft: "Back to draft",
  open: "Open for applications",
  reviewing: "Close applications and start the panel review",
  deciding: "Move to the decision",
  awarded: "Confirm the awards",
  closed: "Close the round",
};

export function nextStatuses(from: FundingRoundStatus): readonly FundingRoundStatus[] {
  return MOVES[from];
}

export function canMove(from: FundingRoundStatus, to: FundingRoundStatus): boolean {
  return MOVES[from].includes(to);
}

/** Applications are taken while the round is open and today is within its dates. */
export function acceptsApplications(round: { status: FundingRoundStatus; opensOn: string; closesOn: string }, today: string): boolean {
  return round.status === "open" && today >= round.opensOn && today <= round.closesOn;
}

/** Panellists declare and score while the panel reviews. */
export const isScoring = (status: FundingRoundStatus) => status === "reviewing";

/** Awards are recorded at the decision. */
export const isDeciding = (status: FundingRoundStatus) => status === "deciding";
