import type { HubBudgetCategory, HubContributionKind, HubOfferModel, HubOutcome } from "@/lib/generated/prisma/enums";

/** The hub's fixed lists, in the guide's words and order (section 2, phase 3, section 6). */
export type OfferModel = HubOfferModel;
export type BudgetCategory = HubBudgetCategory;
export type Outcome = HubOutcome;
export type ContributionKind = HubContributionKind;

export const OFFER_MODELS: readonly OfferModel[] = ["one_stop_shop", "timetabled", "co_located_team"];
export const OFFER_MODEL_LABELS: Record<OfferModel, string> = {
  one_stop_shop: "One-stop shop on designated dates",
  timetabled: "Services timetabled through the week",
  co_located_team: "Co-located multidisciplinary team",
};

export const BUDGET_CATEGORIES: readonly BudgetCategory[] = ["coordination", "commissioned_services", "refurbishment", "co_location", "equipment", "sundries"];
export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  coordination: "Co-ordination staff time",
  commissioned_services: "Commissioned services",
  refurbishment: "Minor refurbishment of a room or space",
  co_location: "Co-location costs",
  equipment: "Equipment",
  sundries: "Sundries, such as marketing",
};

export const OUTCOMES: readonly Outcome[] = ["dental_care", "vaccination", "mental_health", "registration"];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  dental_care: "Dental care",
  vaccination: "Vaccination",
  mental_health: "Mental health support",
  registration: "GP or dentist registration",
};

export const CONTRIBUTION_KINDS: readonly ContributionKind[] = ["money", "in_kind"];
export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = { money: "Money", in_kind: "In kind (valued)" };

/** The guide's services (DESIGN §3.4), each partnership starts with; it may add its own. */
export const DEFAULT_SERVICE_TYPES: readonly { name: string; outcome: Outcome | null }[] = [
  { name: "Dental", outcome: "dental_care" },
  { name: "Immunisation", outcome: "vaccination" },
  { name: "Mental health support", outcome: "mental_health" },
  { name: "School nursing", outcome: null },
  { name: "GP registration support", outcome: "registration" },
  { name: "Dentist registration support", outcome: "registration" },
  { name: "Health visiting", outcome: null },
  { name: "Speech and language", outcome: null },
  { name: "Family support", outcome: null },
];

/** Organisation types that can host a hub or be one of its spokes. */
export const HUB_SETTING_TYPES = ["school", "early_years"] as const;
/** Organisation types counted as statutory partners for the hub's sustainability. */
export const STATUTORY_TYPES = ["local_authority", "health", "police", "school"] as const;
