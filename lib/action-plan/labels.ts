import type { ActionItemSource, ActionItemStatus, Rag } from "@/lib/generated/prisma/enums";

/** The words the product uses for an action item's fields, on screen and in messages. */
export const STATUS_LABELS: Record<ActionItemStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
};

export const RAG_LABELS: Record<Rag, string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
};

/** What each RAG rating means, so a rating is never read from its colour alone. */
export const RAG_MEANINGS: Record<Rag, string> = {
  red: "Red: off track, needs help",
  amber: "Amber: at risk",
  green: "Green: on track",
};

export const SOURCE_LABELS: Record<ActionItemSource, string> = {
  statement_action: "Statement of Intent",
  meeting_decision: "Meeting decision",
  capability_rating: "Capability analysis",
  other: "Added by hand",
};

export const STATUSES = Object.keys(STATUS_LABELS) as ActionItemStatus[];
export const RAGS = Object.keys(RAG_LABELS) as Rag[];
