import { describe, expect, it } from "vitest";
import { toCsvLine } from "@/lib/csv/escape";
import { THREE_SIXTY_COLUMNS, threeSixtyRow } from "@/lib/budget/three-sixty-giving";

const funder = { partnershipSlug: "bradford", partnershipName: "Bradford Education Alliance", areaSlug: "holme-wood", areaName: "Holme Wood" };
const award = {
  id: "00000000-0000-4000-8000-000000000001",
  amountPence: 300_050,
  decidedOn: "2026-10-15",
  createdAt: new Date("2026-10-15T18:30:00Z"),
  organisationName: "=HYPERLINK(\"http://evil.example\",\"Click\")",
  summary: "Volunteer training, evenings",
  roundTitle: "Summer community grants",
};

describe("the 360Giving export", () => {
  it("uses the standard's column titles, in pounds and ISO dates", () => {
    expect(THREE_SIXTY_COLUMNS.slice(0, 6)).toEqual(["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date"]);
    const row = threeSixtyRow({ ...award, organisationName: "The VCS Alliance" }, funder);
    expect(row[0]).toBe("360G-actlocally-bradford-00000000-0000-4000-8000-000000000001");
    expect(row.slice(3, 8)).toEqual(["GBP", "3000.50", "2026-10-15", "360G-actlocally-org-the-vcs-alliance", "The VCS Alliance"]);
    expect(row[12]).toBe("2026-10-15T18:30:00.000Z");
  });

  it("never lets a spreadsheet run a name as a formula", () => {
    const line = toCsvLine(threeSixtyRow(award, funder));
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(line).not.toMatch(/,=HYPERLINK/);
  });
});
