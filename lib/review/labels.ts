import type { CollectiveImpactCondition, ConditionLevel, ConsentScope, EarlyImpactEvidenceKind, FeedbackSource, FindingsAbout, LessonKind } from "@/lib/generated/prisma/enums";

/** The words the product uses for the review records, on screen, in the review pack and its CSV. */
export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  commissioner: "Commissioner",
  grant_recipient: "Community budget recipient",
  beneficiary: "Beneficiary",
  other: "Someone else",
};
export const FEEDBACK_SOURCES = Object.keys(FEEDBACK_SOURCE_LABELS) as FeedbackSource[];

export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  partnership: "Within the convening partnership only",
  board: "Also the strategic board and commissioners (the review pack)",
  public: "Also in public (published reports, the website)",
};
export const CONSENT_SCOPES = Object.keys(CONSENT_SCOPE_LABELS) as ConsentScope[];

/** Consent given for a wider use covers the narrower ones. */
const CONSENT_REACH: Record<ConsentScope, number> = { partnership: 0, board: 1, public: 2 };
export function consentCovers(given: ConsentScope, use: ConsentScope): boolean {
  return CONSENT_REACH[given] >= CONSENT_REACH[use];
}

export const LESSON_KIND_LABELS: Record<LessonKind, string> = {
  worked_well: "What worked well",
  could_be_better: "What could have worked better",
  other_model: "From another place-based model",
};
export const LESSON_KINDS = Object.keys(LESSON_KIND_LABELS) as LessonKind[];

export const FINDINGS_ABOUT_LABELS: Record<FindingsAbout, string> = {
  methodology: "The methodology",
  impact: "The impact",
  both: "Methodology and impact",
};

export const EVIDENCE_KIND_LABELS: Record<EarlyImpactEvidenceKind, string> = {
  indicator_movement: "Indicator movement",
  output: "Output",
};

/** The five conditions of collective impact, in the guide's words (section 4). */
export const CONDITIONS: readonly { key: CollectiveImpactCondition; name: string; description: string }[] = [
  { key: "common_agenda", name: "Common agenda", description: "A shared vision for change." },
  { key: "shared_measurement", name: "Shared measurement", description: "Clear success metrics and structured data collection." },
  { key: "mutually_reinforcing_activities", name: "Mutually reinforcing activities", description: "Stakeholders co-ordinate their differentiated activities." },
  { key: "continuous_communication", name: "Continuous communication", description: "Regular meetings to develop the approach and share learning." },
  { key: "backbone_support", name: "Backbone support", description: "Central co-ordination to manage the initiative." },
];
export const CONDITION_NAMES = Object.fromEntries(CONDITIONS.map((c) => [c.key, c.name])) as Record<CollectiveImpactCondition, string>;

/** The four steps, from "just begun" to "fully in place"; the order is the scale's. */
export const CONDITION_LEVEL_LABELS: Record<ConditionLevel, string> = {
  just_begun: "Just begun",
  making_progress: "Making progress",
  mostly_in_place: "Mostly in place",
  fully_in_place: "Fully in place",
};
export const CONDITION_LEVELS = Object.keys(CONDITION_LEVEL_LABELS) as ConditionLevel[];
