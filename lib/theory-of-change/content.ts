import { z } from "zod";

/**
 * A theory of change as linked columns, read as the guide's section 3 does:
 * "If we…" (ways of working and inputs) → activities → "then…" (short-term outcomes)
 * → "and so…" (long-term impact), resting on assumptions. Each node names the nodes
 * of the next column it leads to; outcomes may name the indicators that will show them.
 */
const id = z.string().uuid();
const text = z.string().trim().min(1, "Write something or remove the entry").max(600, "Keep each entry under 600 characters");

export const nodeSchema = z.object({ id, text, leadsTo: z.array(id).max(50).default([]) });
export const outcomeSchema = nodeSchema.extend({ indicatorCodes: z.array(z.string().trim().min(1).max(60)).max(20).default([]) });

export const theoryContentSchema = z.object({
  /** The focus issue or, for the partnership, its purpose. */
  focus: z.string().trim().max(300).default(""),
  waysOfWorking: z.array(nodeSchema).max(30).default([]),
  activities: z.array(nodeSchema).max(40).default([]),
  outcomes: z.array(outcomeSchema).max(30).default([]),
  impacts: z.array(nodeSchema).max(20).default([]),
  assumptions: z.array(z.object({ id, text })).max(20).default([]),
  vision: z.string().trim().max(2000).default(""),
});

export type TheoryContent = z.output<typeof theoryContentSchema>;
export type TheoryNode = z.output<typeof nodeSchema>;
export type TheoryOutcome = z.output<typeof outcomeSchema>;

export const COLUMNS = [
  { key: "waysOfWorking", label: "If we…", heading: "Ways of working and inputs" },
  { key: "activities", label: "…and do…", heading: "Activities" },
  { key: "outcomes", label: "then…", heading: "Outcomes (short term)" },
  { key: "impacts", label: "and so…", heading: "Impact (long term)" },
] as const;

export function readTheoryContent(value: unknown): TheoryContent {
  return theoryContentSchema.parse(value);
}
