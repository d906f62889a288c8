import { COLUMN_CODES, COLUMNS, type ColumnKey, type TheoryContent } from "@/lib/theory-of-change/content";

/**
 * What changed between two versions of a theory of change, list by list: entries are
 * matched by id, so rewording an entry shows as a change of that entry (not a removal and
 * an addition), and a change of what it leads to is reported with the codes of the other
 * version's numbering ("now leads to O1, O3").
 */
export type ListChange = { kind: "added" | "removed" | "reworded" | "relinked"; code: string; text: string; before?: string; links?: string[] };
export type TheoryDiff = { lists: { key: ColumnKey | "assumptions" | "foundations"; heading: string; changes: ListChange[] }[]; texts: { label: string; before: string; after: string }[] };

type Entry = { id: string; text: string; leadsTo?: string[] };

function codes(list: Entry[], prefix: string): Map<string, string> {
  return new Map(list.map((n, i) => [n.id, `${prefix}${i + 1}`]));
}

function compareList(before: Entry[], after: Entry[], prefix: string, nextAfter: Map<string, string> | null): ListChange[] {
  const old = new Map(before.map((n) => [n.id, n]));
  const now = new Map(after.map((n) => [n.id, n]));
  const oldCodes = codes(before, prefix);
  const newCodes = codes(after, prefix);
  const changes: ListChange[] = [];
  for (const n of before) if (!now.has(n.id)) changes.push({ kind: "removed", code: oldCodes.get(n.id)!, text: n.text });
  for (const n of after) {
    const was = old.get(n.id);
    const code = newCodes.get(n.id)!;
    if (!was) {
      changes.push({ kind: "added", code, text: n.text });
      continue;
    }
    if (was.text !== n.text) changes.push({ kind: "reworded", code, text: n.text, before: was.text });
    const a = [...(was.leadsTo ?? [])].sort().join();
    const b = [...(n.leadsTo ?? [])].sort().join();
    if (nextAfter && a !== b) changes.push({ kind: "relinked", code, text: n.text, links: (n.leadsTo ?? []).map((id) => nextAfter.get(id) ?? "?") });
  }
  return changes;
}

export function theoryDiff(before: TheoryContent, after: TheoryContent): TheoryDiff {
  const lists: TheoryDiff["lists"] = COLUMNS.map((column, i) => {
    const next = COLUMNS[i + 1];
    const nextCodes = next ? codes(after[next.key], COLUMN_CODES[next.key]) : null;
    return { key: column.key, heading: column.heading, changes: compareList(before[column.key], after[column.key], COLUMN_CODES[column.key], nextCodes) };
  });
  lists.push({ key: "assumptions", heading: "Assumptions", changes: compareList(before.assumptions, after.assumptions, "", null) });
  lists.push({ key: "foundations", heading: "Theoretic foundations", changes: compareList(before.foundations, after.foundations, "", null) });
  const texts = (
    [
      ["Focus", before.focus, after.focus],
      ["Vision", before.vision, after.vision],
      ["Mission", before.mission, after.mission],
    ] as const
  )
    .filter(([, a, b]) => a !== b)
    .map(([label, a, b]) => ({ label, before: a, after: b }));
  return { lists: lists.filter((l) => l.changes.length > 0), texts };
}
