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
 * Run one query after another: the advance action calls this on its transaction's connection.
 */
export async function loadPhase3Records(tx: Tx | Db, scope: Scope, cycle: number): Promise<Phase3Records> {
  const state = await tx.phaseState.findUnique({
    where: { partnershipId_areaId: scope },
    select: { focusPriorityId: true, currentPhase: true, enteredPhaseAt: true },
  });
  const focusPriorityId = state?.focusPriorityId ?? null;

  let statement: Phase3Records["statement"] = null;
  if (focusPriorityId) {
    const found = await tx.statementOfIntent.findUnique({
      where: { partnershipId_areaId_priorityId: { ...scope, priorityId: focusPriorityId } },
      select: {
        state: true,
        content: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } },
        askResponses: { select: { askId: true, status: true } },
      },
    });
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
  }

  const items = await tx.actionPlanItem.findMany({
    where: { ...scope, cycle },
    select: { status: true, ownerOrganisationId: true, dueOn: true },
  });
  const actionPlan = {
    items: items.length,
    openIncomplete: items.filter((i) => i.status !== "done" && (i.ownerOrganisationId === null || i.dueOn === null)).length,
  };

  let theoryOfChange: Phase3Records["theoryOfChange"] = null;
  let theoryRefined = false;
  if (focusPriorityId) {
    const theory = await tx.theoryOfChange.findUnique({
      where: { partnershipId_areaId_priorityId: { ...scope, priorityId: focusPriorityId } },
      select: { versions: { orderBy: { number: "desc" }, select: { number: true, content: true, changeNote: true, createdAt: true } } },
    });
    const latest = theory?.versions[0];
    if (latest) {
      theoryOfChange = { missing: theoryCompleteness(readTheoryContent(latest.content)).missing, versions: latest.number };
      // Phase 5 asks for a refinement: a later version, saved while in phase 5, saying what changed and why.
      theoryRefined =
        state?.currentPhase === 5 && theory.versions.some((v) => v.number > 1 && v.createdAt >= state.enteredPhaseAt && (v.changeNote ?? "").trim() !== "");
    }
  }

  return { statement, actionPlan, theoryOfChange, theoryRefined };
}
