/**
 * Normalising text before it is stored. Control characters (other than newlines in
 * prose) and Unicode bidirectional overrides are removed: they are invisible on screen,
 * can make text read differently from how it is stored ("Trojan Source"), and have no
 * place in a Statement of Intent. Windows and old Mac line endings become "\n".
 */

// C0 controls except tab and newline, DEL, C1 controls, zero-width no-break/BOM,
// and the bidi embedding, override and isolate characters.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Prose that may span paragraphs: line endings unified, trailing spaces dropped, at most one blank line in a row. */
export function normaliseRichText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(/\t/g, "  ")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A one-line value (a role, a source, a period): any run of whitespace, newlines included, becomes one space. */
export function normaliseLine(value: string): string {
  return value.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Text of a list entry: may not need paragraphs, but keeps the writer's single line breaks. */
export function normalisePlainText(value: string): string {
  return normaliseRichText(value).replace(/\n{2,}/g, "\n");
}
