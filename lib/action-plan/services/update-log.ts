import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { lockItem, writeLogEntry } from "@/lib/action-plan/services/shared";
import type { LogUpdateInput } from "@/lib/action-plan/inputs";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * Adds a dated entry to an item's update log. A new status or RAG given with it changes
 * the item in the same transaction; the entry records only what actually changed.
 */
export async function logActionItemUpdate(ctx: AreaActionContext, input: LogUpdateInput): Promise<{ itemId: string; changed: boolean }> {
  return db().$transaction(async (tx) => {
    const before = await lockItem(tx, ctx, input.itemId);
    const status = input.status !== null && input.status !== before.status ? input.status : null;
    const rag = input.rag !== null && input.rag !== before.rag ? input.rag : null;
    const after =
      status || rag
        ? await tx.actionPlanItem.update({
            where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } },
            data: { status: status ?? before.status, rag: rag ?? before.rag },
          })
        : before;
    const entry = await writeLogEntry(tx, ctx, before.id, { text: input.text, status, rag });
    await audit(tx, ctx, {
      action: "action_item.update_logged",
      entityType: "ActionPlanItem",
      entityId: before.id,
      areaId: ctx.area.id,
      before: { status: before.status, rag: before.rag },
      after: { status: after.status, rag: after.rag, update: entry },
    });
    return { itemId: before.id, changed: Boolean(status || rag) };
  });
}
