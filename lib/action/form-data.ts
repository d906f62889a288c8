/** FormData as a plain object for zod: repeated keys become arrays; Next's internal `$ACTION_` keys are dropped. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION_")) continue;
    const all = formData.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/** The text fields to echo back on error, so nothing typed is lost. Secrets are never echoed. */
export function echoValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION_") || /password|token/i.test(key)) continue;
    if (typeof value === "string" && value.length <= 100_000) out[key] = value;
  }
  return out;
}

// NUL cannot be stored in PostgreSQL text, and the other C0 controls (but tab, newline and
// carriage return) only ever arrive from pasted binary or an attack: refuse them by name.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Field errors for text values carrying control characters, before any field is parsed. */
export function controlCharacterErrors(formData: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION_") || typeof value !== "string") continue;
    if (CONTROL.test(value)) out[key] = ["This contains an invisible control character (perhaps from a pasted file). Remove it and try again."];
  }
  return out;
}
