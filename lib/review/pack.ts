import type { ConditionLevel, ConsentScope, FeedbackSource, FindingsAbout, Rag, StatementState } from "@/lib/generated/prisma/enums";
import type { ItemStatus } from "@/lib/blueprint/gate";
import type { Movement } from "@/lib/review/ratings";
import type { SourceSummary } from "@/lib/review/feedback";
import { FEEDBACK_SOURCE_LABELS, FINDINGS_ABOUT_LABELS, CONDITION_LEVEL_LABELS } from "@/lib/review/labels";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { STATE_LABELS } from "@/lib/statement/labels";
import { formatPounds } from "@/lib/money";
import { movementText } from "@/lib/review/ratings";

/**
 * The review pack: one page per area that a co-ordinator takes to the board. Built by
 * lib/review/services/pack.ts from each module's records; printed by
 * components/review/review-pack.tsx and exported by `packCsvRows` (pure, formula-safe
 * through lib/csv/escape.ts in the route), so the page and the file say the same.
 */

/**
 * One figure of a section another module fills: its label, its value already formatted
 * (and, for indicators, already suppressed on the server: "c"), and a detail such as the
 * period or the source.
 */
export type PackFigure = { label: string; value: string; detail?: string };

export type ReviewPack = {
  partnershipName: string;
  area: { id: string; slug: string; name: string };
  generatedOn: string;
  cycle: number;
  blueprint: {
    phase: number;
    phaseName: string;
    daysInPhase: number;
    gate: { met: number; required: number };
    items: { title: string; status: ItemStatus; detail: string; required: boolean }[];
  };
  focus: string | null;
  statement: { state: StatementState | null; version: number | null; agreedOn: string | null; asks: number; asksAnswered: number };
  actionPlan: { items: number; done: number; inProgress: number; notStarted: number; blocked: number; overdue: number; rag: Record<Rag, number> };
  /** Key indicators (the area dashboard's focus indicators), suppressed on the server; null when none is linked to the area. */
  indicators: PackFigure[] | null;
  budget: { financialYear: string; potPence: number; allocatedPence: number; awardedPence: number; spentPence: number; awards: number } | null;
  /** School Health Hub reach and budget; null until the hub module provides them. */
  hub: PackFigure[] | null;
  capability: {
    assessedOn: string | null;
    complete: boolean;
    missing: string[];
    rows: { name: string; rating: Rag | null; previous: Rag | null; movement: Movement | null }[];
  };
  conditions: { assessedOn: string | null; rows: { name: string; level: ConditionLevel | null; previous: ConditionLevel | null; movement: Movement | null }[] };
  /** Case studies of this cycle whose consent reaches the board; how many more there are whose consent does not. */
  caseStudies: { shown: { title: string; whatItShows: string; consentScope: ConsentScope }[]; withheld: number };
  feedback: { summaries: SourceSummary[]; highlights: { source: FeedbackSource; role: string; comments: string; receivedOn: string; rating: number | null }[] };
  earlyImpact: { statement: string; evidence: string[] }[];
  lessons: { workedWell: string[]; couldBeBetter: string[]; otherModels: string[] };
  findings: { venue: string; audience: string; sharedOn: string; about: FindingsAbout }[];
};

const STATUS_WORDS: Record<ItemStatus, string> = { met: "Met", not_met: "Not met", waived: "Waived", unavailable: "Not yet available" };
export const itemStatusLabel = (status: ItemStatus) => STATUS_WORDS[status];

export function statementLabel(s: ReviewPack["statement"]): string {
  if (!s.state) return "Not started";
  const version = s.version ? `, version ${s.version}` : "";
  return `${STATE_LABELS[s.state]}${version}${s.agreedOn ? `, agreed ${s.agreedOn}` : ""}`;
}

export const CSV_COLUMNS = ["Area", "Section", "Item", "Value", "Detail"] as const;

