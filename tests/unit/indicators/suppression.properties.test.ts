import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSmallCount, suppressCounts, suppressCumulativeSeries, suppressFigures, type CountCell, type Group, type RawFigure } from "@/lib/indicators/suppression";
import { recoverableCells } from "@/lib/indicators/recoverable";
import { combineGeographies } from "@/lib/indicators/area-figure";

/** Counts the way real small-area tables look: many zeros and small numbers, some large ones. */
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 7 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 400 }) });
const threshold = fc.integer({ min: 1, max: 10 });

/** LSOAs, and areas made of (possibly overlapping) sets of them: the table an area page and the board show. */
const areaTable = fc
  .record({ lsoas: fc.array(count, { minLength: 1, maxLength: 8 }), areaCount: fc.integer({ min: 1, max: 4 }) })
  .chain(({ lsoas, areaCount }) =>
    fc.record({
      lsoas: fc.constant(lsoas),
      areas: fc.array(fc.subarray(lsoas.map((_, i) => i), { minLength: 1 }), { minLength: areaCount, maxLength: areaCount }),
    }),
  )
  .map(({ lsoas, areas }) => {
    const cells: CountCell[] = lsoas.map((value) => ({ value, displayed: true }));
    const groups: Group[] = areas.map((members) => {
      cells.push({ value: members.reduce((sum, m) => sum + lsoas[m]!, 0), displayed: true });
      return { total: cells.length - 1, members };
    });
    return { cells, groups };
  });

describe("suppression on random tables", () => {
  it("never shows a count from 1 to the threshold", () => {
    fc.assert(
      fc.property(areaTable, threshold, ({ cells, groups }, t) => {
        const reasons = suppressCounts(cells, groups, t);
        cells.forEach((c, i) => {
          if (reasons[i] === null && c.value !== null) expect(isSmallCount(c.value, t)).toBe(false);
        });
      }),
    );
  });

  it("never lets a hidden count be recovered by subtracting shown counts from a shown total", () => {
    fc.assert(
      fc.property(areaTable, threshold, ({ cells, groups }, t) => {
        const hidden = suppressCounts(cells, groups, t).map((r) => r !== null);
        for (const g of groups) {
          const inGroup = [g.total, ...g.members].filter((i) => hidden[i]);
          expect(inGroup.length).not.toBe(1);
        }
      }),
    );
  });

  it("never lets a hidden count be pinned down by any combination of totals (differences of overlapping areas included)", () => {
    fc.assert(
      fc.property(areaTable, threshold, ({ cells, groups }, t) => {
        const hidden = suppressCounts(cells, groups, t).map((r) => r !== null);
        expect(recoverableCells(cells.length, groups, hidden)).toEqual([]);
      }),
    );
  });

  it("never reveals more than the table without suppression: shown counts are untouched, and every primary cell stays hidden", () => {
    fc.assert(
      fc.property(areaTable, threshold, ({ cells, groups }, t) => {
        const alone = suppressCounts(cells, [], t);
        const withTotals = suppressCounts(cells, groups, t);
        cells.forEach((c, i) => {
          if (alone[i] === "primary") expect(withTotals[i]).toBe("primary");
          if (withTotals[i] === "primary") expect(c.value !== null && isSmallCount(c.value, t)).toBe(true);
        });
        // Secondary suppression only hides: raising the count of hidden cells, never lowering it.
        expect(withTotals.filter((r) => r !== null).length).toBeGreaterThanOrEqual(alone.filter((r) => r !== null).length);
      }),
    );
  });
});

const lsoaFigure = fc
  .record({ numerator: count, extra: fc.integer({ min: 0, max: 2_000 }) })
  .map(({ numerator, extra }): RawFigure => {
    const denominator = numerator + extra;
    return { numerator, denominator, value: denominator > 0 ? (numerator / denominator) * 100 : null, lowerCi: null, upperCi: null, missing: null };
  });

describe("suppression of percentages on random area tables", () => {
  it("hides every percentage built on a hidden count, and no hidden numerator or denominator is recoverable from the area's total", () => {
    fc.assert(
      fc.property(fc.array(lsoaFigure, { minLength: 1, maxLength: 8 }), threshold, (lsoas, t) => {
        const combined = combineGeographies("percent", lsoas);
        if (combined.how !== "recomputed") return;
        const figures = [...lsoas, combined.figure];
        const group = { total: lsoas.length, members: lsoas.map((_, i) => i) };
        const safe = suppressFigures(figures, [group], "percent", t);
        for (const [i, f] of safe.entries()) {
          for (const part of [f.numerator, f.denominator]) if (typeof part === "number") expect(isSmallCount(part, t)).toBe(false);
          if (typeof f.value === "number") {
            expect(typeof f.numerator).toBe("number");
            expect(typeof f.denominator).toBe("number");
            expect(f.value).toBe(figures[i]!.value);
          }
          if (f.value === "c" && figures[i]!.lowerCi !== null) expect(f.lowerCi).toBe("c");
        }
        for (const part of ["numerator", "denominator"] as const) {
          const hiddenCount = safe.filter((f) => f[part] === "c").length;
          expect(hiddenCount).not.toBe(1);
        }
      }),
    );
  });
});

describe("suppression of cumulative series", () => {
  it("never shows two consecutive totals whose difference is a small count", () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 10 }), threshold, (increments, t) => {
        const cumulative = increments.map((_, i) => increments.slice(0, i + 1).reduce((a, b) => a + b, 0));
        const hidden = suppressCumulativeSeries(cumulative, t);
        if (!hidden[0]) expect(isSmallCount(cumulative[0]!, t)).toBe(false);
        for (let i = 1; i < cumulative.length; i += 1) {
          if (!hidden[i] && !hidden[i - 1]) expect(isSmallCount(cumulative[i]! - cumulative[i - 1]!, t)).toBe(false);
          if (!hidden[i]) expect(isSmallCount(cumulative[i]!, t)).toBe(false);
        }
      }),
    );
  });
});
