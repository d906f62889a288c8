/**
 * Columns are found by name, never by position: publishers move, rename and drop columns
 * between exports. Names are compared normalised: `Lower CI 95.0 limit` and
 * `lower_ci_95_0_limit` are the same column.
 */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** How a later file with the same columns finds a saved mapping (ColumnMapping.headerSignature). */
export function headerSignature(header: readonly string[]): string {
  return header.map(normaliseHeader).join("|");
}

/**
 * A column the importer reads is in the header more than once: it cannot tell which one holds
 * the figures, and reading the first would quietly drop the other.
 */
export class RepeatedColumn extends Error {
  constructor(name: string, positions: readonly number[]) {
    const columns = positions.map((p) => p + 1);
    super(`The column "${name}" is in the header ${columns.length} times (columns ${columns.slice(0, -1).join(", ")} and ${columns.at(-1)}): the importer cannot tell which one to read. Rename or remove the others and upload the file again.`);
    this.name = "RepeatedColumn";
  }
}

export type HeaderIndex = {
  /** The original names, as the file writes them. */
  names: string[];
  normalised: string[];
  /** Normalised name → position of its first column. */
  positions: ReadonlyMap<string, number>;
  has(name: string): boolean;
  /** The column to read; throws RepeatedColumn when the name is there more than once. */
  find(name: string): number | undefined;
  /** The first column whose normalised name matches; throws RepeatedColumn as `find` does. */
  findMatching(pattern: RegExp): number | undefined;
};

export function indexHeader(header: readonly string[]): HeaderIndex {
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim());
  const normalised = names.map(normaliseHeader);
  const positions = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  normalised.forEach((n, i) => {
    if (!n) return;
    const first = positions.get(n);
    if (first === undefined) positions.set(n, i);
    else repeated.set(n, [...(repeated.get(n) ?? [first]), i]);
  });
  // A repeated column that is never read (two "Notes" columns) does not stop the file.
  const read = (i: number | undefined) => {
    if (i === undefined) return undefined;
    const all = repeated.get(normalised[i]!);
    if (all) throw new RepeatedColumn(names[i]!, all);
    return i;
  };
  return {
    names,
    normalised,
    positions,
    has: (name) => positions.has(normaliseHeader(name)),
    find: (name) => read(positions.get(normaliseHeader(name))),
    findMatching: (pattern) => {
      const i = normalised.findIndex((n) => pattern.test(n));
      return read(i === -1 ? undefined : i);
    },
  };
}

/** A cell by position, "" past the end of a short row. */
export function cellAt(cells: readonly string[], index: number | undefined): string {
  if (index === undefined) return "";
  return cells[index] ?? "";
}

/**
 * V8 keeps a substring as a view of the text it came from; a value kept for the whole upload
 * (a code, a name) would pin a whole chunk of the file in memory. This copies it out.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, "utf8").toString("utf8");
}
