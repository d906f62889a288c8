import { z } from "zod";
import { ActionItemStatus, Rag } from "@/lib/generated/prisma/enums";
import { blankToNull, calendarDate } from "@/lib/forms/inputs";

export { calendarDate };

/**
 * What the action plan's forms may send. Every field arrives as text (FormData); an
 * empty select or date means "none". Services trust only what these schemas output.
 */
const uuid = z.string().uuid();

const status = z.enum(ActionItemStatus, { message: "Choose a status from the list" });
const rag = z.enum(Rag, { message: "Choose red, amber or green" });

export const TITLE_MAX = 300;

export const actionItemInput = z.object({
  title: z.string().trim().min(1, "Give the action item a title").max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters`),
  description: z.preprocess(blankToNull, z.string().trim().max(4000, "Keep the description under 4,000 characters").nullable()),
  ownerOrganisationId: z.preprocess(blankToNull, z.string().uuid("Choose an organisation from the list").nullable()),
  dueOn: z.preprocess(blankToNull, calendarDate.nullable()),
  status: z.preprocess((v) => blankToNull(v) ?? "not_started", status),
  rag: z.preprocess((v) => blankToNull(v) ?? "green", rag),
  outcomeId: z.preprocess(blankToNull, z.string().uuid("Choose an outcome from the list").nullable()),
});
export type ActionItemInput = z.output<typeof actionItemInput>;

export const updateActionItemInput = actionItemInput.extend({ itemId: uuid });
export type UpdateActionItemInput = z.output<typeof updateActionItemInput>;

export const actionItemRef = z.object({ itemId: uuid });

/** An entry of the update log; a status or RAG given here changes the item too. Blank means "keep as it is". */
export const logUpdateInput = z.object({
  itemId: uuid,
  text: z.string().trim().min(1, "Write the update").max(4000, "Keep the update under 4,000 characters"),
  status: z.preprocess(blankToNull, status.nullable()),
  rag: z.preprocess(blankToNull, rag.nullable()),
});
export type LogUpdateInput = z.output<typeof logUpdateInput>;

/** A committed action of a Statement of Intent: the statement and the action's id inside its content. */
export const statementActionRef = z.object({ statementId: uuid, actionId: uuid });
export type StatementActionRef = z.output<typeof statementActionRef>;

export const meetingDecisionRef = z.object({ decisionId: uuid });
export type MeetingDecisionRef = z.output<typeof meetingDecisionRef>;
