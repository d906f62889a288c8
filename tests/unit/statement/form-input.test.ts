import { describe, expect, it } from "vitest";
import { statementFormInput, unflattenRows } from "@/lib/statement/form-input";

const STATEMENT_ID = "0b5c5a7e-2f4e-4d7c-9b7a-4a1f3f7d2c10";
const ORG = "3f1e8f5e-6d0b-4a53-9a5f-0c6b8d1f2a11";
const KEPT = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d";

function parse(fields: Record<string, string>) {
  return statementFormInput.safeParse({ statementId: STATEMENT_ID, revision: "3", ...fields });
}
function errors(fields: Record<string, string>) {
  const r = parse(fields);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("unflattenRows", () => {
  it("turns section.index.field names into lists, keeping indexes and plain fields", () => {
    expect(unflattenRows({ title: "T", "asks.1.text": "B", "asks.0.text": "A", "voices.0.role": "Parent" })).toMatchObject({
      title: "T",
      asks: [{ text: "A" }, { text: "B" }],
      voices: [{ role: "Parent" }],
      figures: [],
    });
  });

  it("ignores unknown sections, deep indexes and prototype keys", () => {
    const out = unflattenRows({ "evil.0.x": "1", "asks.999.text": "far", __proto__: "x", "constructor.0.text": "y" }) as Record<string, unknown>;
    expect(out.asks).toEqual([]);
    expect(out).not.toHaveProperty("evil");
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe("statementFormInput", () => {
  it("reads a whole document: rows in order, new rows get ids, existing ids are kept", () => {
    const r = parse({
      title: "Acting Locally",
      introduction: "One\r\n\r\n\r\nTwo\u0000",
      priority: "  Attendance  ",
      "asks.0.id": KEPT,
      "asks.0.text": "We'd like A",
      "asks.1.id": "",
      "asks.1.text": "We'd like B",
      "voices.0.quote": "We need trust",
      "voices.0.role": " Youth\nWorker ",
      "voices.0.consent": "on",
      "figures.0.figure": "1 in 10",
      "figures.0.source": "BiB",
      "partners.0.organisationId": ORG,
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const { content, revision, statementId } = r.data;
    expect({ revision, statementId }).toEqual({ revision: 3, statementId: STATEMENT_ID });
    expect(content.introduction).toBe("One\n\nTwo");
    expect(content.priority).toBe("Attendance");
    expect(content.asks.map((a) => a.text)).toEqual(["We'd like A", "We'd like B"]);
    expect(content.asks[0]!.id).toBe(KEPT);
    expect(content.asks[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(content.voices[0]).toMatchObject({ role: "Youth Worker", consent: true });
    expect(content.figures[0]).toMatchObject({ period: "", indicatorCode: "" });
    expect(content.partners).toEqual([{ organisationId: ORG, name: "" }]);
  });

  it("drops rows left blank, without moving the messages of the rows after them", () => {
    const e = errors({ "actions.0.text": "  ", "actions.1.text": "Act", "voices.0.quote": "", "voices.0.role": "", "voices.1.quote": "Said", "voices.1.role": "Parent" });
    expect(e).toEqual({ "voices.1.consent": "Community voice 2: record that the speaker agreed to be quoted" });
  });

  it("puts each message on the field typed in", () => {
    const e = errors({ "voices.0.quote": "Said", "figures.2.figure": "1 in 10", "whyItMatters.1.text": "x".repeat(601) });
    expect(e).toEqual({
      "voices.0.role": "Community voice 1: write the role",
      "voices.0.consent": "Community voice 1: record that the speaker agreed to be quoted",
      "figures.2.source": "Data figure 3: write the source",
      "whyItMatters.1.text": "Reason 2: keep the text under 600 characters",
    });
  });

  it("refuses the same organisation twice and a value that is not an organisation id", () => {
    const e = errors({ "partners.0.organisationId": ORG, "partners.1.organisationId": ORG, "partners.2.organisationId": "Forged" });
    expect(e).toEqual({ "partners.1.organisationId": "Partner 2: this organisation is already listed", "partners.2.organisationId": "Partner 3: choose an organisation from the list" });
  });

  it("gives a copied or forged row id a fresh one instead of a clash", () => {
    const r = parse({ "asks.0.id": KEPT, "asks.0.text": "A", "asks.1.id": KEPT, "asks.1.text": "B", "asks.2.id": "not-a-uuid", "asks.2.text": "C" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const ids = r.data.content.asks.map((a) => a.id);
    expect(ids[0]).toBe(KEPT);
    expect(new Set(ids).size).toBe(3);
  });

  it("needs the statement and the revision it was opened at", () => {
    expect(statementFormInput.safeParse({ revision: "1" }).success).toBe(false);
    expect(statementFormInput.safeParse({ statementId: STATEMENT_ID, revision: "0" }).success).toBe(false);
  });

  it("limits the length of prose after normalising it", () => {
    expect(errors({ mandate: "a".repeat(8001) })).toEqual({ mandate: "Keep this under 8,000 characters" });
    expect(errors({ mandate: `${"a".repeat(7990)}\r\n\r\n\r\n` })).toEqual({});
  });
});
