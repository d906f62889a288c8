import { describe, expect, it } from "vitest";
import { changedSections, diffSection, diffStatements } from "@/lib/statement/diff";
import { entry, statement } from "./support";

describe("diffStatements", () => {
  it("finds no change between a statement and itself, in every section", () => {
    const content = statement();
    const sections = diffStatements(content, content);
    expect(sections.map((s) => s.key)).toEqual(["title", "introduction", "priority", "whyItMatters", "voices", "mandate", "figures", "actions", "outcomes", "asks", "academicPartners", "academicQuestions", "partners"]);
    expect(sections.every((s) => !s.changed)).toBe(true);
  });

  it("matches entries by id: a reworded ask is changed, not removed and added", () => {
    const before = statement();
    const after = { ...before, asks: before.asks.map((a) => ({ ...a, text: "We'd like a forum every half term." })) };
    const asks = diffSection("asks", before, after);
    expect(asks.changed).toBe(true);
    expect(asks.rows).toHaveLength(1);
    expect(asks.rows[0]).toMatchObject({ status: "changed", changedFields: ["text"], before: { fields: { text: before.asks[0]!.text } }, after: { fields: { text: "We'd like a forum every half term." } } });
  });

  it("marks added and removed entries, keeping a removed one where it was", () => {
    const [a, b, c] = [entry("A"), entry("B"), entry("C")];
    const before = statement({ actions: [a, b, c] });
    const d = entry("D");
    const after = statement({ actions: [a, c, d] });
    const rows = diffSection("actions", before, after).rows;
    expect(rows.map((r) => [r.status, (r.after ?? r.before)!.fields.text])).toEqual([
      ["unchanged", "A"],
      ["removed", "B"],
      ["unchanged", "C"],
      ["added", "D"],
    ]);
  });

  it("marks an entry that only moved as moved and unchanged", () => {
    const [a, b, c] = [entry("A"), entry("B"), entry("C")];
    const rows = diffSection("outcomes", statement({ outcomes: [a, b, c] }), statement({ outcomes: [c, a, b] })).rows;
    expect(rows.map((r) => [r.after!.fields.text, r.status, r.moved])).toEqual([
      ["C", "unchanged", true],
      ["A", "unchanged", false],
      ["B", "unchanged", false],
    ]);
    expect(diffSection("outcomes", statement({ outcomes: [a, b, c] }), statement({ outcomes: [c, a, b] })).changed).toBe(true);
  });

  it("compares each field of a voice and a figure", () => {
    const before = statement();
    const after = { ...before, voices: before.voices.map((v) => ({ ...v, role: "Head teacher" })), figures: before.figures.map((f) => ({ ...f, period: "2023-24" })) };
    expect(diffSection("voices", before, after).rows[0]!.changedFields).toEqual(["role"]);
    expect(diffSection("figures", before, after).rows[0]!.changedFields).toEqual(["period"]);
  });

  it("treats prose sections as one entry, added when first written and removed when emptied", () => {
    const before = statement({ mandate: "" });
    const after = statement({ mandate: "Our partnership is open and transparent." });
    expect(diffSection("mandate", before, after).rows.map((r) => r.status)).toEqual(["added"]);
    expect(diffSection("mandate", after, before).rows.map((r) => r.status)).toEqual(["removed"]);
    expect(diffSection("mandate", after, statement({ mandate: "Changed." })).rows.map((r) => r.status)).toEqual(["changed"]);
  });

  it("matches partners by organisation", () => {
    const org = "3f1e8f5e-6d0b-4a53-9a5f-0c6b8d1f2a11";
    const before = statement({ partners: [{ organisationId: org, name: "Holme Wood Nursery" }] });
    const after = statement({ partners: [{ organisationId: org, name: "Holme Wood Nursery and Pre-school" }] });
    expect(diffSection("partners", before, after).rows[0]).toMatchObject({ status: "changed", changedFields: ["name"] });
  });

  it("lists the sections a save changed, for the audit trail", () => {
    const before = statement();
    expect(changedSections(before, { ...before, priority: "Attendance", asks: [] })).toEqual(["priority", "asks"]);
  });
});
