import { describe, expect, it } from "vitest";
import { theoryFormInput } from "@/lib/theory-of-change/form-input";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const base = { baseVersion: "0", focus: "Attendance" };

describe("theoryFormInput", () => {
  it("keeps the browser's ids and the links into the next column only", () => {
    const parsed = theoryFormInput.parse({
      ...base,
      "waysOfWorking.0.id": id(1),
      "waysOfWorking.0.text": "Schools lead",
      // A link into the activities, one that skips a column and one to nothing.
      "waysOfWorking.0.leadsTo": [id(2), id(3), id(99)],
      "activities.0.id": id(2),
      "activities.0.text": "A family worker",
      "outcomes.0.id": id(3),
      "outcomes.0.text": "Fewer absences",
      "outcomes.0.indicatorCodes": "ks2-rwm, persistent-absence; KS2-RWM",
    });
    expect(parsed.content.waysOfWorking).toEqual([{ id: id(1), text: "Schools lead", leadsTo: [id(2)] }]);
    expect(parsed.content.outcomes[0]!.indicatorCodes).toEqual(["KS2-RWM", "PERSISTENT-ABSENCE"]);
  });

  it("drops blank rows, and issues a fresh id for a missing, malformed or repeated one", () => {
    const parsed = theoryFormInput.parse({
      ...base,
      "activities.0.id": id(2),
      "activities.0.text": "One",
      "activities.1.id": "",
      "activities.1.text": "   ",
      "activities.2.id": id(2),
      "activities.2.text": "Copied id",
      "activities.3.id": "not-a-uuid",
      "activities.3.text": "Bad id",
    });
    const ids = parsed.content.activities.map((a) => a.id);
    expect(parsed.content.activities.map((a) => a.text)).toEqual(["One", "Copied id", "Bad id"]);
    expect(ids[0]).toBe(id(2));
    expect(new Set(ids).size).toBe(3);
  });

  it("names the row and field of each problem", () => {
    const result = theoryFormInput.safeParse({
      ...base,
      "outcomes.0.text": "",
      "outcomes.0.indicatorCodes": "KS2",
      "impacts.1.text": "x".repeat(601),
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["outcomes.0.text", "Outcome 1: write the entry or remove it"],
      ["impacts.1.text", "Impact 2: keep each entry under 600 characters"],
    ]);
  });

  it("ignores field names it does not know", () => {
    const parsed = theoryFormInput.parse({ ...base, "evil.0.text": "x", "__proto__": "y", "activities.0.owner": "z" });
    expect(parsed.content.activities).toEqual([]);
    expect(Object.keys(parsed.content)).not.toContain("evil");
  });
});
