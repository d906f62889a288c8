/** The five phases, in this order (the guide prints 4 and 5 swapped in one list; DESIGN §1). */
export const PHASES = [
  { number: 1, name: "Access & Connect", slug: "access-connect" },
  { number: 2, name: "Plan & Prioritise", slug: "plan-prioritise" },
  { number: 3, name: "Deliver & Act", slug: "deliver-act" },
  { number: 4, name: "Review & Learn", slug: "review-learn" },
  { number: 5, name: "Share & Refine", slug: "share-refine" },
] as const;

export type PhaseNumber = (typeof PHASES)[number]["number"];

export function phaseName(phase: number): string {
  return PHASES.find((p) => p.number === phase)?.name ?? `Phase ${phase}`;
}

/** After phase 5 the next cycle returns to phase 3 on the next ranked priority (DESIGN §3.1). */
export const LAST_PHASE = 5;
export const NEXT_CYCLE_PHASE = 3;
