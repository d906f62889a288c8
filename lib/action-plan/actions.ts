"use server";

import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import { actionItemInput, actionItemRef, logUpdateInput, meetingDecisionRef, statementActionRef, updateActionItemInput } from "@/lib/action-plan/inputs";
import { createActionItem, deleteActionItem, updateActionItem } from "@/lib/action-plan/services/items";
import { logActionItemUpdate } from "@/lib/action-plan/services/update-log";
import { addCapabilityRatingToPlan, addDecisionToPlan, addStatementActionToPlan, type AddedToPlan } from "@/lib/action-plan/services/from-sources";
import { ratingRef } from "@/lib/review/inputs";
import { shorten } from "@/lib/action-plan/rules";

/** The plan shows on the area's pages, its checklist and the partnership overview. */
const revalidate = (ctx: AreaActionContext) => [`/p/${ctx.partnershipSlug}`];
const write = { scope: "area", capability: "area.write", revalidate } as const;

const quoted = (title: string) => `"${shorten(title, 80)}"`;
const added = (r: AddedToPlan) => (r.created ? `${quoted(r.title)} added to the action plan.` : `${quoted(r.title)} is already in the action plan.`);

export const createActionItemAction = defineAction({ ...write, name: "action_plan.item.create", input: actionItemInput, run: createActionItem, success: (r) => `${quoted(r.title)} added to the action plan.` });
export const updateActionItemAction = defineAction({ ...write, name: "action_plan.item.update", input: updateActionItemInput, run: updateActionItem, success: "Action item saved." });
export const deleteActionItemAction = defineAction({
  ...write,
  name: "action_plan.item.delete",
  input: actionItemRef,
  run: deleteActionItem,
  success: (r) => `${quoted(r.title)} deleted.`,
  // The item's own page is gone: back to the plan, which says what happened.
  redirectTo: (ctx: AreaActionContext) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/action-plan?deleted=1`,
});
export const logActionItemUpdateAction = defineAction({
  ...write,
  name: "action_plan.item.log_update",
  input: logUpdateInput,
  run: logActionItemUpdate,
  success: (r) => (r.changed ? "Update added, and the item's status or RAG changed." : "Update added."),
});
export const addStatementActionToPlanAction = defineAction({ ...write, name: "action_plan.from_statement", input: statementActionRef, run: addStatementActionToPlan, success: added });
export const addDecisionToPlanAction = defineAction({ ...write, name: "action_plan.from_decision", input: meetingDecisionRef, run: addDecisionToPlan, success: added });
export const addCapabilityRatingToPlanAction = defineAction({ ...write, name: "action_plan.from_capability_rating", input: ratingRef, run: addCapabilityRatingToPlan, success: added });