/** The pack's figures as rows for a spreadsheet: one per figure, in the order the page shows them. */
export function packCsvRows(pack: ReviewPack): string[][] {
  const rows: string[][] = [];
  const add = (section: string, item: string, value: string | number, detail = "") => rows.push([pack.area.name, section, item, String(value), detail]);
  add("Blueprint", "Phase", `${pack.blueprint.phase}. ${pack.blueprint.phaseName}`, `cycle ${pack.cycle}, ${pack.blueprint.daysInPhase} days in phase`);
  add("Blueprint", "Required items met or waived", `${pack.blueprint.gate.met} of ${pack.blueprint.gate.required}`);
  for (const i of pack.blueprint.items) add("Checklist", i.title, itemStatusLabel(i.status), i.detail);
  add("Focus priority", "Focus issue", pack.focus ?? "Not agreed yet");
  add("Statement of Intent", "Status", statementLabel(pack.statement), `${pack.statement.asksAnswered} of ${pack.statement.asks} asks answered`);
  const ap = pack.actionPlan;
  add("Action plan", "Items", ap.items, `${ap.done} done, ${ap.inProgress} in progress, ${ap.notStarted} not started, ${ap.blocked} blocked`);
  add("Action plan", "Overdue", ap.overdue);
  add("Action plan", "RAG", `${ap.rag.green} green, ${ap.rag.amber} amber, ${ap.rag.red} red`);
  if (pack.indicators) for (const f of pack.indicators) add("Key indicators", f.label, f.value, f.detail);
  else add("Key indicators", "Indicator figures", "None linked to the area yet");
  if (pack.budget) {
    const b = pack.budget;
    add("Community budget", `Pot ${b.financialYear}`, formatPounds(b.potPence));
    add("Community budget", "Allocated to rounds", formatPounds(b.allocatedPence));
    add("Community budget", "Awarded", formatPounds(b.awardedPence), `${b.awards} awards`);
    add("Community budget", "Spent", formatPounds(b.spentPence));
  } else add("Community budget", "Pot", "None yet");
  if (pack.hub) for (const f of pack.hub) add("School Health Hub", f.label, f.value, f.detail);
  else add("School Health Hub", "Hub figures", "Not available yet");
  for (const r of pack.capability.rows) {
    add(
      "Capability analysis",
      r.name,
      r.rating ? RAG_LABELS[r.rating] : "Not rated",
      [pack.capability.assessedOn ? `assessed ${pack.capability.assessedOn}` : "", r.movement ? movementText(r.movement, r.previous ? RAG_LABELS[r.previous] : null) : ""].filter(Boolean).join("; "),
    );
  }
  for (const r of pack.conditions.rows) {
    add("Collective impact", r.name, r.level ? CONDITION_LEVEL_LABELS[r.level] : "Not assessed", r.movement ? movementText(r.movement, r.previous ? CONDITION_LEVEL_LABELS[r.previous] : null) : "");
  }
  add("Case studies", "With consent for the board", pack.caseStudies.shown.length, pack.caseStudies.withheld ? `${pack.caseStudies.withheld} more with consent for the partnership only` : "");
  for (const c of pack.caseStudies.shown) add("Case studies", c.title, c.whatItShows);
  for (const s of pack.feedback.summaries) add("Feedback", FEEDBACK_SOURCE_LABELS[s.source], s.count, s.averageRating === null ? "" : `average rating ${s.averageRating.toFixed(1)} of 5`);
  for (const e of pack.earlyImpact) add("Early impact", e.statement, e.evidence.length, e.evidence.join("; "));
  for (const l of pack.lessons.workedWell) add("Lessons", "Worked well", l);
  for (const l of pack.lessons.couldBeBetter) add("Lessons", "Could have worked better", l);
  for (const l of pack.lessons.otherModels) add("Lessons", "From another place-based model", l);
  for (const f of pack.findings) add("Findings shared", f.venue, f.sharedOn, `with ${f.audience}; ${FINDINGS_ABOUT_LABELS[f.about].toLowerCase()}`);
  return rows;
}
