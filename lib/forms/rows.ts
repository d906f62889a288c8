/**
 * Editors of repeated rows post them as flat fields, one name per input, so that the
 * action wrapper can echo every typed value back after a failed save:
 *   voices.0.quote, voices.0.role, activities.2.leadsTo…
 * `unflattenRows(sections)` turns `section.index.field` names back into lists, keeping each
 * row at its index so that a validation message lands beside the input that was typed in.
 * Names outside `sections`, and nested names it does not know, are dropped.
 */
const ROW_FIELD = /^([A-Za-z]+)\.(\d{1,2})\.([A-Za-z]+)$/;
const MAX_ROW_INDEX = 99;

export function unflattenRows(sections: readonly string[]) {
  return (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      const match = ROW_FIELD.exec(key);
      const section = match?.[1];
      if (match && section && sections.includes(section)) {
        const index = Number(match[2]);
        if (index > MAX_ROW_INDEX) continue;
        const list = (rows[section] ??= []);
        // A gap in the numbering becomes an empty row, which is left out like any blank row.
        while (list.length <= index) list.push({});
        list[index]![match[3]!] = field;
      } else if (!key.includes(".") && key !== "__proto__") {
        out[key] = field;
      }
    }
    for (const section of sections) out[section] = rows[section] ?? [];
    return out;
  };
}

/** "Data figure 2: write the source". */
export function rowMessage(row: string, index: number, message: string): string {
  return `${row} ${index + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A posted text field, or "" for anything else (a repeated or missing field). */
export const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** A field that may be posted once, many times (checkboxes of one name) or not at all. */
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []);
