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
    marks: {},
  };
}
