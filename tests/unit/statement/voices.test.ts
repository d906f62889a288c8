import { describe, expect, it } from "vitest";
import { roleLooksLikeName, voiceWarnings } from "@/lib/statement/voices";

const members = ["Sarah Hughes", "Tom Bennett", "Dr Emma Clarke", "Imran Hussain"];

describe("roleLooksLikeName", () => {
  it("accepts the model's roles", () => {
    for (const role of ["Youth Worker", "School Leader", "Senior Local Authority Officer", "Parent", "Professor of Education", "Young person, aged 15"]) {
      expect(roleLooksLikeName(role, members), role).toBe(false);
    }
  });

  it("flags a member's name, in full, reversed or by surname", () => {
    expect(roleLooksLikeName("Sarah Hughes", members)).toBe(true);
    expect(roleLooksLikeName("Youth worker Tom Bennett", members)).toBe(true);
    expect(roleLooksLikeName("Hughes, Sarah", members)).toBe(true);
    expect(roleLooksLikeName("Bennett", members)).toBe(true);
    expect(roleLooksLikeName("Emma Clarke", members)).toBe(true);
  });

  it("flags a title before a capitalised word, member or not", () => {
    expect(roleLooksLikeName("Mrs Patel", members)).toBe(true);
    expect(roleLooksLikeName("Dr. Jones", [])).toBe(true);
    expect(roleLooksLikeName("Councillor Ahmed", [])).toBe(true);
  });

  it("does not flag a long role that happens to contain a member's surname", () => {
    expect(roleLooksLikeName("Youth worker at the Hughes Street centre, Holme Wood", members)).toBe(false);
  });
});

describe("voiceWarnings", () => {
  it("warns by voice id and says what to write instead", () => {
    const warnings = voiceWarnings(
      [
        { id: "a", role: "Youth Worker" },
        { id: "b", role: "Tom Bennett" },
      ],
      members,
    );
    expect(Object.keys(warnings)).toEqual(["b"]);
    expect(warnings.b).toContain("looks like a person's name");
  });
});
