import { db } from "@/lib/db/client";
import { evaluateGate, evaluatePhase, regressions, type EvaluatedItem, type Gate } from "@/lib/blueprint/gate";
import { PHASES } from "@/lib/blueprint/phases";
import { CURRENT_TEMPLATE_VERSION, templateFor } from "@/lib/blueprint/template";
import { ukToday } from "@/lib/blueprint/today";
import { loadSnapshots } from "@/lib/blueprint/services/snapshot";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import type { TenantContext } from "@/lib/tenancy/context";

export type PhaseView = { number: number; name: string; slug: string; items: EvaluatedItem[]; gate: Gate };

export type BlueprintView = {
  currentPhase: number;
  cycle: number;
  templateVersion: number;
  enteredPhaseAt: Date;
  daysInPhase: number;
  focusPriority: { id: string; title: string } | null;
  phases: PhaseView[];
  regressions: EvaluatedItem[];
};

type StateRow = { currentPhase: number; cycle: number; templateVersion: number; enteredPhaseAt: Date; focusPriorityId: string | null };

function newAreaState(): StateRow {
  return { currentPhase: 1, cycle: 1, templateVersion: CURRENT_TEMPLATE_VERSION, enteredPhaseAt: new Date(), focusPriorityId: null };
}

/** The view from an area's phase state and snapshot: pure. */
function viewOf(current: StateRow, snapshot: AreaSnapshot, focus: { id: string; title: string } | null): BlueprintView {
  const template = templateFor(current.templateVersion);
  return {
    currentPhase: current.currentPhase,
    cycle: current.cycle,
    templateVersion: current.templateVersion,
    enteredPhaseAt: current.enteredPhaseAt,
    daysInPhase: Math.max(0, Math.floor((Date.now() - current.enteredPhaseAt.getTime()) / 86_400_000)),
    focusPriority: focus,
    phases: PHASES.map((p) => ({ ...p, items: evaluatePhase(template, p.number, snapshot), gate: evaluateGate(template, p.number, snapshot) })),
    regressions: regressions(template, current.currentPhase, snapshot),
  };
}

/** Where an area stands: every phase's checklist evaluated from its records now. */
export async function getBlueprintView(ctx: TenantContext, areaId: string, today = ukToday()): Promise<BlueprintView> {
  const scope = { partnershipId: ctx.partnershipId, areaId };
  const state = await db().phaseState.findUnique({ where: { partnershipId_areaId: scope } });
  const current = state ?? newAreaState();
  const [snapshot, focus] = await Promise.all([
    loadSnapshots(db(), ctx.partnershipId, [{ areaId, cycle: current.cycle }], today, { concurrent: true }).then((m) => m.get(areaId)!),
    current.focusPriorityId
      ? db().priority.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: current.focusPriorityId } }, select: { id: true, title: true } })
      : null,
  ]);
  return viewOf(current, snapshot, focus);
}

/** Milestones of the phase 3 work that belong on the area's history beside the blueprint's own events. */
const MILESTONES = ["statement.agreed", "statement.published", "theory_of_change.saved"];

/** The area's blueprint history: moves, ticks, waivers, cycles and milestones, newest first, from the audit log. */
export async function blueprintTimeline(ctx: TenantContext, areaId: string, take = 200) {
  return db().auditEvent.findMany({
    where: { partnershipId: ctx.partnershipId, areaId, OR: [{ action: { startsWith: "blueprint.phase." } }, { action: { startsWith: "blueprint.item." } }, { action: { startsWith: "blueprint.cycle." } }, { action: { in: MILESTONES } }] },
    orderBy: { id: "desc" },
    take,
    select: { id: true, action: true, actorEmail: true, actorUserId: true, createdAt: true, entityId: true, before: true, after: true },
  });
}

export type AreaProgress = { id: string; slug: string; name: string; coordinator: string | null; view: BlueprintView };

/** Every readable area with where it stands, for the partnership overview and the board dashboard: all areas' records in one pass. */
export async function listAreaProgress(ctx: TenantContext, areas: { id: string; slug: string; name: string; coordinator: { name: string } | null }[]): Promise<AreaProgress[]> {
  if (areas.length === 0) return [];
  const today = ukToday();
  const ids = areas.map((a) => a.id);
  const states = await db().phaseState.findMany({ where: { partnershipId: ctx.partnershipId, areaId: { in: ids } } });
  const stateOf = new Map(states.map((s) => [s.areaId, s as StateRow]));
  const current = new Map(ids.map((id) => [id, stateOf.get(id) ?? newAreaState()]));
  const focusIds = [...new Set(states.flatMap((s) => (s.focusPriorityId ? [s.focusPriorityId] : [])))];
  const [snapshots, focuses] = await Promise.all([
    loadSnapshots(db(), ctx.partnershipId, ids.map((areaId) => ({ areaId, cycle: current.get(areaId)!.cycle })), today, { concurrent: true }),
    focusIds.length ? db().priority.findMany({ where: { partnershipId: ctx.partnershipId, id: { in: focusIds } }, select: { id: true, title: true } }) : [],
  ]);
  return areas.map((a) => {
    const state = current.get(a.id)!;
    const focus = focuses.find((f) => f.id === state.focusPriorityId) ?? null;
    return { id: a.id, slug: a.slug, name: a.name, coordinator: a.coordinator?.name ?? null, view: viewOf(state, snapshots.get(a.id)!, focus) };
  });
}
