import { z } from "zod";
import { formDataToObject } from "@/lib/action/form-data";
import { form } from "../../support/fixtures";

/** A form's fields as a browser posts them: text, or the same name repeated. */
export type Payload = Record<string, string | string[]>;

/** Stands in for any record's id in a base payload; the forged-id tests swap real ones in. */
export const PLACEHOLDER_ID = "3f2a8b9c-1d4e-4f6a-8b7c-9d0e1f2a3b4c";

// Plausible text for a field, tried in turn against the field's own schema: the first it takes is used.
const TEXT_CANDIDATES = [
  "Hostile input test",
  "hostile-test",
  "2026-03-16",
  "09:30",
  "10:30",
  "hostile@example.org",
  "https://example.org/report",
  "E01010570",
  "E08000032",
  "1250",
  "3",
  "2026",
  "1",
  "A longer piece of plausible text, written as a person would write it, so that any minimum length is met.",
];

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function leafValue(schema: z.ZodType): string | undefined {
  return TEXT_CANDIDATES.find((c) => schema.safeParse(c).success);
}

/** One plausible posted value for a schema, or undefined when none could be made. */
function valueFor(schema: z.ZodType, depth = 0): string | string[] | undefined {
  if (depth > 12) return undefined;
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const checks = (def.checks as { _zod: { def: { format?: string } } }[] | undefined) ?? [];
      if (checks.some((c) => c._zod.def.format === "uuid" || c._zod.def.format === "guid")) return PLACEHOLDER_ID;
      return leafValue(schema);
    }
    case "number":
    case "int":
      return ["3", "1", "2026", "5"].find((c) => schema.safeParse(Number(c)).success) ?? "3";
    case "boolean":
      return "on";
    case "literal": {
      const value = (def.values as unknown[])[0];
      return value === true ? "on" : value === false ? undefined : String(value);
    }
    case "enum":
      return String(Object.values(def.entries as Record<string, string>)[0]);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return valueFor(def.innerType as z.ZodType, depth + 1);
    case "pipe": {
      const inner = defOf(def.in as z.ZodType).type === "transform" ? (def.out as z.ZodType) : (def.in as z.ZodType);
      const v = valueFor(inner, depth + 1);
      if (v !== undefined && typeof v === "string" && !schema.safeParse(v).success) return leafValue(schema) ?? v;
      return v;
    }
    case "union": {
      for (const option of def.options as z.ZodType[]) {
        const v = valueFor(option, depth + 1);
        if (v !== undefined) return v;
      }
      return undefined;
    }
    case "array": {
      const v = valueFor(def.element as z.ZodType, depth + 1);
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    }
    default:
      return undefined;
  }
}

function objectShape(schema: z.ZodType, depth = 0): Record<string, z.ZodType> | undefined {
  if (depth > 6) return undefined;
  const def = defOf(schema);
  if (def.type === "object") return def.shape as Record<string, z.ZodType>;
  if (def.type === "pipe") return objectShape((defOf(def.in as z.ZodType).type === "transform" ? def.out : def.in) as z.ZodType, depth + 1);
  if (["optional", "nullable", "default", "readonly"].includes(def.type)) return objectShape(def.innerType as z.ZodType, depth + 1);
  return undefined;
}

/** A payload built from the action's schema alone: every field it names, with a value it takes. */
export function generatedPayload(schema: z.ZodType): Payload {
  const shape = objectShape(schema) ?? {};
  const out: Payload = {};
  for (const [key, field] of Object.entries(shape)) {
    const v = valueFor(field);
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[key] = v;
  }
  return out;
}

/** Whether the action's own schema takes the payload, parsed as the wrapper parses a form. */
export function schemaTakes(schema: z.ZodType, payload: Payload): { ok: true } | { ok: false; issues: string } {
  const parsed = schema.safeParse(formDataToObject(form(payload)));
  return parsed.success ? { ok: true } : { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
}
