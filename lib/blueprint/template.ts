/**
 * The phase checklists, as versioned data (DESIGN §3.1), from the guide's section 5
 * and its conditions to success. An area keeps the template version it started on:
 * a new version is added beside this one, never edited into it, so areas on the
 * old version keep their items, keys and attestations.
 */
export type ItemKind = "derived" | "attested";
/** Modules whose records later items are derived from; `null` means available now. */
export type ModuleName = "statement" | "actionPlan" | "theoryOfChange" | "budget" | "hub" | "indicators" | "review";

export type ChecklistItem = {
  key: string;
  phase: number;
  title: string;
  guidance: string;
  kind: ItemKind;
  required: boolean;
  /** For derived items: the rule in lib/blueprint/rules.ts, or the module that will provide it. */
  rule?: string;
  module?: ModuleName;
  /** Where the work is done, relative to the area's page. */
  href: string;
};

export type Template = { version: number; items: readonly ChecklistItem[] };

const V1_ITEMS: ChecklistItem[] = [
  // Phase 1: Access & Connect
  { key: "p1.coalition", phase: 1, kind: "attested", required: true, href: "access-connect#attest", title: "Develop a broad coalition of senior support", guidance: "Through the strategic partnership, to oversee the whole-system approach and secure authority, permissions and resources." },
  { key: "p1.buy-in", phase: 1, kind: "attested", required: true, href: "access-connect#attest", title: "Secure buy-in and backing from the strategic partnership", guidance: "Outline the Collective Impact approach and the Act Locally methodology and theory of change." },
  { key: "p1.backbone", phase: 1, kind: "derived", rule: "backbone", required: true, href: "access-connect#roles", title: "Identify a backbone organisation", guidance: "The strategic and place-based convenor, facilitator and enabler." },
  { key: "p1.research-partner", phase: 1, kind: "derived", rule: "researchPartner", required: true, href: "access-connect#roles", title: "Identify a research & development partner", guidance: "To help with data, evidence and research insights, monitoring and evaluation." },
  { key: "p1.area-of-focus", phase: 1, kind: "derived", rule: "areaOfFocus", required: true, href: "access-connect#focus", title: "Identify an area of focus", guidance: "A town, ward or estate, a strong school network, or an area of multiple deprivation; with the geography codes that make it up." },
  { key: "p1.assets", phase: 1, kind: "derived", rule: "assetMap", required: true, href: "access-connect#assets", title: "Map area assets and allies", guidance: "School partnerships and clusters, VCSE organisations and groups, residents who can support and enable." },
  { key: "p1.evaluation-plan", phase: 1, kind: "derived", rule: "evaluationPlan", required: true, href: "access-connect#evaluation", title: "Plan the monitoring and evaluation framework", guidance: "With the research partner: robust data capture and impact evaluation, as outcome measures." },
  // Phase 2: Plan & Prioritise
  { key: "p2.symposium", phase: 2, kind: "derived", rule: "learningSymposium", required: true, href: "meetings", title: "Hold a learning symposium in the area", guidance: "The backbone organisation brings together senior representatives of schools, health and care services, parents and community partners." },
  { key: "p2.purpose", phase: 2, kind: "attested", required: true, href: "plan-prioritise#attest", title: "Outline the purpose", guidance: "Share the Collective Impact approach and the Act Locally methodology at the symposium." },
  { key: "p2.candidate-priorities", phase: 2, kind: "derived", rule: "candidatePriorities", required: true, href: "plan-prioritise#priorities", title: "Share and agree a set of priorities for the area", guidance: "The biggest challenges facing children and young people in the area." },
  { key: "p2.stakeholders", phase: 2, kind: "derived", rule: "stakeholders", required: true, href: "plan-prioritise#stakeholders", title: "Identify the people, places, projects and organisations", guidance: "Who you need to work with and through to reach children and families and change how support is offered." },
  { key: "p2.barriers", phase: 2, kind: "derived", rule: "barriers", required: true, href: "plan-prioritise#barriers", title: "Think about the likely barriers to change", guidance: "And the resources and permissions needed from the local authority and others to overcome them." },
  { key: "p2.focus-priorities", phase: 2, kind: "derived", rule: "threeFocusPriorities", required: true, href: "plan-prioritise#ranking", title: "Agree 3 focus priorities, ranked by urgency", guidance: "The first becomes the focus issue: one focus issue at a time." },
  // Phase 3: Deliver & Act
  { key: "p3.statement", phase: 3, kind: "derived", rule: "statementDeveloped", required: true, href: "statement", title: "Develop a Statement of Intent", guidance: "The problem locally with data and lived experience, agreed actions, desired outcomes and recommendations for commissioners." },
  { key: "p3.action-plan", phase: 3, kind: "derived", rule: "actionPlanDeveloped", required: true, href: "action-plan", title: "Develop an action plan", guidance: "The specific actions agreed at the learning symposium, so the convening partnership can monitor them." },
  { key: "p3.theory-of-change", phase: 3, kind: "derived", rule: "theoryOfChange", required: true, href: "theory-of-change", title: "Develop a theory of change", guidance: "Based on the focus issue." },
  { key: "p3.convening-partnership", phase: 3, kind: "attested", required: true, href: "#attest", title: "Establish the convening partnership", guidance: "Building on those who attended the learning symposium, plus community representatives and young people." },
  { key: "p3.termly-meetings", phase: 3, kind: "derived", rule: "termlyMeetings", required: true, href: "meetings", title: "Set convening partnership meeting dates", guidance: "The backbone organisation facilitates termly meetings: one scheduled in each of the next three terms." },
  { key: "p3.community-budget", phase: 3, kind: "derived", rule: "communityBudget", required: true, href: "budget", title: "Secure a community budget", guidance: "To commission support from local VCSE organisations for the focus issue, avoiding duplication." },
  { key: "p3.commissioners", phase: 3, kind: "attested", required: false, href: "#attest", title: "Involve commissioners and others", guidance: "To secure further permissions and resources for the focus issue." },
  { key: "p3.hub-identified", phase: 3, kind: "derived", rule: "hubIdentified", required: true, href: "hub#setup", title: "Identify a School Health Hub", guidance: "An accessible school site for co-located, integrated 'cradle to career' community support." },
  { key: "p3.hub-offer", phase: 3, kind: "derived", rule: "hubOfferPlanned", required: true, href: "hub#services", title: "Plan the School Health Hub offer", guidance: "One-stop shop on set dates, services timetabled through the week, or a co-located multidisciplinary team." },
  // Phase 4: Review & Learn
  { key: "p4.monitor", phase: 4, kind: "attested", required: true, href: "#attest", title: "Monitor progress", guidance: "Against the theory of change and the evaluation framework." },
  { key: "p4.capability", phase: 4, kind: "derived", rule: "capabilityAnalysed", required: true, href: "review/capability", title: "Capability analysis", guidance: "The convening partnership RAG-rates its performance against the six self-evaluation areas." },
  { key: "p4.data", phase: 4, kind: "derived", rule: "dataSourcesLinked", required: true, href: "indicators", title: "Collect data sources linked to the priority", guidance: "To demonstrate improvement: the indicators named for the focus issue (in its theory of change or Statement of Intent) have figures for the area on the platform." },
  { key: "p4.case-studies", phase: 4, kind: "derived", rule: "caseStudiesCollected", required: true, href: "review/case-studies", title: "Collect case studies", guidance: "To demonstrate impact." },
  { key: "p4.feedback", phase: 4, kind: "derived", rule: "feedbackCollected", required: true, href: "review/feedback", title: "Collect feedback", guidance: "From commissioners and community budget recipients and beneficiaries." },
  { key: "p4.early-impact", phase: 4, kind: "derived", rule: "earlyImpactCollated", required: true, href: "review#early-impact", title: "Collate early impact", guidance: "As defined by the convening partnership." },
  { key: "p4.learn", phase: 4, kind: "attested", required: false, href: "#attest", title: "Learn from other place-based models", guidance: "Look at other successful place-based models." },
  // Phase 5: Share & Refine
  { key: "p5.lessons", phase: 5, kind: "derived", rule: "lessonsLearned", required: true, href: "review#lessons", title: "Lessons learned", guidance: "With the strategic partnership and the convening partnership, including community members and young people." },
  { key: "p5.findings", phase: 5, kind: "derived", rule: "findingsShared", required: true, href: "review#findings", title: "Share findings", guidance: "On methodology and impact." },
  { key: "p5.refine", phase: 5, kind: "derived", rule: "theoryRefined", required: true, href: "theory-of-change", title: "Refine the theory of change and methodology", guidance: "A new version of the theory of change, with what changed and why." },
];

