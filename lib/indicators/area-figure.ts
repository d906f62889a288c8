import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import type { RawFigure } from "@/lib/indicators/suppression";
import { isCountUnit, unitMultiplier } from "@/lib/indicators/units";

/**
 * An area's figure from the figures of its geographies (DESIGN §3.5): the sum of their
 * numerators over the sum of their denominators, times the unit's multiplier; never an
 * average of their rates, which would weigh a small LSOA like a large one. A count
 * indicator's area figure is the sum of the counts. Pure.
 *
 * Confidence intervals (95%) for a worked-out figure: Wilson's score interval for a
 * percentage (a proportion of the denominator), Byar's approximation to the Poisson
 * interval for a rate per 1,000 / 10,000 / 100,000 (the method Fingertips uses, so the
 * two sit side by side), none for counts and pounds.
 */
export type AreaFigureResult =
  /** Worked out from numerators and denominators (or counts) of every geography with figures. */
  | { how: "recomputed"; figure: RawFigure }
  /** Some geography has a rate but no numerator or denominator: its rates are shown one by one instead. */
  | { how: "rates_only" }
  /** Some geography's figure is withheld by the publisher: the sum would be wrong, so there is none. */
  | { how: "incomplete" }
  | { how: "none" };

const Z = 1.959964;

export function wilsonInterval(successes: number, trials: number): { lower: number; upper: number } | null {
  if (!(trials > 0) || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (Z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** Byar's method for a Poisson count O: the interval for O itself. */
export function byarInterval(observed: number): { lower: number; upper: number } | null {
  if (!(observed >= 0)) return null;
  const lower = observed === 0 ? 0 : observed * (1 - 1 / (9 * observed) - Z / (3 * Math.sqrt(observed))) ** 3;
  const o1 = observed + 1;
  const upper = o1 * (1 - 1 / (9 * o1) + Z / (3 * Math.sqrt(o1))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

/** The figure for a numerator and a denominator in this unit, with its interval where one applies. */
export function figureFrom(unit: IndicatorUnit, numerator: number, denominator: number): RawFigure {
  const multiplier = unitMultiplier(unit);
  if (multiplier === null || !(denominator > 0)) {
    return { value: isCountUnit(unit) ? numerator : null, numerator, denominator, lowerCi: null, upperCi: null, missing: null };
  }
  const value = (numerator / denominator) * multiplier;
  let interval: { lower: number; upper: number } | null = null;
  if (unit === "percent") interval = wilsonInterval(numerator, denominator);
  else if (unit !== "pounds") {
    const counts = byarInterval(numerator);
    interval = counts && { lower: counts.lower / denominator, upper: counts.upper / denominator };
  }
  return {
    value,
    numerator,
    denominator,
    lowerCi: interval ? interval.lower * multiplier : null,
    upperCi: interval ? interval.upper * multiplier : null,
    missing: null,
  };
}

/** Combines the figures of an area's geographies for one period (only those that have a row). */
export function combineGeographies(unit: IndicatorUnit, figures: readonly RawFigure[]): AreaFigureResult {
  if (figures.length === 0) return { how: "none" };
  if (figures.some((f) => f.missing !== null && f.value === null && f.numerator === null)) return { how: "incomplete" };
  if (isCountUnit(unit)) {
    const counts = figures.map((f) => f.value ?? f.numerator);
    if (counts.some((c) => c === null)) return { how: "incomplete" };
    const total = counts.reduce<number>((sum, c) => sum + c!, 0);
    const denominators = figures.map((f) => f.denominator);
    const denominator = denominators.every((d) => d !== null) ? denominators.reduce<number>((sum, d) => sum + d!, 0) : null;
    return { how: "recomputed", figure: { value: total, numerator: total, denominator, lowerCi: null, upperCi: null, missing: null } };
  }
  if (figures.some((f) => f.numerator === null || f.denominator === null)) return { how: "rates_only" };
  const numerator = figures.reduce((sum, f) => sum + f.numerator!, 0);
  const denominator = figures.reduce((sum, f) => sum + f.denominator!, 0);
  if (!(denominator > 0)) return { how: "incomplete" };
  return { how: "recomputed", figure: figureFrom(unit, numerator, denominator) };
}
