import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { checkLinks, lockItem, lockPlan, scopeOf, toDueDate, writeLogEntry } from "@/lib/action-plan/services/shared";
import type { ActionItemInput, UpdateActionItemInput } from "@/lib/action-plan/inputs";
import type { AreaActionContext } from "@/lib/action/define-action";

const ENTITY = "ActionPlanItem";

function fields(input: ActionItemInput) {
  return {
    title: input.title,
    description: input.description,
    ownerOrganisationId: input.ownerOrganisationId,
    dueOn: toDueDate(input.dueOn),
    status: input.status,
    rag: input.rag,
    outcomeId: input.outcomeId,
  };
}

/**
 * Adds an item by hand to the area's plan for the current cycle. Its update log starts
 * with the item's status and RAG, so later changes can be shown as "from → to".
 */
export async function createActionItem(ctx: AreaActionContext, input: ActionItemInput): Promise<{ id: string; title: string }> {
  return db().$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx);
    await checkLinks(tx, ctx, plan.focusPriorityId, input);
    const item = await tx.actionPlanItem.create({ data: { ...scopeOf(ctx), cycle: plan.cycle, source: "other", ...fields(input) } });
    await writeLogEntry(tx, ctx, item.id, { text: "Added to the action plan.", status: item.status, rag: item.rag });
    await audit(tx, ctx, { action: "action_item.created", entityType: ENTITY, entityId: item.id, areaId: ctx.area.id, after: item });
    return { id: item.id, title: item.title };
  });
}

/** Saves the item's fields; a change of status or RAG made here is written to the update log too. */
export async function updateActionItem(ctx: AreaActionContext, input: UpdateActionItemInput): Promise<{ id: string; title: string }> {
  const { itemId, ...rest } = input;
  return db().$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx);
    const before = await lockItem(tx, ctx, itemId);
    await checkLinks(tx, ctx, plan.focusPriorityId, rest, before);
    const after = await tx.actionPlanItem.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: itemId } }, data: fields(rest) });
    const status = after.status !== before.status ? after.status : null;
    const rag = after.rag !== before.rag ? after.rag : null;
    if (status || rag) await writeLogEntry(tx, ctx, itemId, { text: "Changed when the item was edited.", status, rag });
    await audit(tx, ctx, { action: "action_item.updated", entityType: ENTITY, entityId: itemId, areaId: ctx.area.id, before, after });
    return { id: after.id, title: after.title };
  });
}

/** Deletes the item and its update log; the audit event keeps what it was. */
export async function deleteActionItem(ctx: AreaActionContext, input: { itemId: string }): Promise<{ title: string }> {
  return db().$transaction(async (tx) => {
    await lockPlan(tx, ctx);
    const before = await lockItem(tx, ctx, input.itemId);
    const updates = await tx.actionItemUpdate.count({ where: { partnershipId: ctx.partnershipId, itemId: input.itemId } });
    await tx.actionPlanItem.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.itemId } } });
    await audit(tx, ctx, { action: "action_item.deleted", entityType: ENTITY, entityId: input.itemId, areaId: ctx.area.id, before: { ...before, updates } });
    return { title: before.title };
  });
}
