import type { TheoryContent } from "@/lib/theory-of-change/content";

/**
 * What a theory of change needs before it can guide delivery: the guide reads it as a chain
 * "if we (work this way) … and do (these activities) … then (these outcomes) … and so (this
 * impact)", so each column needs an entry and every activity and outcome must lead somewhere
 * (a dangling link breaks the chain a reader follows). Pure, so the phase 3 gate and the
 * editor judge it the same way.
 */
export type TheoryCompleteness = { complete: boolean; missing: string[] };

export function theoryCompleteness(content: TheoryContent): TheoryCompleteness {
  const missing: string[] = [];
  if (content.waysOfWorking.length === 0) missing.push("a way of working");
  if (content.activities.length === 0) missing.push("an activity");
  if (content.outcomes.length === 0) missing.push("an outcome");
  if (content.impacts.length === 0) missing.push("a long-term impact");

  const unlinked = (nodes: { leadsTo: string[] }[], next: { id: string }[]) => {
    const ids = new Set(next.map((n) => n.id));
    return nodes.some((n) => !n.leadsTo.some((id) => ids.has(id)));
  };
  if (content.activities.length && content.outcomes.length && unlinked(content.activities, content.outcomes)) {
    missing.push("a link from every activity to an outcome");
  }
  if (content.outcomes.length && content.impacts.length && unlinked(content.outcomes, content.impacts)) {
    missing.push("a link from every outcome to an impact");
  }
  return { complete: missing.length === 0, missing };
}

/**
 * The chains a reader follows through the columns: each way of working, through an activity
 * it leads to, to an outcome and on to an impact. Unlinked entries end the chain early, so a
 * gap shows as a shorter chain rather than vanishing.
 */
export type TheoryChain = { wayOfWorking: string | null; activity: string | null; outcome: string | null; impact: string | null };

export function theoryChains(content: TheoryContent, limit = 200): TheoryChain[] {
  const byId = <T extends { id: string }>(nodes: T[]) => new Map(nodes.map((n) => [n.id, n]));
  const activities = byId(content.activities);
  const outcomes = byId(content.outcomes);
  const impacts = byId(content.impacts);
  const chains: TheoryChain[] = [];
  const follow = <T>(ids: string[], map: Map<string, T>): (T | null)[] => {
    const found = ids.map((id) => map.get(id)).filter((n): n is T => n !== undefined);
    return found.length ? found : [null];
  };
  for (const way of content.waysOfWorking) {
    for (const activity of follow(way.leadsTo, activities)) {
      for (const outcome of activity ? follow(activity.leadsTo, outcomes) : [null]) {
        for (const impact of outcome ? follow(outcome.leadsTo, impacts) : [null]) {
          if (chains.length >= limit) return chains;
          chains.push({ wayOfWorking: way.text, activity: activity?.text ?? null, outcome: outcome?.text ?? null, impact: impact?.text ?? null });
        }
      }
    }
  }
  return chains;
}
