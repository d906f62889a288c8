import type { MissingReason } from "@/lib/generated/prisma/enums";

/**
 * Reading a published figure: a number (with or without thousands separators), or one of
 * the publishers' markers for a missing value, kept as "missing, with reason" and never 0.
 * Pure; called for every numeric cell of an upload, so the common case is fast.
 */

/**
 * The markers of DfE (c x z k u low, and the legacy : ~ ..), ONS/GSS (the same in square
 * brackets) and the template. `low`, `k` and `~` all mean "rounds to zero but is not zero".
 */
export const MARKERS: ReadonlyMap<string, MissingReason> = new Map<string, MissingReason>([
  ["c", "suppressed"],
  ["x", "not_available"],
  ["z", "not_applicable"],
  ["k", "rounds_to_zero"],
  ["u", "low_reliability"],
  ["low", "rounds_to_zero"],
  [":", "not_available"],
  ["~", "rounds_to_zero"],
  ["..", "not_available"],
  ["[c]", "suppressed"],
  ["[x]", "not_available"],
  ["[z]", "not_applicable"],
  ["[k]", "rounds_to_zero"],
  ["[u]", "low_reliability"],
  ["[low]", "rounds_to_zero"],
]);

export const MISSING_REASON_LABELS: Record<MissingReason, string> = {
  suppressed: "suppressed by the publisher",
  not_available: "not available",
  not_applicable: "not applicable",
  rounds_to_zero: "rounds to zero",
  low_reliability: "low reliability",
  not_published: "not published",
};

/** The marker's reason, or undefined when the text is not a marker. */
export function markerReason(text: string): MissingReason | undefined {
  const t = text.trim();
  return MARKERS.get(t) ?? MARKERS.get(t.toLowerCase());
}

function plainNumberChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 0-9 . - + e E
    if (!((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69)) return false;
  }
  return true;
}

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The number a cell holds, or NaN. Accepts `1234.5`, `-3`, `1e3`, `23,447` (quoted by the
 * spreadsheet), surrounding spaces, a leading £ and a trailing %. Refuses what JavaScript's
 * Number() would take but a person would not mean: `0x1A`, `Infinity`, `1,23`.
 */
export function parseNumeric(raw: string): number {
  if (raw.length === 0) return Number.NaN;
  // `+ 0` turns "-0" into 0: COPY would store the sign, and no publisher means a negative zero.
  if (plainNumberChars(raw)) return Number(raw) + 0;
  let s = raw.trim().replace(/\u2212/g, "-");
  if (s.startsWith("£")) s = s.slice(1).trim();
  else if (s.startsWith("-£")) s = `-${s.slice(2).trim()}`;
  if (s.endsWith("%")) s = s.slice(0, -1).trim();
  if (s.includes(",")) {
    if (!GROUPED.test(s)) return Number.NaN;
    s = s.replace(/,/g, "");
  }
  if (s.length === 0 || !plainNumberChars(s)) return Number.NaN;
  return Number(s) + 0;
}

/** Decimal places as written (`28` → 0, `11.4` → 1, `23,447` → 0), for rounding tolerances. */
export function decimalPlaces(raw: string): number {
  const t = raw.trim();
  const dot = t.indexOf(".");
  if (dot === -1) return 0;
  let end = t.length;
  while (end > dot + 1 && !/\d/.test(t[end - 1]!)) end--;
  return end - dot - 1;
}

export type Cell =
  | { kind: "number"; value: number }
  | { kind: "missing"; reason: MissingReason }
  | { kind: "blank" }
  | { kind: "invalid"; text: string };

/** A figure's cell read in full: number, marker, blank or neither. */
export function readCell(raw: string | undefined): Cell {
  if (raw === undefined) return { kind: "blank" };
  const n = parseNumeric(raw);
  if (!Number.isNaN(n)) return Number.isFinite(n) ? { kind: "number", value: n } : { kind: "invalid", text: raw };
  if (raw.trim() === "") return { kind: "blank" };
  const reason = markerReason(raw);
  if (reason) return { kind: "missing", reason };
  return { kind: "invalid", text: raw };
}

/** A cell quoted in a message: trimmed, shortened, never a wall of text. */
export function quoteCell(text: string): string {
  const t = text.trim();
  return `"${t.length > 40 ? `${t.slice(0, 37)}…` : t}"`;
}
