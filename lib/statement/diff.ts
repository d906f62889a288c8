import type { StatementContent } from "@/lib/statement/content";
import { SECTION_LABELS, SECTION_ORDER, type StatementSectionKey } from "@/lib/statement/sections";

/**
 * Section-by-section comparison of two statements (two published versions, or a
 * version and the working copy). List entries are matched by their stable id, so an
 * entry that was reworded shows as changed rather than as one removed and one added,
 * and one that only moved is marked as moved.
 */
export type DiffEntry = { id: string; fields: Record<string, string> };

export type DiffStatus = "unchanged" | "changed" | "added" | "removed";

export type DiffRow = {
  status: DiffStatus;
  /** Present in both, same words, different place in the list. */
  moved: boolean;
  before: DiffEntry | null;
  after: DiffEntry | null;
  /** The fields whose text differs (for "changed"). */
  changedFields: string[];
};

export type SectionDiff = { key: StatementSectionKey; label: string; kind: "text" | "list"; changed: boolean; rows: DiffRow[] };

type Extract = { kind: "text" | "list"; entries: (content: StatementContent) => DiffEntry[] };

const text = (key: "title" | "introduction" | "priority" | "mandate" | "academicPartners"): Extract => ({
  kind: "text",
  entries: (c) => (c[key].trim() ? [{ id: key, fields: { text: c[key] } }] : []),
});
const list = (key: "whyItMatters" | "actions" | "outcomes" | "asks" | "academicQuestions"): Extract => ({
  kind: "list",
  entries: (c) => c[key].map((e) => ({ id: e.id, fields: { text: e.text } })),
});

const EXTRACTS: Record<StatementSectionKey, Extract> = {
  title: text("title"),
  introduction: text("introduction"),
  priority: text("priority"),
  whyItMatters: list("whyItMatters"),
  voices: { kind: "list", entries: (c) => c.voices.map((v) => ({ id: v.id, fields: { quote: v.quote, role: v.role } })) },
  mandate: text("mandate"),
  figures: {
    kind: "list",
    entries: (c) => c.figures.map((f) => ({ id: f.id, fields: { figure: f.figure, source: f.source, period: f.period, indicatorCode: f.indicatorCode } })),
  },
  actions: list("actions"),
  outcomes: list("outcomes"),
  asks: list("asks"),
  academicPartners: text("academicPartners"),
  academicQuestions: list("academicQuestions"),
  partners: { kind: "list", entries: (c) => c.partners.map((p) => ({ id: p.organisationId, fields: { name: p.name } })) },
};

function changedFields(a: DiffEntry, b: DiffEntry): string[] {
  const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
  return [...keys].filter((k) => (a.fields[k] ?? "") !== (b.fields[k] ?? ""));
}

/** Ids common to both lists that keep their relative order (a longest common subsequence); the rest moved. */
function inOrder(before: string[], after: string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

export function diffSection(key: StatementSectionKey, before: StatementContent, after: StatementContent): SectionDiff {
  const extract = EXTRACTS[key];
  const a = extract.entries(before);
  const b = extract.entries(after);
  const byIdA = new Map(a.map((e) => [e.id, e]));
  const byIdB = new Map(b.map((e) => [e.id, e]));
  const common = inOrder(
    a.map((e) => e.id).filter((id) => byIdB.has(id)),
    b.map((e) => e.id).filter((id) => byIdA.has(id)),
  );

  const rows: DiffRow[] = b.map((entry) => {
    const old = byIdA.get(entry.id);
    if (!old) return { status: "added", moved: false, before: null, after: entry, changedFields: [] };
    const fields = changedFields(old, entry);
    return { status: fields.length ? "changed" : "unchanged", moved: !common.has(entry.id), before: old, after: entry, changedFields: fields };
  });
  // A removed entry goes back in after the entry that came before it in the older text.
  a.forEach((entry, index) => {
    if (byIdB.has(entry.id)) return;
    const removed: DiffRow = { status: "removed", moved: false, before: entry, after: null, changedFields: [] };
    let at = 0;
    for (let k = index - 1; k >= 0; k -= 1) {
      const previous = a[k]!.id;
      const found = rows.findIndex((r) => (r.after?.id ?? r.before?.id) === previous);
      if (found !== -1) {
        at = found + 1;
        break;
      }
    }
    rows.splice(at, 0, removed);
  });

  return {
    key,
    label: SECTION_LABELS[key],
    kind: extract.kind,
    changed: rows.some((r) => r.status !== "unchanged" || r.moved),
    rows,
  };
}

export function diffStatements(before: StatementContent, after: StatementContent): SectionDiff[] {
  return SECTION_ORDER.map((key) => diffSection(key, before, after));
}

/** The sections that differ, by key: for the audit trail of a save. */
export function changedSections(before: StatementContent, after: StatementContent): StatementSectionKey[] {
  return diffStatements(before, after)
    .filter((s) => s.changed)
    .map((s) => s.key);
}
