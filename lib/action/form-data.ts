import type { z } from "zod";
import { plainMessage } from "@/lib/action/messages";

/**
 * Form parsing shared by every server action (lib/action/define-action.ts). Every field of a
 * form arrives as text chosen by whoever sent the request, so these run before any schema does.
 */

/**
 * Names that would reach an object's prototype, not one of its fields: never a form field of
 * ours, nor a part of one ("score.__proto__", "rows[constructor]"), since forms that post rows
 * split their names into objects.
 */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isFormField(key: string): boolean {
  return !key.startsWith("$ACTION_") && !key.split(/[.[\]]/).some((part) => PROTOTYPE_KEYS.has(part));
}

/**
 * FormData as a plain object for zod: repeated keys become arrays; Next's internal `$ACTION_`
 * keys and `__proto__`/`constructor`/`prototype` are dropped. The object has no prototype,
 * so no posted name can reach Object.prototype or shadow one of its methods.
 */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out = Object.create(null) as Record<string, FormDataEntryValue | FormDataEntryValue[]>;
  for (const key of new Set(formData.keys())) {
    if (!isFormField(key)) continue;
    const all = formData.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/** The text fields to echo back on error, so nothing typed is lost. Secrets are never echoed. */
export function echoValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!isFormField(key) || /password|token/i.test(key)) continue;
    if (typeof value === "string" && value.length <= MAX_FIELD_LENGTH) out[key] = value;
  }
  return out;
}

/**
 * The longest text any field of the product takes (the longest schema limit is 50,000, a
 * meeting's minutes): a backstop so that no field, whatever its schema, stores a megabyte.
 */
export const MAX_FIELD_LENGTH = 100_000;

// NUL cannot be stored in PostgreSQL text, and the other C0 controls (but tab, newline and
// carriage return), DEL and the C1 controls only ever arrive from pasted binary or an attack.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidirectional overrides, embeddings and isolates reorder how text shows ("Trojan Source":
// a name that reads one way and sorts, matches and exports another); the marks LRM/RLM/ALM too.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Characters that show as nothing: zero-width space, word joiner, invisible operators, the
// byte-order mark, soft hyphen, Hangul fillers, and the Unicode "tag" characters.
const INVISIBLE = /[\u00ad\u115f\u1160\u180e\u200b\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/;
// Zero-width (non-)joiners are real parts of emoji ("👩‍👩‍👧") and of Persian and Indic
// writing; elsewhere, beside ASCII or at an edge, they only hide a difference between two names.
const JOINABLE = /^[^\u0000-\u007f\s\u200c\u200d]$/u;
// Noncharacters and unpaired surrogates are not text: PostgreSQL would store a replacement character.
const NONCHARACTER = /[\ufdd0-\ufdef\ufffe\uffff]/;
// The replacement character is what a browser posts for an unpaired surrogate, and what a
// pasted file in the wrong encoding shows: the text it stands for is already lost.
const REPLACEMENT = "\ufffd";

function hasStrayJoiner(value: string): boolean {
  if (!/[\u200c\u200d]/.test(value)) return false;
  const chars = Array.from(value);
  return chars.some((c, i) => (c === "\u200c" || c === "\u200d") && !(JOINABLE.test(chars[i - 1] ?? " ") && JOINABLE.test(chars[i + 1] ?? " ")));
}

/** Why a posted text cannot be taken as it is, in words for the person who typed it; null if it can. */
export function textProblem(value: string): string | null {
  if (value.length > MAX_FIELD_LENGTH) return `This is too long: keep it under ${MAX_FIELD_LENGTH.toLocaleString("en-GB")} characters.`;
  if (CONTROL.test(value) || NONCHARACTER.test(value) || !value.isWellFormed()) {
    return "This contains an invisible control character (perhaps from a pasted file). Remove it and try again.";
  }
  if (value.includes(REPLACEMENT)) return "This contains a character that could not be read (\ufffd), perhaps from text copied from a file in another encoding. Retype that part and try again.";
  if (BIDI.test(value)) return "This contains an invisible character that changes the direction of the text. Remove it and try again.";
  if (INVISIBLE.test(value) || hasStrayJoiner(value)) return "This contains an invisible zero-width character (perhaps from a pasted file). Remove it and try again.";
  return null;
}

/**
 * Field errors for text values that cannot be stored as typed, before any field is parsed:
 * control characters, direction overrides, zero-width characters, and text over any field's
 * length. The key itself is checked too: a field name is text the sender chose.
 */
export function controlCharacterErrors(formData: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (!isFormField(key)) continue;
    const nameProblem = key.length > 200 || textProblem(key) !== null;
    const problem = nameProblem ? "This form has a field the product does not know. Reload the page and try again." : typeof value === "string" ? textProblem(value) : null;
    if (problem) out[nameProblem ? "_form" : key] = [problem];
  }
  return out;
}

/**
 * A form parsed by an action's schema, as the action wrapper parses it: zod's developer
 * messages are replaced by plain English wherever the schema gave no words of its own.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(formDataToObject(formData), { error: plainMessage });
}
