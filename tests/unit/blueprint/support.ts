/**
 * Small builders for the blueprint unit tests: snapshots of an area at a known
 * point of its journey, marks (attestations and waivers), and safe look-ups.
 */
import { RULES, type Rule } from "@/lib/blueprint/rules";
import { emptySnapshot, type AreaSnapshot, type ItemMark } from "@/lib/blueprint/snapshot";
import { findItem, templateFor, type ChecklistItem, type Template } from "@/lib/blueprint/template";
import { emptyReviewRecords, type ReviewRecords } from "@/lib/review/checklist";

/** A Thursday in the autumn term of 2026/27: the next three terms are Autumn 2026, Spring 2027, Summer 2027. */
export const TODAY = "2026-10-15";

/** Convening meetings on or after TODAY, one in each of its next three terms. */
export const TERMLY_MEETINGS = ["2026-11-12", "2027-02-11", "2027-06-10"];

export const V1: Template = templateFor(1);

export function snapshotOf(overrides: Partial<AreaSnapshot> = {}): AreaSnapshot {
  return { ...emptySnapshot(overrides.today ?? TODAY), ...overrides };
}

export function attestation(note = "Agreed at the strategic partnership board"): ItemMark {
  return { attested: { by: "Cara Co-ordinator", at: "2026-09-01T10:00:00.000Z", note, evidenceUrl: null } };
}

export function waiver(reason = "The board agreed to go ahead without it"): ItemMark {
  return { waived: { by: "Bea Board", at: "2026-09-02T10:00:00.000Z", reason } };
}

export function attest(...keys: string[]): Record<string, ItemMark> {
  return Object.fromEntries(keys.map((key) => [key, attestation()]));
}

export function waive(...keys: string[]): Record<string, ItemMark> {
  return Object.fromEntries(keys.map((key) => [key, waiver()]));
}

/** Everything phase 1 asks for, and no more. */
const PHASE_1_WORK: Partial<AreaSnapshot> = {
  hasBackbone: true,
  hasResearchPartner: true,
  focus: { type: "ward", description: "Northfield ward and its three primary schools" },
  geographyCount: 2,
  assetCount: 3,
  outcomeMeasureCount: 1,
};
const PHASE_1_MARKS = ["p1.coalition", "p1.buy-in"];

const PHASE_2_WORK: Partial<AreaSnapshot> = {
  symposia: [{ date: "2026-07-01", attendance: 42 }],
  candidatePriorityCount: 5,
  focusRanks: [1, 2, 3],
  stakeholderCount: 4,
  barrierCount: 2,
};
const PHASE_2_MARKS = ["p2.purpose"];

/** Everything phase 3 asks for that records show. */
const PHASE_3_WORK: Partial<AreaSnapshot> = {
  conveningMeetingDates: TERMLY_MEETINGS,
  statement: { agreed: true, missing: [], asks: 2, asksAnswered: 0 },
  actionPlan: { items: 3, openIncomplete: 0 },
  theoryOfChange: { missing: [], versions: 1 },
  communityBudgetPence: 1_000_000,
  hub: { host: "Northfield Primary", offer: ["Services timetabled through the week"], servicesWithSessions: 2 },
};
const PHASE_3_MARKS = ["p3.convening-partnership"];

/** Phase 4's review work of this cycle: a complete capability analysis, a case study, feedback from a commissioner and a recipient, supported early impact. */
export const PHASE_4_REVIEW: ReviewRecords = {
  ...emptyReviewRecords(),
  capability: [{ assessedOn: "2026-10-01", unrated: [] }],
  caseStudies: 1,
  feedback: { commissioner: 1, grant_recipient: 1, beneficiary: 0, other: 0 },
  earlyImpact: { statements: 1, supported: 1 },
};
const PHASE_4_WORK: Partial<AreaSnapshot> = { review: PHASE_4_REVIEW };
const PHASE_4_MARKS = ["p4.monitor"];

/** Phase 5's as well: agreed lessons of both kinds, findings on methodology and impact, a refined theory of change. */
export const PHASE_5_REVIEW: ReviewRecords = {
  ...PHASE_4_REVIEW,
  lessons: { workedWell: 1, couldBeBetter: 1, agreedWorkedWell: 1, agreedCouldBeBetter: 1, otherModels: 0 },
  findings: { methodology: 1, impact: 1 },
};
const PHASE_5_WORK: Partial<AreaSnapshot> = { review: PHASE_5_REVIEW, theoryRefined: true };

/**
 * An area with every available item of phases 1..`phase` done (as of TODAY).
 * `overrides` win; their marks are added to (and replace) the built ones.
 */
export function doneThrough(phase: 0 | 1 | 2 | 3 | 4 | 5, overrides: Partial<AreaSnapshot> = {}): AreaSnapshot {
  const work = [PHASE_1_WORK, PHASE_2_WORK, PHASE_3_WORK, PHASE_4_WORK, PHASE_5_WORK].slice(0, phase);
  const marks = [PHASE_1_MARKS, PHASE_2_MARKS, PHASE_3_MARKS, PHASE_4_MARKS, []].slice(0, phase).flat();
  const base = snapshotOf(Object.assign({}, ...work) as Partial<AreaSnapshot>);
  return { ...base, ...overrides, today: overrides.today ?? base.today, marks: { ...attest(...marks), ...overrides.marks } };
}

/**
 * `template` with the item `key` waiting on a module that has no rule yet, as items did
 * before their module was built: for testing how the gate treats such items.
 */
export function awaitingModule(template: Template, key: string): Template {
  return {
    version: template.version,
    items: template.items.map((i) => {
      if (i.key !== key) return i;
      const { rule: _rule, ...rest } = i;
      return { ...rest, module: "review" as const };
    }),
  };
}

export function rule(name: string): Rule {
  const found = RULES[name];
  if (!found) throw new Error(`No rule called ${name}`);
  return found;
}

export function item(key: string, template: Template = V1): ChecklistItem {
  const found = findItem(template, key);
  if (!found) throw new Error(`No item ${key} in template version ${template.version}`);
  return found;
}

export function itemsOf(phase: number, template: Template = V1): ChecklistItem[] {
  return template.items.filter((i) => i.phase === phase);
}

export function requiredKeys(phase: number, template: Template = V1): string[] {
  return itemsOf(phase, template)
    .filter((i) => i.required)
    .map((i) => i.key);
}

export const keys = (items: readonly { key: string }[]): string[] => items.map((i) => i.key);
