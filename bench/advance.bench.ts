import { performance } from "node:perf_hooks";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import { evaluateGate } from "@/lib/blueprint/gate";
import { templateFor } from "@/lib/blueprint/template";
import { ukToday } from "@/lib/blueprint/today";
import { advancePhase } from "@/lib/blueprint/services/advance-phase";
import { loadSnapshot } from "@/lib/blueprint/services/snapshot";
import { perSecond, type Row } from "./report";
import { summarise } from "./stats";

type Outcome = { areaId: string; ms: number } & ({ kind: "moved"; phase: number } | { kind: "conflict" } | { kind: "error"; message: string });

const ALREADY_MOVED = "This area has already moved";

/** One advance as the action would run it; a conflict is only "the other tab won" when it says so. */
async function attempt(ctx: AreaActionContext): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const { phase } = await advancePhase(ctx, { fromPhase: 2 });
    return { areaId: ctx.area.id, ms: performance.now() - t0, kind: "moved", phase };
  } catch (error) {
    const ms = performance.now() - t0;
    if (isAppError(error) && error.code === "conflict" && error.message.startsWith(ALREADY_MOVED)) return { areaId: ctx.area.id, ms, kind: "conflict" };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { areaId: ctx.area.id, ms, kind: "error", message: message.replace(/\s+/g, " ").slice(0, 200) };
  }
}

/** How many of the areas would pass the phase 2 gate now, read the way advancePhase reads it. */
async function openGates(contexts: readonly AreaActionContext[], today: string): Promise<number> {
  let open = 0;
  for (const ctx of contexts) {
    const scope = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
    const state = await db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } });
    const snapshot = await loadSnapshot(db(), scope, state.cycle, today);
    if (state.currentPhase === 2 && evaluateGate(templateFor(state.templateVersion), 2, snapshot).open) open += 1;
  }
  return open;
}

export type AdvanceResult = { rows: Row[]; lines: string[]; exactlyOnce: boolean };

/**
 * d. Two advances of the same area fired together (two tabs, a double click, a replay),
 * for every area at once: all calls start before any finishes, on the app's pool of 10.
 * Exactly one per area may move it; the other must find it moved.
 */
export async function benchAdvance(contexts: readonly AreaActionContext[], warmup: AreaActionContext | undefined): Promise<AdvanceResult> {
  const today = ukToday();
  const lines: string[] = [];
  const open = await openGates(contexts, today);
  lines.push(`gate open before the burst: ${open} of ${contexts.length} areas`);

  if (warmup) {
    const w = await Promise.all([attempt(warmup), attempt(warmup)]);
    lines.push(`warm-up (untimed, 1 separate area): ${w.map((o) => o.kind).join(" + ")}`);
  }

  // The fixture's own phase 1→2 moves are weeks old; anything this hour is the burst's.
  const since = new Date(Date.now() - 3_600_000);
  const burstStart = performance.now();
  const outcomes = await Promise.all(contexts.flatMap((ctx) => [attempt(ctx), attempt(ctx)]));
  const burstMs = performance.now() - burstStart;

  const moved = outcomes.filter((o) => o.kind === "moved");
  const conflicts = outcomes.filter((o) => o.kind === "conflict");
  const errors = outcomes.filter((o): o is Outcome & { kind: "error"; message: string } => o.kind === "error");

  const ids = contexts.map((c) => c.area.id);
  const partnershipId = contexts[0]?.partnershipId ?? "";
  const events = await db().auditEvent.findMany({
    where: { partnershipId, areaId: { in: ids }, action: "blueprint.phase.advanced", createdAt: { gte: since } },
    select: { areaId: true },
  });
  const perArea = new Map<string, number>();
  for (const e of events) if (e.areaId) perArea.set(e.areaId, (perArea.get(e.areaId) ?? 0) + 1);
  const duplicates = [...perArea.values()].reduce((sum, n) => sum + n - 1, 0);
  const inPhase3 = await db().phaseState.count({ where: { partnershipId, areaId: { in: ids }, currentPhase: 3 } });
  const movedTwice = new Set<string>();
  const seen = new Set<string>();
  for (const o of moved) (seen.has(o.areaId) ? movedTwice : seen).add(o.areaId);

  lines.push(`burst: ${outcomes.length} calls on ${contexts.length} areas in ${burstMs.toFixed(0)} ms; successes ${moved.length}, conflicts ${conflicts.length}, other errors ${errors.length}`);
  lines.push(`moves: ${perArea.size} of ${contexts.length} areas, duplicates: ${duplicates} (audit log); in phase 3 now: ${inPhase3}; areas moved by both calls: ${movedTwice.size}`);
  const messages = new Map<string, number>();
  for (const e of errors) messages.set(e.message, (messages.get(e.message) ?? 0) + 1);
  for (const [message, n] of messages) lines.push(`error x${n}: ${message}`);

  const rows: Row[] = [
    { name: `d. advancePhase, 2 per area x ${contexts.length} areas at once`, unit: "ms", summary: summarise(outcomes.map((o) => o.ms)), throughput: perSecond(outcomes.length, burstMs, "calls") },
    { name: "   the call that moved the area", unit: "ms", summary: summarise(moved.map((o) => o.ms)) },
    { name: "   the call that found it moved", unit: "ms", summary: summarise(conflicts.map((o) => o.ms)) },
  ];
  if (errors.length) rows.push({ name: "   other errors", unit: "ms", summary: summarise(errors.map((o) => o.ms)) });
  const exactlyOnce = perArea.size === contexts.length && duplicates === 0 && inPhase3 === contexts.length && moved.length === contexts.length && movedTwice.size === 0;
  return { rows, lines, exactlyOnce };
}
