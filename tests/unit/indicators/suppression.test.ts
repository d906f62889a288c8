import { describe, expect, it } from "vitest";
import { suppressCounts, suppressCumulativeSeries, suppressFigures, type CountCell, type RawFigure } from "@/lib/indicators/suppression";
import { recoverableCells } from "@/lib/indicators/recoverable";

const shown = (values: (number | null)[]): CountCell[] => values.map((value) => ({ value, displayed: true }));
const figure = (f: Partial<RawFigure>): RawFigure => ({ value: null, numerator: null, denominator: null, lowerCi: null, upperCi: null, missing: null, ...f });

describe("primary suppression of counts", () => {
  it("hides counts from 1 to the threshold and shows 0 and anything above", () => {
    const reasons = suppressCounts(shown([0, 1, 3, 5, 6, 250, null]), [], 5);
    expect(reasons).toEqual([null, "primary", "primary", "primary", null, null, null]);
  });

  it("uses the indicator's own threshold", () => {
    expect(suppressCounts(shown([6, 10, 11]), [], 10)).toEqual(["primary", "primary", null]);
    expect(suppressCounts(shown([1, 2]), [], 1)).toEqual(["primary", null]);
  });
});

describe("secondary suppression", () => {
  it("hides the next smallest member when one member of a shown total is hidden, never the total", () => {
    // An area of three LSOAs: 3 + 40 + 57 = 100.
    const reasons = suppressCounts(shown([3, 40, 57, 100]), [{ total: 3, members: [0, 1, 2] }], 5);
    expect(reasons).toEqual(["primary", "secondary", null, null]);
  });

  it("prefers a non-zero member to a zero one", () => {
    const reasons = suppressCounts(shown([2, 0, 30, 9, 41]), [{ total: 4, members: [0, 1, 2, 3] }], 5);
    expect(reasons).toEqual(["primary", null, null, "secondary", null]);
  });

  it("hides a small member whose only companions are zeros, with the total it repeats", () => {
    // 4 + 0 + 0 = 4: the zeros are shown, the 4 twice hidden.
    expect(suppressCounts(shown([4, 0, 0, 4]), [{ total: 3, members: [0, 1, 2] }], 5)).toEqual(["primary", null, null, "primary"]);
    // 3 + 0 = 3 beside a second area sharing the zero LSOA: the shared zero stays shown, nothing is recoverable.
    const reasons = suppressCounts(shown([3, 0, 40, 3, 40]), [{ total: 3, members: [0, 1] }, { total: 4, members: [1, 2] }], 5);
    expect(reasons).toEqual(["primary", null, null, "primary", null]);
  });

  it("leaves a table alone when two members are already hidden", () => {
    expect(suppressCounts(shown([2, 3, 50, 55]), [{ total: 3, members: [0, 1, 2] }], 5)).toEqual(["primary", "primary", null, null]);
  });

  it("stops a hidden LSOA being recovered as the difference of two overlapping areas", () => {
    // L1=20, L2=30, L3=4; area A = L1+L2 = 50, area B = L1+L2+L3 = 54.
    const cells = shown([20, 30, 4, 50, 54]);
    const groups = [
      { total: 3, members: [0, 1] },
      { total: 4, members: [0, 1, 2] },
    ];
    const reasons = suppressCounts(cells, groups, 5);
    expect(reasons[2]).toBe("primary");
    const hidden = reasons.map((r) => r !== null);
    expect(recoverableCells(cells.length, groups, hidden)).toEqual([]);
    // Showing both totals would give L3 = 54 − 50.
    expect(hidden[3] && hidden[4]).toBe(false);
  });

  it("guards an implied count (a period's increment of a cumulative series)", () => {
    // Cumulative 10 then 12: the second period added 2.
    expect(suppressCumulativeSeries([10, 12, 40], 5)).toEqual([true, false, false]);
    expect(suppressCumulativeSeries([10, 30, 60], 5)).toEqual([false, false, false]);
  });
});

describe("suppressing figures", () => {
  it("hides a percentage and its interval when its numerator is small, and shows its denominator", () => {
    const [safe] = suppressFigures([figure({ value: 0.24, numerator: 3, denominator: 1237, lowerCi: 0.08, upperCi: 0.7 })], [], "percent", 5);
    expect(safe).toEqual({ value: "c", numerator: "c", denominator: 1237, lowerCi: "c", upperCi: "c" });
  });

  it("hides a rate whose denominator is small, since rate × denominator would give its numerator", () => {
    const [safe] = suppressFigures([figure({ value: 200, numerator: 8, denominator: 4 })], [], "rate_per_1000", 5);
    expect(safe).toMatchObject({ value: "c", numerator: 8, denominator: "c" });
  });

  it("checks a published rate without its count on the count it implies", () => {
    const [small, large] = suppressFigures(
      [figure({ value: 2.5, denominator: 12_000 }), figure({ value: 250, denominator: 12_000 })],
      [],
      "rate_per_10000",
      5,
    );
    expect(small!.value).toBe("c");
    expect(small!.numerator).toBeNull();
    expect(large!.value).toBe(250);
  });

  it("shows a rate without numerator or denominator as published", () => {
    expect(suppressFigures([figure({ value: 12.5 })], [], "percent", 5)[0]!.value).toBe(12.5);
  });

  it("shows a count of 0 and hides a count indicator's small figure", () => {
    expect(suppressFigures([figure({ value: 0 }), figure({ value: 2 }), figure({ value: 17 })], [], "count", 5).map((f) => f.value)).toEqual([0, "c", 17]);
  });

  it("shows the publisher's marker for a withheld value, never 0", () => {
    const safe = suppressFigures(
      [figure({ missing: "suppressed" }), figure({ missing: "not_available" }), figure({ missing: "not_applicable" }), figure({ missing: "rounds_to_zero" }), figure({ missing: "low_reliability" }), figure({ missing: "not_published" })],
      [],
      "percent",
      5,
    );
    expect(safe.map((f) => f.value)).toEqual(["c", "x", "z", "low", "u", "x"]);
  });

  it("suppresses an area total's numerators and denominators as separate columns", () => {
    // Two LSOAs and their area: 3/400 and 50/600 → 53/1000.
    const figures = [figure({ numerator: 3, denominator: 400, value: 0.75 }), figure({ numerator: 50, denominator: 600, value: 8.3 }), figure({ numerator: 53, denominator: 1000, value: 5.3 })];
    const safe = suppressFigures(figures, [{ total: 2, members: [0, 1] }], "percent", 5);
    expect(safe.map((f) => f.numerator)).toEqual(["c", "c", 53]);
    expect(safe.map((f) => f.denominator)).toEqual([400, 600, 1000]);
    expect(safe.map((f) => f.value)).toEqual(["c", "c", 5.3]);
  });
});

describe("recoverableCells", () => {
  it("finds a lone hidden cell of a group and nothing when two are hidden", () => {
    const group = [{ total: 3, members: [0, 1, 2] }];
    expect(recoverableCells(4, group, [true, false, false, false])).toEqual([0]);
    expect(recoverableCells(4, group, [true, true, false, false])).toEqual([]);
    expect(recoverableCells(4, group, [false, false, false, true])).toEqual([3]);
  });

  it("finds a cell pinned through a chain of groups", () => {
    // a + b = t1 (shown), b + c = t2 (shown), c hidden alone in a third group.
    const groups = [
      { total: 3, members: [0, 1] },
      { total: 4, members: [1, 2] },
      { total: 5, members: [2, 6] },
    ];
    expect(recoverableCells(7, groups, [true, true, true, false, false, false, false])).toEqual([0, 1, 2]);
  });
});
