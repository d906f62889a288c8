import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import { change } from "@/lib/blueprint/services/area-records";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

export const candidatePriorityInput = z.object({
  title: z.string().trim().min(3, "Name the priority").max(300),
  description: z.string().trim().max(4000).optional().transform((v) => v || null),
  sharedAtMeetingId: z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null),
});

export async function addCandidatePriority(ctx: AreaActionContext, input: z.output<typeof candidatePriorityInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.priority.added", "Priority", async (tx) => {
    if (input.sharedAtMeetingId) {
      const meeting = await tx.meeting.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.sharedAtMeetingId } }, select: { areaId: true } });
      if (!meeting || meeting.areaId !== ctx.area.id) throw validationError({ sharedAtMeetingId: ["Choose a meeting of this area"] });
    }
    const after = await tx.priority.create({ data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...input } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

export const rankPrioritiesInput = z.object({
  // In order of urgency: the first becomes the focus issue.
  priorityIds: z
    .union([z.string().uuid(), z.array(z.string().uuid())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .refine((ids) => ids.length <= 3, "Rank at most three focus priorities")
    .refine((ids) => new Set(ids).size === ids.length, "Each priority can be ranked once"),
});

/**
 * Sets the ranked focus priorities (up to three, the gate wants exactly three).
 * Once the area is in phase 3 or later the focus issue is fixed for the cycle:
 * the ranking can no longer change who the focus issue is.
 */
export async function rankFocusPriorities(ctx: AreaActionContext, input: z.output<typeof rankPrioritiesInput>): Promise<void> {
  await change(ctx, "blueprint.priorities.ranked", "Priority", async (tx) => {
    const area = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
    await tx.$queryRaw`SELECT 1 FROM "PhaseState" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "areaId" = ${ctx.area.id}::uuid FOR UPDATE`;
    const state = await tx.phaseState.findUnique({ where: { partnershipId_areaId: area } });
    const found = await tx.priority.findMany({ where: { ...area, id: { in: input.priorityIds } }, select: { id: true } });
    if (found.length !== input.priorityIds.length) throw notFoundError();
    const before = await tx.priority.findMany({ where: { ...area, rank: { not: null } }, select: { id: true, rank: true }, orderBy: { rank: "asc" } });
    // From phase 3 the focus issue is fixed for the cycle: it must keep its place in the ranking.
    const focusRank = before.find((p) => p.id === state?.focusPriorityId)?.rank;
    if (state && state.currentPhase >= 3 && focusRank && input.priorityIds[focusRank - 1] !== state.focusPriorityId) {
      throw new AppError("conflict", "The focus issue is fixed once the area is delivering (phase 3 or later): keep it in its place. Start the next cycle to move to the next priority.");
    }
    // Clear first: ranks are unique per area, so swapping two would otherwise collide mid-update.
    await tx.priority.updateMany({ where: area, data: { rank: null, status: "candidate" } });
    for (const [index, id] of input.priorityIds.entries()) {
      await tx.priority.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id } }, data: { rank: index + 1, status: "focus" } });
    }
    if (!state || state.currentPhase < 3) {
      await tx.phaseState.upsert({
        where: { partnershipId_areaId: area },
        create: { ...area, focusPriorityId: input.priorityIds[0] ?? null },
        update: { focusPriorityId: input.priorityIds[0] ?? null },
      });
    }
    return { id: ctx.area.id, before, after: input.priorityIds.map((id, i) => ({ id, rank: i + 1 })), result: undefined };
  });
}

export async function removeCandidatePriority(ctx: AreaActionContext, input: { id: string }): Promise<void> {
  await change(ctx, "blueprint.priority.removed", "Priority", async (tx) => {
    const before = await tx.priority.findFirst({ where: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, id: input.id } });
    if (!before) throw notFoundError();
    if (before.rank !== null) throw new AppError("conflict", "Take this priority out of the ranked focus priorities before removing it.");
    await tx.priority.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.id } } });
    return { id: input.id, before, result: undefined };
  });
}

export async function listPriorities(ctx: TenantContext, areaId: string) {
  return db().priority.findMany({
    where: { partnershipId: ctx.partnershipId, areaId },
    include: { sharedAt: { select: { title: true, date: true } } },
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
}
