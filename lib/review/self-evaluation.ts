/**
 * The capability analysis's default self-evaluation areas: the guide's six conditions to
 * success, each with what a red, amber and green rating looks like. A partnership may
 * rename and reword them (lib/review/services/self-evaluation.ts); the keys stay, so the
 * defaults can be created on first use without ever duplicating an area.
 */
export type EvaluationAreaText = {
  key: string;
  name: string;
  description: string;
  redLooksLike: string;
  amberLooksLike: string;
  greenLooksLike: string;
};

export const DEFAULT_EVALUATION_AREAS: readonly EvaluationAreaText[] = [
  {
    key: "buy-in",
    name: "Secure buy-in from the strategic partnership",
    description: "Buy-in and backing from the multi-sectoral strategic partnership, with the Collective Impact approach and the Act Locally methodology and theory of change outlined to it.",
    redLooksLike: "The strategic partnership knows little of the work; no senior sponsor; no permissions or resources secured.",
    amberLooksLike: "The board has heard the approach and backs it in principle; some asks are still waiting for an answer.",
    greenLooksLike: "The board actively sponsors the work, answers its asks and secures permissions and resources for it.",
  },
  {
    key: "backbone",
    name: "A backbone organisation",
    description: "The strategic and place-based convenor, facilitator and enabler of the convening partnership.",
    redLooksLike: "No organisation has taken on the convening role, or it has no time to do it.",
    amberLooksLike: "A backbone organisation is named but convening, facilitation and follow-up are patchy.",
    greenLooksLike: "The backbone organisation convenes termly, keeps the action plan moving and is trusted by partners.",
  },
  {
    key: "research-partner",
    name: "A research & development partner",
    description: "A partner who helps with data, evidence and research insights, monitoring and evaluation.",
    redLooksLike: "No research partner, or no data flowing to the partnership.",
    amberLooksLike: "A research partner is named; data arrives but is not yet used to make decisions.",
    greenLooksLike: "The research partner brings timely data and evidence that shape the partnership's decisions and its evaluation.",
  },
  {
    key: "energy",
    name: "Go where the energy is",
    description: "Starting with a 'community of the willing' and building up from there.",
    redLooksLike: "Work depends on a few people; partners attend without taking part.",
    amberLooksLike: "A core of willing partners drives the work; others are not yet drawn in.",
    greenLooksLike: "A growing community of the willing, with new schools, groups and residents joining and leading.",
  },
  {
    key: "strengths-based",
    name: "A strengths-based approach",
    description: "Local groups look at the community's needs and build on the strengths of their partnership.",
    redLooksLike: "The work starts from deficits; local assets and groups are not involved.",
    amberLooksLike: "Assets are mapped but only some are used; community voices are heard occasionally.",
    greenLooksLike: "The partnership builds on local strengths, and community members and young people shape what is done.",
  },
  {
    key: "cumulative-effect",
    name: "Cumulative effect",
    description: "Work to 'lean in' offers and resources: get something going and other things will follow.",
    redLooksLike: "Activities run in isolation; nothing new has been drawn in.",
    amberLooksLike: "Some offers and resources have been leaned in; momentum is uneven.",
    greenLooksLike: "Early successes are drawing in further offers, services and funding.",
  },
];
