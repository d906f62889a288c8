import type { Tx } from "@/lib/db/client";
import { validationError, notFoundError } from "@/lib/errors";
import { lockPhaseState } from "@/lib/blueprint/services/phase-state";
import { latestTheoryOutcomes } from "@/lib/action-plan/sources";
import type { ActionItemStatus, Rag } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/action/result";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * Steps every action-plan write shares. Each takes the write's transaction, and names
 * the tenant and the area in its own query: an id from another area or tenant is simply
 * not found, whatever the form claimed.
 */

export const scopeOf = (ctx: AreaActionContext) => ({ partnershipId: ctx.partnershipId, areaId: ctx.area.id });

/**
 * The area's current cycle and focus priority. The phase row is locked for the rest of
 * the transaction, so an item is never filed under a cycle that is ending at that moment,
 * and a phase advance judges the plan either before or after this write, never halfway.
 */
export async function lockPlan(tx: Tx, ctx: AreaActionContext): Promise<{ cycle: number; focusPriorityId: string | null }> {
  const state = await lockPhaseState(tx, scopeOf(ctx));
  return { cycle: state.cycle, focusPriorityId: state.focusPriorityId };
}

/** This area's item, locked until the transaction ends so two edits apply one after the other. */
export async function lockItem(tx: Tx, ctx: AreaActionContext, itemId: string) {
  await tx.$queryRaw`SELECT 1 FROM "ActionPlanItem" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${itemId}::uuid FOR UPDATE`;
  const item = await tx.actionPlanItem.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: itemId } } });
  if (!item || item.areaId !== ctx.area.id) throw notFoundError();
  return item;
}

/**
 * The owner must be an organisation of this partnership, and the outcome one of the
 * area's latest theory of change (or the outcome the item already names, kept as it is).
 */
export async function checkLinks(
  tx: Tx,
  ctx: AreaActionContext,
  focusPriorityId: string | null,
  input: { ownerOrganisationId: string | null; outcomeId: string | null },
  current?: { outcomeId: string | null },
): Promise<void> {
  const errors: FieldErrors = {};
  if (input.ownerOrganisationId) {
    const owner = await tx.organisation.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.ownerOrganisationId } }, select: { id: true } });
    if (!owner) errors.ownerOrganisationId = ["Choose an organisation of this partnership from the list"];
  }
  if (input.outcomeId && input.outcomeId !== current?.outcomeId) {
    const { outcomes } = await latestTheoryOutcomes(tx, scopeOf(ctx), focusPriorityId);
    if (!outcomes.some((o) => o.id === input.outcomeId)) errors.outcomeId = ["Choose an outcome of the area's theory of change from the list"];
  }
  if (Object.keys(errors).length > 0) throw validationError(errors);
}

/** One entry of the item's update log, by the acting user. */
export async function writeLogEntry(tx: Tx, ctx: AreaActionContext, itemId: string, entry: { text: string; status?: ActionItemStatus | null; rag?: Rag | null }) {
  return tx.actionItemUpdate.create({
    data: { partnershipId: ctx.partnershipId, itemId, text: entry.text, status: entry.status ?? null, rag: entry.rag ?? null, authorId: ctx.userId },
  });
}

/** A stored due date: the calendar date at UTC midnight, as Prisma writes a `@db.Date`. */
export function toDueDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}
