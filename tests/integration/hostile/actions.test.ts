import { beforeAll, describe, expect, it, vi } from "vitest";
import { parseForm } from "@/lib/action/form-data";
import type { ActionResult } from "@/lib/action/result";
import { call, form, seedDemo, type Demo, type Outcome } from "../support/fixtures";
import { discoverActions, type DiscoveredAction } from "../support/action-modules";
import { generatedPayload, PLACEHOLDER_ID, schemaTakes, type Payload } from "./support/payloads";
import { withOverrides } from "./support/base-payloads";
import { actorFor, changedTables, claims, DEVELOPER_WORDS, fingerprint, INERT_TEXT, NOT_WHOLE_NUMBERS, REAL_TEXT, REFUSED_TEXT } from "./support/corpus";

vi.mock("@/lib/action/runtime", () => import("../support/action-runtime"));

/**
 * The hostile-input corpus, applied to every exported server action found on disk
 * (issue 9 item 5). Each action gets a base payload its own schema accepts; every
 * variant then replaces fields of it. The expected outcome of each variant is stated
 * where it is applied: refused with a plain-English field error and nothing changed,
 * or taken as inert text (rendered and exported safely: see exports.test.ts).
 */
let demo: Demo;
let actions: DiscoveredAction[];
const base = new Map<string, Payload>();

beforeAll(async () => {
  demo = await seedDemo();
  ({ actions } = await discoverActions());
  for (const a of actions) base.set(a.meta.name, withOverrides(a.meta.name, generatedPayload(a.meta.input)));
});

/** The text fields of a payload that the sender types (ids and fixed choices left as they are when `typedOnly`). */
function textFields(payload: Payload): string[] {
  return Object.entries(payload)
    .filter(([, v]) => typeof v === "string" && v !== PLACEHOLDER_ID)
    .map(([k]) => k);
}

/** Every message a person would read in an outcome. */
function messages(outcome: Outcome<unknown> | ActionResult<unknown>): string[] {
  if (outcome.status !== "error") return [];
  return [outcome.message, ...Object.values(outcome.fieldErrors ?? {}).flat()];
}

function developerMessages(outcome: Outcome<unknown> | ActionResult<unknown>): string[] {
  return messages(outcome).filter((m) => DEVELOPER_WORDS.test(m));
}

async function run(a: DiscoveredAction, payload: Payload): Promise<Outcome<unknown>> {
  return call(a.action, actorFor(demo, a.meta), { ...payload, ...claims(a.meta) });
}

describe("base payloads", () => {
  it("exist for every discovered action, and each action's own schema takes its payload", () => {
    expect(actions.length).toBeGreaterThan(100);
    const refused: string[] = [];
    for (const a of actions) {
      const taken = schemaTakes(a.meta.input, base.get(a.meta.name)!);
      if (!taken.ok) refused.push(`${a.meta.name} (${a.file}): ${taken.issues} — add an override in tests/integration/hostile/support/base-payloads.ts`);
    }
    expect(refused).toEqual([]);
  });
});

