import type { IndicatorUnit, MissingReason } from "@/lib/generated/prisma/enums";
import { recoverableCells, type Group } from "@/lib/indicators/recoverable";
import { isCountUnit, unitMultiplier } from "@/lib/indicators/units";

export type { Group } from "@/lib/indicators/recoverable";

/**
 * Small-number suppression (DESIGN §3.5), pure. Every figure that leaves the server passes
 * through here first (lib/indicators/services/read.ts is the one caller on the read path).
 *
 * Markers follow the Government Statistical Service's symbols: "c" confidential (suppressed,
 * by us or by the publisher), "x" not available, "z" not applicable, "low" rounds to zero
 * but is not zero, "u" low reliability.
 *
 * PRIMARY suppression. A count (a count indicator's figure, any numerator, any denominator)
 * from 1 to the indicator's threshold shows as "c"; 0 is shown. A rate or percentage is "c"
 * when its numerator or its denominator is: with the other one shown, the hidden count
 * would be rate × denominator. A published rate without its numerator but with its
 * denominator is checked on the numerator it implies (rate × denominator ÷ multiplier).
 * A confidence interval goes with its figure. A value the publisher withheld shows its marker.
 *
 * SECONDARY suppression. Where a table also shows a total (an area's count over its LSOAs,
 * overlapping areas side by side, a breakdown and its total, consecutive periods of a
 * cumulative series), the relations `total = Σ members` are passed in as groups, and a
 * hidden cell must not be recoverable from them. The algorithm, per connected set of groups:
 *   1. hide every primary-suppressed count; cells not shown at all (a count that is only
 *      implied, like one period's increment of a cumulative series, or a count the source
 *      does not give) are unknowns from the start;
 *   2. find the hidden cells that the equations pin to one value (lib/indicators/recoverable.ts:
 *      Gaussian elimination, so a difference of two totals is caught as well as a total minus
 *      its shown members);
 *   3. if there is one, hide one more shown cell in a group it belongs to: a member rather
 *      than a total, a non-zero count rather than a zero, the smallest first (ties: the first
 *      in the table), so the least information is lost; if its groups have nothing left to
 *      hide, take the smallest shown cell in the connected set;
 *   4. repeat from 2 until no hidden cell is recoverable.
 * Each round hides one more cell, so it ends; at worst everything in the connected set is
 * hidden. Numerators and denominators are suppressed as two separate additive columns; then
 * the rates follow their counts (primary rule above). Shown cells are never altered.
 */
export type Marker = "c" | "x" | "z" | "low" | "u";
/** What a cell shows: a number that may be seen, or a marker. */
export type Shown = number | Marker;

export const MARKER_MEANINGS: Record<Marker, string> = {
  c: "suppressed to protect small numbers",
  x: "not available",
  z: "not applicable",
  low: "rounds to zero, but is not zero",
  u: "low reliability",
};

export const MISSING_MARKERS: Record<MissingReason, Marker> = {
  suppressed: "c",
  not_available: "x",
  not_applicable: "z",
  rounds_to_zero: "low",
  low_reliability: "u",
  not_published: "x",
};

export const DEFAULT_THRESHOLD = 5;

export function isMarker(value: Shown | null | undefined): value is Marker {
  return typeof value === "string";
}

/** A count in 1..threshold: the numbers that must never be shown. */
export function isSmallCount(value: number, threshold: number): boolean {
  return value > 0 && value <= threshold;
}

// ── Additive counts ─────────────────────────────────────────────────────────

/**
 * A count in a table. `value` null: the count is not known (the source does not give it).
 * `displayed` false: the count is never shown by itself (an implied count, such as a
 * cumulative series' increment), but must still not be recoverable when it is small.
 */
export type CountCell = { value: number | null; displayed: boolean };
export type SuppressionReason = "primary" | "secondary";

/** Which displayed cells to hide, and why; the algorithm is described at the top of this file. */
export function suppressCounts(cells: readonly CountCell[], groups: readonly Group[], threshold: number): (SuppressionReason | null)[] {
  const reasons: (SuppressionReason | null)[] = cells.map((c) => (c.displayed && c.value !== null && isSmallCount(c.value, threshold) ? "primary" : null));
  // Unknown to a reader: hidden cells, and cells never shown or not known.
  const unknown = cells.map((c, i) => reasons[i] !== null || !c.displayed || c.value === null);
  // Must stay unrecoverable: what is hidden on the page, and small implied counts.
  const guarded = (i: number) => reasons[i] !== null || (!cells[i]!.displayed && cells[i]!.value !== null && isSmallCount(cells[i]!.value!, threshold));

  for (const component of connectedGroups(cells.length, groups)) {
    for (;;) {
      const recovered = recoverableCells(cells.length, component.groups, unknown).filter(guarded);
      if (recovered.length === 0) break;
      const extra = complementFor(recovered[0]!, component, cells, unknown);
      if (extra === null) break; // Nothing shown is left in this component: nothing more can be hidden.
      unknown[extra] = true;
      reasons[extra] = "secondary";
    }
  }
  return reasons;
}

type Component = { groups: Group[]; cells: number[] };

