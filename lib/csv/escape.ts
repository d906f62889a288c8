/**
 * CSV cells for files people open in spreadsheets (DESIGN §3.7). Text that a
 * spreadsheet would run as a formula (= + - @ tab CR) is prefixed with an apostrophe.
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with its CRLF terminator (RFC 4180). */
export function toCsvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(escapeCsvCell).join(",")}\r\n`;
}
