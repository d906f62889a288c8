import { emptyReviewRecords, type ReviewRecords } from "@/lib/review/checklist";

/**
 * Everything the checklist rules read about one area in one cycle, loaded in one go
 * (lib/blueprint/services/snapshot.ts) so that the rules stay pure and testable.
 * Dates are ISO `YYYY-MM-DD` in UK time.
 */
export type ItemMark = {
  attested?: { by: string; at: string; note: string; evidenceUrl: string | null };
  waived?: { by: string; at: string; reason: string };
};

export type AreaSnapshot = {
  today: string;
  hasBackbone: boolean;
  hasResearchPartner: boolean;
  focus: { type: string; description: string } | null;
  geographyCount: number;
  assetCount: number;
  outcomeMeasureCount: number;
  /** Learning symposia with their date and total attendance. */
  symposia: { date: string; attendance: number }[];
  candidatePriorityCount: number;
  /** The ranks held by focus priorities, e.g. [1, 2, 3]. */
  focusRanks: number[];
  stakeholderCount: number;
  barrierCount: number;
  conveningMeetingDates: string[];
  /**
   * The Statement of Intent of the current focus priority: whether it has been agreed
   * (agreed or published) and what the agreed text still lacks (lib/statement/completeness.ts),
   * with its asks and how many of them commissioners or partners have answered.
   */
  statement: { agreed: boolean; missing: string[]; asks: number; asksAnswered: number } | null;
  /** Action-plan items of this cycle; open ones still lacking an owner or a due date. */
  actionPlan: { items: number; openIncomplete: number };
  /** The focus issue's theory of change, latest version: what it still lacks; null when none saved. */
  theoryOfChange: { missing: string[]; versions: number } | null;
  /** Whether a new theory-of-change version with a change note was saved since the area entered phase 5. */
  theoryRefined: boolean;
  /** Money in the area's community budget pots for the current financial year and later, in pence. */
  communityBudgetPence: number;
  /** The area's School Health Hub: its host, its offer models (as labels) and how many services have a session; null when none is set up. */
  hub: { host: string; offer: string[]; servicesWithSessions: number } | null;
  /** The review work of this cycle: capability analysis, case studies, feedback, early impact, lessons, findings (lib/review/checklist.ts). */
  review: ReviewRecords;
  /**
   * Indicators (lib/indicators/services/checklist-snapshot.ts): each outcome measure with the code of
   * the indicator it is linked to; the focus indicators (those linked) with the end of the latest
   * period with committed figures for the area's geographies (ISO date); the indicator codes named
   * for the focus issue, with the partnership's name for each (null: not one of its indicators).
   */
  indicators: {
    measures: { name: string; indicator: string | null }[];
    focus: { code: string; name: string; latestPeriodEnd: string | null }[];
    priority: { code: string; name: string | null; hasData: boolean }[];
  };
  /** Attestations and waivers of this cycle, by item key. */
  marks: Record<string, ItemMark>;
};

export function emptySnapshot(today: string): AreaSnapshot {
  return {
    today,
    hasBackbone: false,
    hasResearchPartner: false,
    focus: null,
    geographyCount: 0,
    assetCount: 0,
    outcomeMeasureCount: 0,
    symposia: [],
    candidatePriorityCount: 0,
    focusRanks: [],
    stakeholderCount: 0,
    barrierCount: 0,
    conveningMeetingDates: [],
    statement: null,
    actionPlan: { items: 0, openIncomplete: 0 },
    theoryOfChange: null,
    theoryRefined: false,
    communityBudgetPence: 0,
    hub: null,
    review: emptyReviewRecords(),
    indicators: { measures: [], focus: [], priority: [] },
    marks: {},
  };
}
