import type { Db, Tx } from "@/lib/db/client";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { readStatementContent } from "@/lib/statement/content";
import { statementCompleteness } from "@/lib/statement/completeness";
import { readTheoryContent } from "@/lib/theory-of-change/content";
import { theoryCompleteness } from "@/lib/theory-of-change/completeness";

type Scope = { partnershipId: string; areaId: string };
type Phase3Records = Pick<AreaSnapshot, "statement" | "actionPlan" | "theoryOfChange" | "theoryRefined">;

/**
 * The phase 3 records of the current focus issue, for the checklist rules: the Statement
 * of Intent (judged on its latest published version when there is one, else on the
 * working copy), the action plan of this cycle, and the focus issue's theory of change.
 * For several areas at once, one query per kind of record; one query after another: the
 * advance action calls this on its transaction's connection.
 */
export async function loadPhase3RecordsForAreas(tx: Tx | Db, partnershipId: string, areas: readonly { areaId: string; cycle: number }[]): Promise<Map<string, Phase3Records>> {
  const ids = areas.map((a) => a.areaId);
  const states = await tx.phaseState.findMany({
    where: { partnershipId, areaId: { in: ids } },
    select: { areaId: true, focusPriorityId: true, currentPhase: true, enteredPhaseAt: true },
  });
  const stateOf = new Map(states.map((s) => [s.areaId, s]));
  // By priority: a focus priority belongs to one area, and a long OR of pairs is slow to build.
  const focusIds = states.flatMap((s) => (s.focusPriorityId ? [s.focusPriorityId] : []));

  const statements = focusIds.length
    ? await tx.statementOfIntent.findMany({
        where: { partnershipId, areaId: { in: ids }, priorityId: { in: focusIds } },
        select: {
          areaId: true,
          priorityId: true,
          state: true,
          content: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } },
          askResponses: { select: { askId: true, status: true } },
        },
      })
    : [];
  const items = await tx.actionPlanItem.findMany({
    where: { partnershipId, areaId: { in: ids } },
    select: { areaId: true, cycle: true, status: true, ownerOrganisationId: true, dueOn: true },
  });
  const theories = focusIds.length
    ? await tx.theoryOfChange.findMany({
        where: { partnershipId, areaId: { in: ids }, priorityId: { in: focusIds } },
        select: { areaId: true, priorityId: true, versions: { orderBy: { number: "desc" }, select: { number: true, content: true, changeNote: true, createdAt: true } } },
      })
    : [];

  const out = new Map<string, Phase3Records>();
  for (const { areaId, cycle } of areas) {
    const state = stateOf.get(areaId);
    const focusPriorityId = state?.focusPriorityId ?? null;

    let statement: Phase3Records["statement"] = null;
    const found = focusPriorityId ? statements.find((s) => s.areaId === areaId && s.priorityId === focusPriorityId) : undefined;
    if (found) {
      const published = found.versions[0];
      const content = readStatementContent(published?.content ?? found.content);
      const askIds = new Set(content.asks.map((a) => a.id));
      statement = {
        agreed: published !== undefined || found.state !== "draft",
        missing: statementCompleteness(content).missing,
        asks: content.asks.length,
        asksAnswered: found.askResponses.filter((r) => askIds.has(r.askId) && r.status !== "asked").length,
      };
    }

    const own = items.filter((i) => i.areaId === areaId && i.cycle === cycle);
    const actionPlan = {
      items: own.length,
      openIncomplete: own.filter((i) => i.status !== "done" && (i.ownerOrganisationId === null || i.dueOn === null)).length,
    };

    let theoryOfChange: Phase3Records["theoryOfChange"] = null;
    let theoryRefined = false;
    const theory = focusPriorityId ? theories.find((t) => t.areaId === areaId && t.priorityId === focusPriorityId) : undefined;
    const latest = theory?.versions[0];
    if (theory && latest) {
      theoryOfChange = { missing: theoryCompleteness(readTheoryContent(latest.content)).missing, versions: latest.number };
      // Phase 5 asks for a refinement: a later version, saved while in phase 5, saying what changed and why.
      theoryRefined =
        state?.currentPhase === 5 && theory.versions.some((v) => v.number > 1 && v.createdAt >= state.enteredPhaseAt && (v.changeNote ?? "").trim() !== "");
    }
    out.set(areaId, { statement, actionPlan, theoryOfChange, theoryRefined });
  }
  return out;
}

export async function loadPhase3Records(tx: Tx | Db, scope: Scope, cycle: number): Promise<Phase3Records> {
  return (await loadPhase3RecordsForAreas(tx, scope.partnershipId, [{ areaId: scope.areaId, cycle }])).get(scope.areaId)!;
}