describe("text no field may take", () => {
  it("is refused in every field of every action with a plain-English error naming the field, and nothing changes", async () => {
    const before = await fingerprint();
    const failures: string[] = [];
    for (const a of actions) {
      const payload = base.get(a.meta.name)!;
      const fields = Object.keys(payload);
      if (!fields.length) continue;
      for (const [what, text] of Object.entries(REFUSED_TEXT)) {
        // Every field at once, ids included: the wrapper refuses before any record is looked up.
        const outcome = await run(a, Object.fromEntries(fields.map((f) => [f, text])));
        if (outcome.status !== "error" || outcome.code !== "validation") {
          failures.push(`${a.meta.name} took ${what}: ${JSON.stringify(outcome).slice(0, 300)}`);
          continue;
        }
        const named = fields.filter((f) => outcome.fieldErrors?.[f]?.length);
        if (fields.length && named.length !== fields.length) failures.push(`${a.meta.name} ${what}: no error beside ${fields.filter((f) => !named.includes(f)).join(", ")}`);
        if (developerMessages(outcome).length) failures.push(`${a.meta.name} ${what}: ${developerMessages(outcome).join(" / ")}`);
        if (JSON.stringify(outcome.values ?? {}).length > 200_000) failures.push(`${a.meta.name} ${what}: echoes a megabyte back`);
      }
    }
    expect(failures).toEqual([]);
    const after = await fingerprint();
    expect(changedTables(before, after)).toEqual([]);
  });

  it("is refused in a field's name too, and keys that reach a prototype are dropped", async () => {
    const a = actions.find((x) => x.meta.name === "organisations.create")!;
    const named = await run(a, { ...base.get(a.meta.name)!, "name\u202E": "x" });
    expect(named).toMatchObject({ status: "error", code: "validation" });
    expect(named.status === "error" && named.fieldErrors?._form?.[0]).toMatch(/does not know/);
    const parsed = parseForm(a.meta.input, form({ ...base.get(a.meta.name)!, __proto__: ["x", "y"], constructor: "x", "a.__proto__.polluted": "yes" } as Payload));
    expect(parsed.success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("fields of the wrong type", () => {
  it("get a plain-English message, never zod's, whatever is sent in place of each field", () => {
    const failures: string[] = [];
    const file = new File(["%PDF-1.7 binary"], "evil.pdf", { type: "application/pdf" });
    for (const a of actions) {
      const payload = base.get(a.meta.name)!;
      for (const field of Object.keys(payload)) {
        const variants: [string, FormDataEntryValue | FormDataEntryValue[] | undefined][] = [
          ["posted twice", ["one", "two"]],
          ["posted three times, differently", [String(payload[field]), "other", ""]],
          ["a file", file],
          ["blank", ""],
          ["spaces", "   "],
          ["missing", undefined],
          ["JSON", '{"$gt":""}'],
          ["an array literal", "[1,2,3]"],
        ];
        for (const [what, value] of variants) {
          const fd = form({ ...payload, [field]: undefined });
          for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) fd.append(field, v);
          const parsed = parseForm(a.meta.input, fd);
          if (parsed.success) continue;
          for (const issue of parsed.error.issues) {
            if (DEVELOPER_WORDS.test(issue.message)) failures.push(`${a.meta.name}.${field} ${what}: "${issue.message}"`);
          }
        }
      }
    }
    expect([...new Set(failures)]).toEqual([]);
  });

  it("read whole numbers as digits only: 0x10, 1e3, -0, blank and the like are refused, not read as numbers", () => {
    const failures: string[] = [];
    let numeric = 0;
    for (const a of actions) {
      const payload = base.get(a.meta.name)!;
      for (const [field, value] of Object.entries(payload)) {
        if (typeof value !== "string" || !/^\d{1,4}$/.test(value)) continue;
        // Only fields that refuse ordinary words are number fields (a title may well be "1250"),
        // and only those refusing 2.5 are whole numbers (amounts in pounds take "1.0").
        if (schemaTakes(a.meta.input, { ...payload, [field]: "Hostile input test" }).ok) continue;
        if (schemaTakes(a.meta.input, { ...payload, [field]: "2.5" }).ok) continue;
        numeric += 1;
        for (const bad of NOT_WHOLE_NUMBERS) {
          const taken = parseForm(a.meta.input, form({ ...payload, [field]: bad }));
          if (taken.success && !(bad.trim() === "" && isOptional(a, payload, field))) failures.push(`${a.meta.name}.${field} took "${bad}"`);
          else if (!taken.success && taken.error.issues.some((i) => DEVELOPER_WORDS.test(i.message))) failures.push(`${a.meta.name}.${field} "${bad}": ${taken.error.issues.map((i) => i.message).join(" / ")}`);
        }
      }
    }
    expect(numeric).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });

  it("take checkboxes only as ticked or not: 'yes', '1' or a box posted twice are refused", () => {
    const failures: string[] = [];
    for (const a of actions) {
      const payload = base.get(a.meta.name)!;
      for (const [field, value] of Object.entries(payload)) {
        if (value !== "on") continue;
        for (const bad of ["yes", "1", "ON", "checked", ["on", "on"]]) {
          if (parseForm(a.meta.input, form({ ...payload, [field]: bad })).success) failures.push(`${a.meta.name}.${field} took ${JSON.stringify(bad)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("take only real calendar dates", () => {
    const failures: string[] = [];
    for (const a of actions) {
      const payload = base.get(a.meta.name)!;
      for (const [field, value] of Object.entries(payload)) {
        if (value !== "2026-03-16") continue;
        for (const bad of ["2026-02-30", "2026-13-01", "2026-3-16", "16/03/2026", "2026-03-16T00:00:00Z", "1900-01-01", "9999-12-31", "2026-03-16\n"]) {
          const parsed = parseForm(a.meta.input, form({ ...payload, [field]: bad }));
          if (parsed.success && bad !== "2026-03-16\n") failures.push(`${a.meta.name}.${field} took ${bad}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

function isOptional(a: DiscoveredAction, payload: Payload, field: string): boolean {
  const without = { ...payload };
  delete without[field];
  return schemaTakes(a.meta.input, without).ok;
}

describe("text that is hostile only where it runs", () => {
  it("never breaks an action: each answers with success or a plain-English refusal, never an unexpected error", async () => {
    const failures: string[] = [];
    for (const a of actions) {
      const payload = base.get(a.meta.name)!;
      const fields = textFields(payload);
      if (!fields.length) continue;
      for (const [what, text] of Object.entries({ ...INERT_TEXT, ...REAL_TEXT })) {
        const outcome = await run(a, { ...payload, ...Object.fromEntries(fields.map((f) => [f, text])) });
        if (outcome.status === "error" && outcome.code === "unexpected") failures.push(`${a.meta.name} ${what}: unexpected error`);
        if (developerMessages(outcome).length) failures.push(`${a.meta.name} ${what}: ${developerMessages(outcome).join(" / ")}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("is not refused as invisible characters when it is real writing", () => {
    const a = actions.find((x) => x.meta.name === "organisations.create")!;
    for (const [what, text] of Object.entries(REAL_TEXT)) {
      const parsed = parseForm(a.meta.input, form({ ...base.get(a.meta.name)!, name: text.replace(/[\t\r\n]/g, " ") }));
      expect(parsed.success, what).toBe(true);
    }
  });
});
