import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { emptyStatement, type StatementContent } from "@/lib/statement/content";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AreaActionContext } from "@/lib/action/define-action";

export const startStatementInput = z.object({});

/**
 * Opens the Statement of Intent of the area's current focus priority (PhaseState), creating
 * it on first use from `emptyStatement`, or from `content` when given (for imports and the
 * demo seed). Idempotent: a second start, even at the same moment, returns the same statement.
 */
export async function startStatement(ctx: AreaActionContext, options: { content?: StatementContent } = {}): Promise<{ id: string; created: boolean }> {
  const scope = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
  const state = await db().phaseState.findUnique({ where: { partnershipId_areaId: scope }, select: { focusPriorityId: true, cycle: true } });
  if (!state?.focusPriorityId) {
    throw new AppError("conflict", "This area has no focus priority yet: rank the focus priorities on Plan & Prioritise first.");
  }
  const priorityId = state.focusPriorityId;
  const existing = await db().statementOfIntent.findUnique({ where: { partnershipId_areaId_priorityId: { ...scope, priorityId } }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const priority = await db().priority.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: priorityId } }, select: { title: true } });
  const content = options.content ?? emptyStatement(priority.title, ctx.area.name);
  try {
    return await db().$transaction(async (tx) => {
      const created = await tx.statementOfIntent.create({
        data: { ...scope, priorityId, cycle: state.cycle, content: content as unknown as Prisma.InputJsonValue },
        select: { id: true, state: true, revision: true, cycle: true },
      });
      await audit(tx, ctx, { action: "statement.created", entityType: "StatementOfIntent", entityId: created.id, areaId: ctx.area.id, after: { ...created, priority: priority.title } });
      return { id: created.id, created: true };
    });
  } catch (error) {
    // Two first opens at once: the unique key lets one create it, and the other finds it.
    const again = await db().statementOfIntent.findUnique({ where: { partnershipId_areaId_priorityId: { ...scope, priorityId } }, select: { id: true } });
    if (again) return { id: again.id, created: false };
    throw error;
  }
}
