import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { formatPounds } from "@/lib/money";
import { nextThreeTerms, termKey, termLabel, termOf } from "@/lib/blueprint/terms";
import { REVIEW_RULES } from "@/lib/review/checklist";
import { dataSourcesLinked, evaluationIndicators, progressMonitored } from "@/lib/indicators/checklist-rules";

/** A derived item's verdict: whether it is met, and why in plain words. */
export type RuleResult = { met: boolean; detail: string };
export type Rule = (s: AreaSnapshot) => RuleResult;

/** "a", "a and b", "a, b and c". */
function listed(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function atLeast(count: number, wanted: number, noun: string, nounPlural?: string): RuleResult {
  return { met: count >= wanted, detail: `${plural(wanted, noun, nounPlural)} wanted: ${count} so far` };
}

/**
 * The derived rules, by name. Template items refer to them by name so a later
 * template version can reuse, replace or drop a rule without touching old areas.
 * Modules added later (statement, action plan, budget, hub, indicators, review)
 * register theirs here; until then their items are "not yet available".
 */
export const RULES: Record<string, Rule> = {
  backbone: (s) => ({ met: s.hasBackbone, detail: s.hasBackbone ? "Backbone organisation named" : "No backbone organisation named yet" }),
  researchPartner: (s) => ({
    met: s.hasResearchPartner,
    detail: s.hasResearchPartner ? "Research & development partner named" : "No research & development partner named yet",
  }),
  areaOfFocus: (s) => {
    const missing = [!s.focus && "the kind of area and its description", s.geographyCount === 0 && "at least one geography code"].filter(Boolean);
    return { met: missing.length === 0, detail: missing.length ? `Still needs ${missing.join(" and ")}` : `Described, with ${plural(s.geographyCount, "geography code")}` };
  },
  assetMap: (s) => atLeast(s.assetCount, 3, "asset or ally", "assets and allies"),
  evaluationPlan: (s) => atLeast(s.outcomeMeasureCount, 1, "outcome measure"),
  learningSymposium: (s) => {
    const held = s.symposia.filter((m) => m.date <= s.today && m.attendance > 0);
    if (held.length) return { met: true, detail: `Held on ${held.map((m) => m.date).sort()[0]} with attendance recorded` };
    const planned = s.symposia.some((m) => m.date > s.today);
    return { met: false, detail: planned ? "Planned, not held yet" : "No learning symposium with attendance recorded yet" };
  },
  candidatePriorities: (s) => atLeast(s.candidatePriorityCount, 3, "priority shared", "priorities shared"),
  stakeholders: (s) => atLeast(s.stakeholderCount, 1, "person, place, project or organisation", "people, places, projects or organisations"),
  barriers: (s) => atLeast(s.barrierCount, 1, "barrier with what it needs", "barriers with what they need"),
  threeFocusPriorities: (s) => {
    const ranks = [...s.focusRanks].sort((a, b) => a - b);
    const met = ranks.length === 3 && ranks.join() === "1,2,3";
    return { met, detail: `3 focus priorities ranked: ${ranks.length} so far` };
  },
  termlyMeetings: (s) => {
    const terms = nextThreeTerms(s.today);
    // A meeting already held in the current term still gives that term its meeting.
    const scheduled = new Set(s.conveningMeetingDates.map((d) => termOf(d)).filter((t) => t !== null).map(termKey));
    const missing = terms.filter((t) => !scheduled.has(termKey(t)));
    return {
      met: missing.length === 0,
      detail: missing.length ? `No convening meeting scheduled yet in ${missing.map(termLabel).join(", ")}` : `Convening meetings scheduled in ${terms.map(termLabel).join(", ")}`,
    };
  },
  statementDeveloped: (s) => {
    if (!s.statement) return { met: false, detail: "No Statement of Intent for the focus issue yet" };
    const { agreed, missing } = s.statement;
    if (missing.length) return { met: false, detail: `${agreed ? "Agreed, but still" : "Draft: still"} needs ${listed(missing)}` };
    return agreed ? { met: true, detail: "Agreed, with data, community voices, actions, outcomes and asks" } : { met: false, detail: "Complete draft: agree it with the convening partnership" };
  },
  actionPlanDeveloped: (s) => {
    const { items, openIncomplete } = s.actionPlan;
    if (items === 0) return { met: false, detail: "No action items yet" };
    if (openIncomplete > 0) return { met: false, detail: `${plural(openIncomplete, "open item")} without an owner or a due date` };
    return { met: true, detail: `${plural(items, "action item")}, each with an owner and a due date` };
  },
  theoryOfChange: (s) => {
    if (!s.theoryOfChange) return { met: false, detail: "No theory of change for the focus issue yet" };
    const { missing, versions } = s.theoryOfChange;
    return missing.length ? { met: false, detail: `Still needs ${listed(missing)}` } : { met: true, detail: `From ways of working to impact (version ${versions})` };
  },
  communityBudget: (s) =>
    s.communityBudgetPence > 0
      ? { met: true, detail: `${formatPounds(s.communityBudgetPence)} in the community budget for this financial year` }
      : { met: false, detail: "No community budget with funds for this financial year yet" },
  commissionersInvolved: (s) => {
    const asks = s.statement?.asks ?? 0;
    const answered = s.statement?.asksAnswered ?? 0;
    if (asks === 0) return { met: false, detail: "No asks of commissioners in the Statement of Intent yet" };
    return { met: answered > 0, detail: answered > 0 ? `${plural(answered, "ask")} of ${asks} answered` : `${plural(asks, "ask")}, none answered yet` };
  },
  hubIdentified: (s) =>
    s.hub ? { met: true, detail: `${s.hub.host} hosts the School Health Hub` } : { met: false, detail: "No School Health Hub with a host school or setting yet" },
  hubOfferPlanned: (s) => {
    if (!s.hub) return { met: false, detail: "Identify the School Health Hub first" };
    const missing = [s.hub.offer.length === 0 && "an offer model", s.hub.servicesWithSessions === 0 && "a service with a session on the timetable"].filter((x) => x !== false);
    if (missing.length) return { met: false, detail: `Still needs ${listed(missing)}` };
    return { met: true, detail: `${listed(s.hub.offer)}: ${plural(s.hub.servicesWithSessions, "service")} with sessions timetabled` };
  },
  evaluationIndicators,
  progressMonitored,
  dataSourcesLinked,
  theoryRefined: (s) => ({
    met: s.theoryRefined,
    detail: s.theoryRefined ? "A new version saved in this phase, with what changed and why" : "No new version with a change note saved in this phase yet",
  }),
  // Phases 4 and 5: capability analysis, case studies, feedback, early impact, lessons, findings, other models.
  ...REVIEW_RULES,
};