/** Groups linked by a shared cell, so each set is solved on its own (small systems, same result whichever page asks). */
function connectedGroups(cellCount: number, groups: readonly Group[]): Component[] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const cell of [g.total, ...g.members]) {
      if (cell < 0 || cell >= cellCount) throw new Error(`Group refers to cell ${cell} of ${cellCount}`);
      const seen = owner.get(cell);
      if (seen === undefined) owner.set(cell, i);
      else parent[find(seen)] = find(i);
    }
  });
  const byRoot = new Map<number, Component>();
  groups.forEach((g, i) => {
    const root = find(i);
    const component = byRoot.get(root) ?? { groups: [], cells: [] };
    component.groups.push(g);
    byRoot.set(root, component);
  });
  for (const component of byRoot.values()) {
    component.cells = [...new Set(component.groups.flatMap((g) => [g.total, ...g.members]))].sort((a, b) => a - b);
  }
  return [...byRoot.values()];
}

function complementFor(target: number, component: Component, cells: readonly CountCell[], unknown: readonly boolean[]): number | null {
  const own = component.groups.filter((g) => g.total === target || g.members.includes(target));
  const members = new Set(own.flatMap((g) => g.members));
  const totals = new Set(own.map((g) => g.total));
  const pick = (candidates: Iterable<number>) => {
    const shown = [...candidates].filter((i) => !unknown[i] && cells[i]!.displayed && cells[i]!.value !== null);
    shown.sort((a, b) => {
      const va = cells[a]!.value!;
      const vb = cells[b]!.value!;
      const za = va === 0 ? 1 : 0;
      const zb = vb === 0 ? 1 : 0;
      return za - zb || va - vb || a - b;
    });
    return shown[0] ?? null;
  };
  return pick(members) ?? pick(totals) ?? pick(component.cells.filter((c) => !totals.has(c))) ?? pick(component.cells);
}

// ── Figures: counts, rates and their confidence intervals ────────────────────

/** A figure as stored (one data point, or an area figure worked out from them). */
export type RawFigure = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lowerCi: number | null;
  upperCi: number | null;
  missing: MissingReason | null;
};

/** A figure as it may leave the server: each part a number that may be seen, a marker, or null (none). */
export type SafeFigure = {
  value: Shown | null;
  numerator: Shown | null;
  denominator: Shown | null;
  lowerCi: Shown | null;
  upperCi: Shown | null;
};

export const NO_FIGURE: SafeFigure = { value: null, numerator: null, denominator: null, lowerCi: null, upperCi: null };

/** The count a figure rests on: a count indicator's own figure, else its numerator, else the numerator its rate and denominator imply. */
function countOf(f: RawFigure, unit: IndicatorUnit): CountCell {
  if (isCountUnit(unit)) return { value: f.value ?? f.numerator, displayed: true };
  if (f.numerator !== null) return { value: f.numerator, displayed: true };
  const multiplier = unitMultiplier(unit);
  if (f.value !== null && f.denominator !== null && multiplier !== null) return { value: Math.round((f.value * f.denominator) / multiplier), displayed: false };
  return { value: null, displayed: false };
}

/**
 * Suppresses a table of figures. `groups` say which figure is the total of which others
 * (their counts and denominators add up); figures in no group are suppressed on their own.
 */
export function suppressFigures(figures: readonly RawFigure[], groups: readonly Group[], unit: IndicatorUnit, threshold: number): SafeFigure[] {
  const counts = figures.map((f) => countOf(f, unit));
  const denominators = figures.map((f): CountCell => ({ value: f.denominator, displayed: true }));
  const countHidden = suppressCounts(counts, groups, threshold);
  const denominatorHidden = suppressCounts(denominators, groups, threshold);
  // An implied numerator that is small hides its rate too; it is never shown itself.
  const impliedSmall = counts.map((c) => !c.displayed && c.value !== null && isSmallCount(c.value, threshold));

  return figures.map((f, i) => {
    const hideCount = countHidden[i] !== null || impliedSmall[i]!;
    const hideDenominator = denominatorHidden[i] !== null;
    const show = (raw: number | null, hidden: boolean): Shown | null => (raw === null ? null : hidden ? "c" : raw);
    const hideValue = isCountUnit(unit) ? hideCount : hideCount || hideDenominator;
    const value: Shown | null = f.missing !== null && f.value === null ? MISSING_MARKERS[f.missing] : show(f.value, hideValue);
    const valueHidden = value === "c" || (f.missing !== null && f.value === null);
    return {
      value,
      numerator: show(f.numerator, isCountUnit(unit) ? hideCount : countHidden[i] !== null),
      denominator: show(f.denominator, hideDenominator),
      lowerCi: show(f.lowerCi, valueHidden),
      upperCi: show(f.upperCi, valueHidden),
    };
  });
}

/**
 * A cumulative series (each period's count includes all before it): each period's own count
 * is the difference of two consecutive shown figures, so it is guarded as an implied count.
 * Returns, for each period, whether its cumulative count is hidden.
 */
export function suppressCumulativeSeries(values: readonly (number | null)[], threshold: number): boolean[] {
  const cells: CountCell[] = values.map((value) => ({ value, displayed: true }));
  const groups: Group[] = [];
  for (let t = 1; t < values.length; t += 1) {
    const before = values[t - 1];
    const now = values[t];
    const increment = cells.length;
    cells.push({ value: before === null || before === undefined || now === null || now === undefined ? null : now - before, displayed: false });
    groups.push({ total: t, members: [t - 1, increment] });
  }
  return suppressCounts(cells, groups, threshold)
    .slice(0, values.length)
    .map((r) => r !== null);
}
