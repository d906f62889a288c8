import { describe, expect, it } from "vitest";
import { emptyStatement } from "@/lib/statement/content";
import { statementCompleteness } from "@/lib/statement/completeness";
import { statement } from "./support";

describe("statementCompleteness", () => {
  it("is complete with a sourced figure, a voice, an action, an outcome and an ask", () => {
    expect(statementCompleteness(statement())).toMatchObject({ complete: true, missing: [] });
  });

  it("names everything a new statement still lacks, in the model's order, as the gate lists it", () => {
    const { complete, missing, items } = statementCompleteness(emptyStatement("Attendance", "Keighley"));
    expect(complete).toBe(false);
    expect(missing).toEqual(["a data figure with its source", "a community voice", "a committed action", "a desired outcome", "an ask of commissioners"]);
    expect(items.map((i) => i.section)).toEqual(["figures", "voices", "actions", "outcomes", "asks"]);
  });

  it("names only what is missing", () => {
    expect(statementCompleteness(statement({ outcomes: [], asks: [] })).missing).toEqual(["a desired outcome", "an ask of commissioners"]);
  });

  it("does not count a figure whose source is blank (a stored document of an older shape)", () => {
    const content = statement();
    const unsourced = { ...content, figures: content.figures.map((f) => ({ ...f, source: "  " })) };
    expect(statementCompleteness(unsourced).missing).toEqual(["a data figure with its source"]);
  });
});
