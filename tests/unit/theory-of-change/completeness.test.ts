import { describe, expect, it } from "vitest";
import { emptyTheory, type TheoryContent } from "@/lib/theory-of-change/content";
import { theoryChains, theoryCompleteness } from "@/lib/theory-of-change/completeness";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function chain(): TheoryContent {
  return {
    ...emptyTheory("Attendance"),
    waysOfWorking: [{ id: id(1), text: "Schools lead", leadsTo: [id(2)] }],
    activities: [{ id: id(2), text: "A family worker", leadsTo: [id(3)] }],
    outcomes: [{ id: id(3), text: "Fewer absences", leadsTo: [id(4)], indicatorCodes: [] }],
    impacts: [{ id: id(4), text: "Better life chances", leadsTo: [] }],
  };
}

describe("theoryCompleteness", () => {
  it("needs every column before the checklist item is met", () => {
    expect(theoryCompleteness(emptyTheory())).toEqual({
      complete: false,
      missing: ["a way of working", "an activity", "an outcome", "a long-term impact"],
    });
    expect(theoryCompleteness(chain())).toEqual({ complete: true, missing: [] });
  });

  it("needs every activity to lead to an outcome and every outcome to an impact", () => {
    const loose = chain();
    loose.activities.push({ id: id(5), text: "Breakfast club", leadsTo: [] });
    expect(theoryCompleteness(loose).missing).toEqual(["a link from every activity to an outcome"]);
    const dangling = chain();
    dangling.outcomes[0]!.leadsTo = [id(99)];
    expect(theoryCompleteness(dangling).missing).toEqual(["a link from every outcome to an impact"]);
  });

  it("does not ask for ways of working to be linked: the guide draws them as the inputs of the whole chain", () => {
    const unlinkedWay = chain();
    unlinkedWay.waysOfWorking.push({ id: id(6), text: "Strengths-based", leadsTo: [] });
    expect(theoryCompleteness(unlinkedWay).complete).toBe(true);
  });
});

describe("theoryChains", () => {
  it("reads each path from a way of working to an impact", () => {
    expect(theoryChains(chain())).toEqual([{ wayOfWorking: "Schools lead", activity: "A family worker", outcome: "Fewer absences", impact: "Better life chances" }]);
  });

  it("branches where an entry leads to two, and stops short where a link is missing", () => {
    const c = chain();
    c.activities[0]!.leadsTo = [id(3), id(7)];
    c.outcomes.push({ id: id(7), text: "Children feel safe", leadsTo: [], indicatorCodes: [] });
    expect(theoryChains(c).map((x) => [x.outcome, x.impact])).toEqual([
      ["Fewer absences", "Better life chances"],
      ["Children feel safe", null],
    ]);
  });

  it("stops at the limit", () => {
    const c = chain();
    c.waysOfWorking = Array.from({ length: 10 }, (_, i) => ({ id: id(100 + i), text: `Way ${i}`, leadsTo: [id(2)] }));
    expect(theoryChains(c, 4)).toHaveLength(4);
  });
});
