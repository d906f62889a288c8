import { z } from "zod";
import { wholeNumber } from "@/lib/forms/inputs";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { evaluateGate } from "@/lib/blueprint/gate";
import { LAST_PHASE, phaseName } from "@/lib/blueprint/phases";
import { templateFor } from "@/lib/blueprint/template";
import { ukToday } from "@/lib/blueprint/today";
import { loadSnapshot } from "@/lib/blueprint/services/snapshot";
import { lockPhaseState } from "@/lib/blueprint/services/phase-state";
import type { AreaActionContext } from "@/lib/action/define-action";

/** The phase the user saw: a second tab, or a replayed request, finds the area has moved on. */
export const advancePhaseInput = z.object({ fromPhase: wholeNumber("This form is out of date. Reload the page and try again.").pipe(z.number().min(1, "This form is out of date. Reload the page and try again.").max(LAST_PHASE, "This form is out of date. Reload the page and try again.")) });

/**
 * Moves the area to its next phase. The gate is evaluated here, inside the transaction
 * that records the move and with the area's phase row locked, from the records as they
 * are now: what the browser showed is only a hint.
 */
export async function advancePhase(ctx: AreaActionContext, input: z.output<typeof advancePhaseInput>, today = ukToday()): Promise<{ phase: number }> {
  return db().$transaction(async (tx) => {
    const scope = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
    const state = await lockPhaseState(tx, scope);
    if (state.currentPhase !== input.fromPhase) {
      throw new AppError("conflict", `This area has already moved to phase ${state.currentPhase}, ${phaseName(state.currentPhase)}. Reload the page to see where it stands.`);
    }
    if (state.currentPhase >= LAST_PHASE) {
      throw new AppError("conflict", "This is the last phase: start the next cycle to move on to the next focus priority.");
    }
    const gate = evaluateGate(templateFor(state.templateVersion), state.currentPhase, await loadSnapshot(tx, scope, state.cycle, today));
    if (!gate.open) {
      throw new AppError("conflict", `Phase ${state.currentPhase} is not finished. Still to do: ${gate.blocking.map((item) => `${item.title} (${item.detail})`).join("; ")}.`);
    }
    const phase = state.currentPhase + 1;
    await tx.phaseState.update({ where: { partnershipId_areaId: scope }, data: { currentPhase: phase, enteredPhaseAt: new Date() } });
    await audit(tx, ctx, {
      action: "blueprint.phase.advanced",
      entityType: "PhaseState",
      entityId: ctx.area.id,
      areaId: ctx.area.id,
      before: { phase: state.currentPhase, cycle: state.cycle },
      after: { phase, cycle: state.cycle },
    });
    return { phase };
  });
}
