import { describe, expect, it } from "vitest";
import { emptyStatement, INTRODUCTION_HEADING, readStatementContent } from "@/lib/statement/content";
import { parseRichText } from "@/lib/richtext/parse";

describe("emptyStatement", () => {
  it("starts from the model's heading and names the priority in the introduction, in bold", () => {
    const content = emptyStatement("Supporting children and young people vulnerable to crime", "Holme Wood");
    expect(content.title).toBe(INTRODUCTION_HEADING);
    expect(content.priority).toBe("Supporting children and young people vulnerable to crime");
    expect(content.introduction).toContain("In Holme Wood the Act Locally group have prioritised **supporting children and young people vulnerable to crime**.");
    expect(content.voices).toEqual([]);
  });

  it("keeps an acronym's capitals and shows markup characters of a title as text", () => {
    const content = emptyStatement("GP registration *now*", "Manningham");
    expect(content.introduction).toContain("**GP registration \\*now\\***");
    const last = parseRichText(content.introduction).at(-1);
    expect(JSON.stringify(last)).toContain("GP registration *now*");
  });

  it("reads back what it wrote", () => {
    const content = emptyStatement("Attendance", "Keighley");
    expect(readStatementContent(JSON.parse(JSON.stringify(content)))).toEqual(content);
  });
});
