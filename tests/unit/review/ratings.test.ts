import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConditionLevel, Rag } from "@/lib/generated/prisma/enums";
import { assessmentCompleteness, chronological, latestLevels, latestRatings, movement, movementText, ragCounts, ragMovement, ratingHistory } from "@/lib/review/ratings";

const AREAS = [
  { id: "a", name: "Secure buy-in" },
  { id: "b", name: "A backbone organisation" },
  { id: "c", name: "Cumulative effect" },
];
let n = 0;
function assessment(assessedOn: string, ratings: Record<string, Rag>, createdAt = new Date(Date.UTC(2026, 0, 1, 0, 0, n++))) {
  return { id: `${assessedOn}-${n}`, assessedOn, createdAt, ratings: Object.entries(ratings).map(([evaluationAreaId, rating]) => ({ evaluationAreaId, rating })) };
}

describe("movement", () => {
  it("says whether a rating went up, down or stayed, and when it is the first", () => {
    expect(ragMovement("red", "amber")).toBe("improved");
    expect(ragMovement("green", "amber")).toBe("declined");
    expect(ragMovement("amber", "amber")).toBe("unchanged");
    expect(ragMovement(null, "red")).toBe("first");
    expect(movement(undefined, 3)).toBe("first");
  });

  it("is antisymmetric: what went up one way went down the other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (a, b) => {
        const there = movement(a, b);
        const back = movement(b, a);
        if (there === "improved") expect(back).toBe("declined");
        if (there === "unchanged") expect(back).toBe("unchanged");
      }),
    );
  });

  it("is put in words, never a symbol", () => {
    expect(movementText("improved", "Red")).toBe("Up from Red");
    expect(movementText("declined", "Green")).toBe("Down from Green");
    expect(movementText("unchanged", "Amber")).toBe("No change");
    expect(movementText("first", null)).toBe("First rating");
  });
});

describe("assessmentCompleteness", () => {
  it("is complete only when every area in use is rated", () => {
    expect(assessmentCompleteness(["a", "b", "c"], AREAS)).toEqual({ complete: true, rated: 3, required: 3, missing: [] });
    expect(assessmentCompleteness(["a"], AREAS)).toEqual({ complete: false, rated: 1, required: 3, missing: ["A backbone organisation", "Cumulative effect"] });
  });

  it("does not count ratings of areas no longer in use, and is never complete with nothing to rate", () => {
    expect(assessmentCompleteness(["a", "b", "retired"], AREAS.slice(0, 2))).toMatchObject({ complete: true, rated: 2 });
    expect(assessmentCompleteness(["retired"], AREAS)).toMatchObject({ complete: false, rated: 0 });
    expect(assessmentCompleteness([], [])).toMatchObject({ complete: false });
  });
});

describe("ratingHistory and latestRatings", () => {
  const autumn = assessment("2026-10-01", { a: "amber", b: "green", c: "red" });
  const spring = assessment("2027-01-20", { a: "green", b: "amber" });
  const summer = assessment("2027-05-10", { a: "green", b: "amber", c: "amber" });

  it("orders assessments by date, then by when they were recorded", () => {
    const sameDay = assessment("2027-01-20", { a: "red" });
    expect(chronological([summer, sameDay, autumn, spring]).map((a) => a.id)).toEqual([autumn.id, spring.id, sameDay.id, summer.id]);
  });

  it("shows each area's movement since that area's previous rating, skipping assessments that left it unrated", () => {
    const history = ratingHistory([summer, autumn, spring]);
    expect(history.get("a")).toEqual([
      { rating: "amber", previous: null, movement: "first" },
      { rating: "green", previous: "amber", movement: "improved" },
      { rating: "green", previous: "green", movement: "unchanged" },
    ]);
    // Unrated in spring: summer's amber is compared with autumn's red.
    expect(history.get("c")).toEqual([{ rating: "red", previous: null, movement: "first" }, null, { rating: "amber", previous: "red", movement: "improved" }]);
  });

  it("takes the latest assessment's ratings, with movement, and says whether it is complete", () => {
    const latest = latestRatings([autumn, spring], AREAS);
    expect(latest.assessment).toEqual({ id: spring.id, assessedOn: "2027-01-20" });
    expect(latest.cells).toEqual({ a: { rating: "green", previous: "amber", movement: "improved" }, b: { rating: "amber", previous: "green", movement: "declined" }, c: null });
    expect(latest.completeness).toMatchObject({ complete: false, missing: ["Cumulative effect"] });
    expect(ragCounts(latest.cells)).toEqual({ red: 0, amber: 1, green: 1 });
  });

  it("has no assessment and no cells rated when there is none", () => {
    expect(latestRatings([], AREAS)).toEqual({ assessment: null, cells: { a: null, b: null, c: null }, completeness: null });
  });

  it("agrees with the history's last column for any set of assessments", () => {
    const rag = fc.constantFrom<Rag>("red", "amber", "green");
    const one = fc.record({ day: fc.integer({ min: 1, max: 28 }), a: fc.option(rag), b: fc.option(rag), c: fc.option(rag) });
    fc.assert(
      fc.property(fc.array(one, { minLength: 1, maxLength: 6 }), (rows) => {
        const list = rows.map((r) => assessment(`2027-02-${String(r.day).padStart(2, "0")}`, Object.fromEntries(Object.entries({ a: r.a, b: r.b, c: r.c }).filter(([, v]) => v !== null)) as Record<string, Rag>));
        const history = ratingHistory(list);
        const latest = latestRatings(list, AREAS);
        for (const area of AREAS) expect(latest.cells[area.id]).toEqual(history.get(area.id)?.[list.length - 1] ?? null);
      }),
    );
  });
});

describe("latestLevels", () => {
  it("takes the latest self-assessment's levels, each with its movement", () => {
    type Row = { condition: string; level: ConditionLevel };
    const first = { id: "1", assessedOn: "2026-10-01", createdAt: new Date(1), ratings: [{ condition: "common_agenda", level: "just_begun" }] as Row[] };
    const second = { id: "2", assessedOn: "2027-01-10", createdAt: new Date(2), ratings: [{ condition: "common_agenda", level: "mostly_in_place" }, { condition: "backbone_support", level: "fully_in_place" }] as Row[] };
    const latest = latestLevels([second, first]);
    expect(latest.assessment).toEqual({ id: "2", assessedOn: "2027-01-10" });
    expect(latest.cells).toEqual({
      common_agenda: { level: "mostly_in_place", previous: "just_begun", movement: "improved" },
      backbone_support: { level: "fully_in_place", previous: null, movement: "first" },
    });
  });
});
