import type { Tx } from "@/lib/db/client";
import { readStatementContent, type StatementEntry } from "@/lib/statement/content";
import { readTheoryContent, type TheoryOutcome } from "@/lib/theory-of-change/content";

/**
 * What the action plan reads from the Statement of Intent and the theory of change:
 * their tables directly, tenant-scoped, never through those modules' services. A stored
 * document that no longer parses is treated as empty rather than breaking the plan.
 */
type Scope = { partnershipId: string; areaId: string };

export function committedActions(content: unknown): StatementEntry[] {
  try {
    return readStatementContent(content).actions;
  } catch {
    return [];
  }
}

export type TheoryOutcomes = { theoryExists: boolean; outcomes: TheoryOutcome[] };

/** The outcomes of the latest version of the area's theory of change for its focus priority. */
export async function latestTheoryOutcomes(client: Tx, scope: Scope, focusPriorityId: string | null): Promise<TheoryOutcomes> {
  if (!focusPriorityId) return { theoryExists: false, outcomes: [] };
  const theory = await client.theoryOfChange.findUnique({
    where: { partnershipId_areaId_priorityId: { ...scope, priorityId: focusPriorityId } },
    select: { scope: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
  });
  const latest = theory?.scope === "area" ? theory.versions[0] : undefined;
  if (!latest) return { theoryExists: false, outcomes: [] };
  try {
    return { theoryExists: true, outcomes: readTheoryContent(latest.content).outcomes };
  } catch {
    return { theoryExists: true, outcomes: [] };
  }
}

/** The area's Statement of Intent for its focus priority (the working copy), if written. */
export async function focusStatement(client: Tx, scope: Scope, focusPriorityId: string | null) {
  if (!focusPriorityId) return null;
  return client.statementOfIntent.findUnique({
    where: { partnershipId_areaId_priorityId: { ...scope, priorityId: focusPriorityId } },
    select: { id: true, areaId: true, content: true, state: true },
  });
}