/**
 * Version 2: "Involve commissioners and others" is worked out from the Statement of
 * Intent (an ask of commissioners that has had a response) instead of being confirmed
 * by hand. Areas that started on version 1 keep the attested item and its confirmation.
 */
const V2_ITEMS: ChecklistItem[] = V1_ITEMS.map((item) =>
  item.key === "p3.commissioners" ? { ...item, kind: "derived", rule: "commissionersInvolved", href: "statement#asks", guidance: "An ask of commissioners in the Statement of Intent that has had a response, to secure further permissions and resources." } : item,
);

/**
 * Version 3: what the indicators and review modules can work out from records instead of a
 * co-ordinator's confirmation. The monitoring and evaluation framework is planned when the
 * area's outcome measures are linked to indicators; progress is monitored when the focus
 * indicators have data from the last 12 months; learning from other place-based models is a
 * recorded lesson. Areas on versions 1 and 2 keep their items and confirmations.
 */
const V3_CHANGES: Record<string, Partial<ChecklistItem>> = {
  "p1.evaluation-plan": {
    rule: "evaluationIndicators",
    guidance: "With the research partner: the outcome measures the area will track, each linked to one of the partnership's indicators.",
  },
  "p4.monitor": { kind: "derived", rule: "progressMonitored", href: "indicators", guidance: "Against the theory of change and the evaluation framework: figures for the focus indicators for a period that ended in the last 12 months." },
  "p4.learn": { kind: "derived", rule: "otherModelsLearned", href: "review#lessons", guidance: "Look at other successful place-based models, and record what the partnership takes from them." },
};
const V3_ITEMS: ChecklistItem[] = V2_ITEMS.map((item) => {
  const change = V3_CHANGES[item.key];
  if (!change) return item;
  const { rule: _replaced, ...rest } = item;
  return { ...rest, ...change };
});

export const TEMPLATES: Readonly<Record<number, Template>> = {
  1: { version: 1, items: V1_ITEMS },
  2: { version: 2, items: V2_ITEMS },
  3: { version: 3, items: V3_ITEMS },
};
export const CURRENT_TEMPLATE_VERSION = 3;

export function templateFor(version: number, templates: Readonly<Record<number, Template>> = TEMPLATES): Template {
  const template = templates[version];
  if (!template) throw new Error(`Unknown checklist template version ${version}`);
  return template;
}

export function findItem(template: Template, key: string): ChecklistItem | undefined {
  return template.items.find((item) => item.key === key);
}
