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
