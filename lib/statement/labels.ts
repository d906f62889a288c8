import type { AskResponseStatus, StatementState } from "@/lib/generated/prisma/enums";

export const STATE_LABELS: Record<StatementState, string> = {
  draft: "Draft",
  agreed: "Agreed",
  published: "Published",
};

export const ASK_STATUS_LABELS: Record<AskResponseStatus, string> = {
  asked: "Asked",
  in_discussion: "In discussion",
  agreed: "Agreed",
  declined: "Declined",
};

export const ASK_STATUSES = Object.keys(ASK_STATUS_LABELS) as AskResponseStatus[];
