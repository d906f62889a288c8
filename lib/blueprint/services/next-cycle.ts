import { z } from "zod";
import { wholeNumber } from "@/lib/forms/inputs";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { LAST_PHASE, NEXT_CYCLE_PHASE } from "@/lib/blueprint/phases";
import { lockPhaseState } from "@/lib/blueprint/services/phase-state";
import type { AreaActionContext } from "@/lib/action/define-action";

export const nextCycleInput = z.object({ fromCycle: wholeNumber("This form is out of date. Reload the page and try again.").pipe(z.number().min(1, "This form is out of date. Reload the page and try again.")) });

/**
 * After Share & Refine: the next ranked focus priority becomes the focus issue and the
 * area returns to Deliver & Act. The previous cycle's marks stay, filed under their cycle.
 */
export async function startNextCycle(ctx: AreaActionContext, input: z.output<typeof nextCycleInput>): Promise<{ cycle: number; focus: string }> {
  return db().$transaction(async (tx) => {
    const scope = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
    const state = await lockPhaseState(tx, scope);
    if (state.cycle !== input.fromCycle) throw new AppError("conflict", `The next cycle has already started (cycle ${state.cycle}). Reload the page.`);
    if (state.currentPhase !== LAST_PHASE) throw new AppError("conflict", "The next cycle starts after phase 5, Share & Refine.");
    const ranked = await tx.priority.findMany({ where: { ...scope, status: "focus", rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true, title: true, rank: true } });
    const currentRank = ranked.find((p) => p.id === state.focusPriorityId)?.rank ?? 0;
    const next = ranked.find((p) => p.rank! > currentRank);
    if (!next) throw new AppError("conflict", "There is no further ranked focus priority. Agree and rank the next priorities first (Plan & Prioritise).");
    const cycle = state.cycle + 1;
    await tx.phaseState.update({ where: { partnershipId_areaId: scope }, data: { cycle, currentPhase: NEXT_CYCLE_PHASE, focusPriorityId: next.id, enteredPhaseAt: new Date() } });
    await audit(tx, ctx, {
      action: "blueprint.cycle.started",
      entityType: "PhaseState",
      entityId: ctx.area.id,
      areaId: ctx.area.id,
      before: { cycle: state.cycle, phase: state.currentPhase, focusPriorityId: state.focusPriorityId },
      after: { cycle, phase: NEXT_CYCLE_PHASE, focusPriorityId: next.id, focus: next.title },
    });
    return { cycle, focus: next.title };
  });
}
