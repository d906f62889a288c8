/**
 * The sections of a Statement of Intent, in the order of the Holme Wood model, with the
 * heading each has in the printed document. Shared by the editor, the print view and
 * the comparison of versions, so all three name a section the same way.
 */
export type StatementSectionKey =
  | "title"
  | "introduction"
  | "priority"
  | "whyItMatters"
  | "voices"
  | "mandate"
  | "figures"
  | "actions"
  | "outcomes"
  | "asks"
  | "academicPartners"
  | "academicQuestions"
  | "partners";

export const SECTION_LABELS: Record<StatementSectionKey, string> = {
  title: "Introduction heading",
  introduction: "Introduction",
  priority: "The priority",
  whyItMatters: "Why it is a priority",
  voices: "Community voices",
  mandate: "Community mandate for change",
  figures: "The data",
  actions: "Committed actions",
  outcomes: "Desired outcomes",
  asks: "Asks of commissioners and partners",
  academicPartners: "Academic partners",
  academicQuestions: "Questions for academic partners",
  partners: "Partners",
};

export const SECTION_ORDER = Object.keys(SECTION_LABELS) as StatementSectionKey[];

/** Headings as printed in the model document. */
export const PRINT_HEADINGS = {
  brand: "Act Locally",
  strapline: "Schools leading data driven, place based partnerships for children",
  document: "Statement of Intent",
  priority: (priority: string) => `${priority} is a priority:`,
  voices: "Community voices say:",
  mandate: "Our community mandate for change:",
  figures: "The data demonstrates:",
  actions: "Our Convening Partnership has committed to a set of actions that will:",
  outcomes: "Together we want to see:",
  asks: "We recognise we can't tackle this issue all on our own and we need help unlocking barriers, therefore:",
  academicFallback: "We'd like expert input from our academic partners. This will help us answer:",
  partners: "Our partners",
} as const;
