/**
 * What the editor's toolbar does to the text, as pure functions of the value and the
 * selection, so they are tested without a browser. Each returns the new value and the
 * selection to restore.
 */
export type TextEdit = { value: string; selectionStart: number; selectionEnd: number };

function splice(edit: TextEdit, from: number, to: number, insert: string, select: [number, number]): TextEdit {
  return { value: edit.value.slice(0, from) + insert + edit.value.slice(to), selectionStart: select[0], selectionEnd: select[1] };
}

/** The selection without surrounding spaces: "**word **" would not be bold, so spaces stay outside the markers. */
function trimmed(edit: TextEdit): [number, number] {
  let start = Math.min(edit.selectionStart, edit.selectionEnd);
  let end = Math.max(edit.selectionStart, edit.selectionEnd);
  while (start < end && /\s/.test(edit.value[start]!)) start += 1;
  while (end > start && /\s/.test(edit.value[end - 1]!)) end -= 1;
  return [start, end];
}

function wrappedBy(value: string, start: number, end: number, marker: "**" | "*"): boolean {
  const before = value.slice(Math.max(0, start - marker.length - 1), start);
  const after = value.slice(end, end + marker.length + 1);
  if (marker === "**") return before.endsWith("**") && after.startsWith("**");
  // A single star that is not the inner half of a bold pair (or is the italic inside "***").
  const openItalic = before.endsWith("*") && (!before.endsWith("**") || before.endsWith("***"));
  const closeItalic = after.startsWith("*") && (!after.startsWith("**") || after.startsWith("***"));
  return openItalic && closeItalic;
}

/** Bold or italic: wraps the selection, unwraps it when already wrapped, or inserts a placeholder to type over. */
export function toggleEmphasis(edit: TextEdit, marker: "**" | "*", placeholder: string): TextEdit {
  const [start, end] = trimmed(edit);
  const m = marker.length;
  if (start === end) {
    const at = Math.min(edit.selectionStart, edit.selectionEnd);
    return splice(edit, at, Math.max(edit.selectionStart, edit.selectionEnd), `${marker}${placeholder}${marker}`, [at + m, at + m + placeholder.length]);
  }
  const selected = edit.value.slice(start, end);
  if (wrappedBy(edit.value, start, end, marker)) {
    return splice(edit, start - m, end + m, selected, [start - m, end - m]);
  }
  if (selected.startsWith(marker) && selected.endsWith(marker) && selected.length > 2 * m) {
    const inner = selected.slice(m, -m);
    return splice(edit, start, end, inner, [start, start + inner.length]);
  }
  return splice(edit, start, end, `${marker}${selected}${marker}`, [start + m, end + m]);
}

/** Bullets on every line the selection touches; taken off again when all of them already have one. */
export function toggleBullets(edit: TextEdit): TextEdit {
  const { value } = edit;
  const from = Math.min(edit.selectionStart, edit.selectionEnd);
  const to = Math.max(edit.selectionStart, edit.selectionEnd);
  const lineStart = value.lastIndexOf("\n", from - 1) + 1;
  const nextBreak = value.indexOf("\n", to > from && value[to - 1] === "\n" ? to - 1 : to);
  const lineEnd = nextBreak === -1 ? value.length : nextBreak;
  const lines = value.slice(lineStart, lineEnd).split("\n");
  const filled = lines.filter((line) => line.trim() !== "");
  const allBulleted = filled.length > 0 && filled.every((line) => /^\s*[-*•]\s/.test(line));
  const next = lines.map((line) => {
    if (allBulleted) return line.replace(/^(\s*)[-*•]\s/, "$1");
    if (line.trim() === "" && lines.length > 1) return line;
    return /^\s*[-*•]\s/.test(line) ? line : `- ${line.replace(/^\s+/, "")}`;
  });
  const replaced = next.join("\n");
  // A bare caret stays where the writer types next; a selection keeps covering the lines it touched.
  const caretOnly = from === to && lines.length === 1;
  const end = lineStart + replaced.length;
  return splice(edit, lineStart, lineEnd, replaced, caretOnly ? [end, end] : [lineStart, end]);
}

/**
 * A link around the selection, which becomes its label; the placeholder address is then
 * selected so the writer types the real one straight in. When the selection already is
 * an address, or nothing is selected, the label is selected instead.
 */
export function insertLink(edit: TextEdit): TextEdit {
  const [start, end] = trimmed(edit);
  const selected = edit.value.slice(start, end);
  if (/^(https?:\/\/|mailto:)\S+$/i.test(selected)) {
    const label = "link text";
    return splice(edit, start, end, `[${label}](${selected})`, [start + 1, start + 1 + label.length]);
  }
  const label = selected || "link text";
  const address = "https://";
  const inserted = `[${label}](${address})`;
  const addressAt = start + label.length + 3;
  return selected ? splice(edit, start, end, inserted, [addressAt, addressAt + address.length]) : splice(edit, start, end, inserted, [start + 1, start + 1 + label.length]);
}
