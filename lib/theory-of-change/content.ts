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
  /** The ideas the work rests on (the guide: "work based on our theoretic foundations"). */
  foundations: z.array(z.object({ id, text })).max(20).default([]),
  vision: z.string().trim().max(2000).default(""),
  mission: z.string().trim().max(2000).default(""),
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

export type ColumnKey = (typeof COLUMNS)[number]["key"];

/** The short code a node is referred to by in links and chains: W1, A2, O3, I1. */
export const COLUMN_CODES: Record<ColumnKey, string> = { waysOfWorking: "W", activities: "A", outcomes: "O", impacts: "I" };

export const COLUMN_NOUNS: Record<ColumnKey, string> = { waysOfWorking: "way of working", activities: "activity", outcomes: "outcome", impacts: "impact" };

/** The column each column's links point into, or null for the last. */
export function nextColumn(key: ColumnKey): ColumnKey | null {
  const index = COLUMNS.findIndex((c) => c.key === key);
  return COLUMNS[index + 1]?.key ?? null;
}

export const emptyTheory = (focus = ""): TheoryContent => ({
  focus,
  waysOfWorking: [],
  activities: [],
  outcomes: [],
  impacts: [],
  assumptions: [],
  foundations: [],
  vision: "",
  mission: "",
});

export function readTheoryContent(value: unknown): TheoryContent {
  return theoryContentSchema.parse(value);
}
