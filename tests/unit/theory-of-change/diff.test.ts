import { describe, expect, it } from "vitest";
import { emptyTheory, type TheoryContent } from "@/lib/theory-of-change/content";
import { theoryDiff } from "@/lib/theory-of-change/diff";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function v1(): TheoryContent {
  return {
    ...emptyTheory(),
    activities: [
      { id: id(1), text: "Family worker", leadsTo: [id(3)] },
      { id: id(2), text: "Breakfast club", leadsTo: [] },
    ],
    outcomes: [{ id: id(3), text: "Fewer absences", leadsTo: [], indicatorCodes: [] }],
    vision: "Every child in school",
  };
}

describe("theoryDiff", () => {
  it("matches entries by id: a rewording is a change of that entry, not a removal and an addition", () => {
    const next = v1();
    next.activities[0] = { ...next.activities[0]!, text: "A family worker in each school" };
    expect(theoryDiff(v1(), next).lists).toEqual([
      { key: "activities", heading: "Activities", changes: [{ kind: "reworded", code: "A1", text: "A family worker in each school", before: "Family worker" }] },
    ]);
  });

  it("reports removals, additions and new links with the codes of the later version", () => {
    const next = v1();
    next.activities = [next.activities[0]!, { id: id(4), text: "Walking bus", leadsTo: [] }];
    next.outcomes.unshift({ id: id(5), text: "Children arrive on time", leadsTo: [], indicatorCodes: [] });
    next.activities[0]!.leadsTo = [id(3), id(5)];
    const changes = theoryDiff(v1(), next).lists.flatMap((l) => l.changes.map((c) => `${c.kind} ${c.code}${c.links ? ` → ${c.links.join(",")}` : ""}`));
    expect(changes).toEqual(["removed A2", "relinked A1 → O2,O1", "added A2", "added O1"]);
  });

  it("reports the vision's change and nothing for an unchanged theory", () => {
    expect(theoryDiff(v1(), v1())).toEqual({ lists: [], texts: [] });
    expect(theoryDiff(v1(), { ...v1(), vision: "Every child, every day" }).texts).toEqual([{ label: "Vision", before: "Every child in school", after: "Every child, every day" }]);
  });
});
