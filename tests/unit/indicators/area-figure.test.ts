import { describe, expect, it } from "vitest";
import { byarInterval, combineGeographies, figureFrom, wilsonInterval } from "@/lib/indicators/area-figure";
import type { RawFigure } from "@/lib/indicators/suppression";
import { formatWithUnit, roundFor } from "@/lib/indicators/units";

const point = (f: Partial<RawFigure>): RawFigure => ({ value: null, numerator: null, denominator: null, lowerCi: null, upperCi: null, missing: null, ...f });

describe("an area figure from its geographies", () => {
  it("divides the summed numerators by the summed denominators, never averaging the rates", () => {
    // A small LSOA with a high rate and a large one with a low rate: the mean of rates would be 25%.
    const result = combineGeographies("percent", [point({ numerator: 40, denominator: 100, value: 40 }), point({ numerator: 90, denominator: 900, value: 10 })]);
    expect(result.how).toBe("recomputed");
    if (result.how !== "recomputed") return;
    expect(result.figure.numerator).toBe(130);
    expect(result.figure.denominator).toBe(1000);
    expect(result.figure.value).toBeCloseTo(13, 10);
  });

  it("applies the unit's multiplier", () => {
    const result = combineGeographies("rate_per_10000", [point({ numerator: 1000, denominator: 80_000 }), point({ numerator: 518, denominator: 34_366 })]);
    if (result.how !== "recomputed") throw new Error(result.how);
    expect(roundFor("rate_per_10000", result.figure.value!)).toBe(132.7);
    expect(formatWithUnit("rate_per_10000", result.figure.value!)).toBe("132.7 per 10,000");
  });

  it("adds up counts for a count indicator", () => {
    const result = combineGeographies("count", [point({ value: 12 }), point({ value: 3 }), point({ value: 0 })]);
    expect(result).toMatchObject({ how: "recomputed", figure: { value: 15, numerator: 15 } });
  });

  it("shows rates one by one when a geography has a rate without its numerator or denominator", () => {
    expect(combineGeographies("percent", [point({ numerator: 3, denominator: 10, value: 30 }), point({ value: 12.5 })]).how).toBe("rates_only");
  });

  it("gives no figure when a geography's value is withheld, rather than a sum that leaves it out", () => {
    expect(combineGeographies("percent", [point({ numerator: 3, denominator: 10, value: 30 }), point({ missing: "suppressed" })]).how).toBe("incomplete");
    expect(combineGeographies("count", [point({ value: 3 }), point({ missing: "not_available" })]).how).toBe("incomplete");
    expect(combineGeographies("percent", []).how).toBe("none");
  });
});

describe("confidence intervals", () => {
  it("match Fingertips' Byar interval for Bradford's injury admissions, 2010/11 (1,518 of 114,366)", () => {
    const f = figureFrom("rate_per_10000", 1518, 114_366);
    expect(f.value).toBeCloseTo(132.7317559, 5);
    expect(f.lowerCi).toBeCloseTo(126.137832, 2);
    expect(f.upperCi).toBeCloseTo(139.5809408, 2);
  });

  it("give Byar's interval from zero for a count of zero", () => {
    expect(byarInterval(0)).toMatchObject({ lower: 0 });
    // The exact Poisson limit is 3.689; Byar's approximation gives 3.668.
    expect(byarInterval(0)!.upper).toBeCloseTo(3.67, 2);
  });

  it("use Wilson's score interval for a percentage", () => {
    const i = wilsonInterval(10, 100)!;
    expect(i.lower).toBeCloseTo(0.0552, 3);
    expect(i.upper).toBeCloseTo(0.1744, 3);
    const f = figureFrom("percent", 10, 100);
    expect(f.lowerCi).toBeCloseTo(5.52, 1);
    expect(wilsonInterval(0, 20)!.lower).toBe(0);
  });

  it("are not given for counts or pounds", () => {
    expect(figureFrom("count", 12, 100)).toMatchObject({ value: 12, lowerCi: null, upperCi: null });
    expect(figureFrom("pounds", 5000, 100)).toMatchObject({ value: 50, lowerCi: null });
  });
});
