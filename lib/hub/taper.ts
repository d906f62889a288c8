import { financialYearLabel } from "@/lib/budget/financial-year";
import { formatPounds } from "@/lib/money";

/**
 * The hub budget tapers (the guide, section 2): each financial year is a percentage of the
 * first year's budget, falling so that statutory services realign before the money runs out.
 * Pure: the budget service applies a change inside the transaction that holds the hub's and
 * its years' row locks, with allocations read under those locks.
 */
export const DEFAULT_TAPER: readonly number[] = [100, 75, 50, 25];
export const MAX_TAPER_YEARS = 10;

export type PlannedYear = { financialYear: number; taperPercent: number; amountPence: number };
export type ExistingYear = PlannedYear & { allocatedPence: number };
export type TaperPlan = { startYear: number; firstYearPence: number; percents: readonly number[] };

/** A year's amount: its percentage of the first year, to the nearest penny. */
export function taperAmount(firstYearPence: number, percent: number): number {
  return Math.round((firstYearPence * percent) / 100);
}

export function taperSchedule(plan: TaperPlan): PlannedYear[] {
  return plan.percents.map((percent, i) => ({ financialYear: plan.startYear + i, taperPercent: percent, amountPence: taperAmount(plan.firstYearPence, percent) }));
}

/** The field a year's percentage is typed in: the first year is always 100 % and has none. */
export const percentField = (index: number) => (index === 0 ? "firstYearBudget" : `percent.${index}`);

/** Errors in the percentages themselves: whole numbers from 0 to 100, starting at 100, never rising. */
export function checkPercents(startYear: number, percents: readonly number[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (percents.length === 0 || percents.length > MAX_TAPER_YEARS) {
    errors._form = [`A taper runs for 1 to ${MAX_TAPER_YEARS} financial years`];
    return errors;
  }
  if (percents[0] !== 100) errors[percentField(0)] = ["The first year is the budget the others are a percentage of: it is 100%"];
  percents.forEach((percent, i) => {
    if (i === 0) return;
    const label = financialYearLabel(startYear + i);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) errors[percentField(i)] = [`${label}: a whole percentage from 0 to 100`];
    else if (percent > percents[i - 1]!) errors[percentField(i)] = [`${label}: a taper does not rise, so at most ${financialYearLabel(startYear + i - 1)}'s ${percents[i - 1]}%`];
  });
  return errors;
}

export type TaperChange = { ok: true; years: PlannedYear[]; removedYears: number[] } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * A new taper against the years already planned. A year that has ended keeps its budget
 * (money already spent cannot be re-planned), so neither its percentage, nor the first
 * year's budget once that year has ended, nor the start year may change. A year cannot go
 * below what is allocated from it, and a year with allocations cannot be dropped.
 */
export function planTaperChange(next: TaperPlan, existing: readonly ExistingYear[], currentFinancialYear: number): TaperChange {
  const errors = checkPercents(next.startYear, next.percents);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const years = taperSchedule(next);
  const byYear = new Map(existing.map((y) => [y.financialYear, y]));
  const previousStart = existing.length ? Math.min(...existing.map((y) => y.financialYear)) : null;

  if (previousStart !== null && previousStart !== next.startYear) {
    const fixed = existing.filter((y) => y.financialYear < currentFinancialYear || y.allocatedPence > 0);
    if (fixed.length) add("startYear", `The budget started in ${financialYearLabel(previousStart)} and ${financialYearLabel(fixed[0]!.financialYear)} ${fixed[0]!.financialYear < currentFinancialYear ? "has ended" : "has allocations"}: the start year cannot move`);
  }

  years.forEach((year, i) => {
    const before = byYear.get(year.financialYear);
    if (!before) return;
    const label = financialYearLabel(year.financialYear);
    if (before.financialYear < currentFinancialYear && before.amountPence !== year.amountPence) {
      add(percentField(i), `${label} has ended: its budget stays at ${formatPounds(before.amountPence)} (${before.taperPercent}%)`);
    } else if (year.amountPence < before.allocatedPence) {
      add(percentField(i), `${label} already has ${formatPounds(before.allocatedPence)} allocated: its budget cannot go below that`);
    }
  });

  const kept = new Set(years.map((y) => y.financialYear));
  const removed = existing.filter((y) => !kept.has(y.financialYear)).sort((a, b) => a.financialYear - b.financialYear);
  for (const year of removed) {
    const field = percentField(Math.max(1, Math.min(year.financialYear - next.startYear, MAX_TAPER_YEARS - 1)));
    if (year.financialYear < currentFinancialYear) add(field, `${financialYearLabel(year.financialYear)} has ended: it stays in the taper`);
    else if (year.allocatedPence > 0) add(field, `${financialYearLabel(year.financialYear)} has ${formatPounds(year.allocatedPence)} allocated: it stays in the taper`);
  }

  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, years, removedYears: removed.map((y) => y.financialYear) };
}

export type TaperPoint = { financialYear: number; budgetPence: number; contributionsPence: number };

/**
 * The taper against statutory contributions, year by year: the taper's years and any other
 * year with contributions recorded (after the taper ends the hub budget is £0).
 */
export function taperPoints(years: readonly PlannedYear[], contributions: readonly { financialYear: number; valuePence: number }[]): TaperPoint[] {
  const budget = new Map(years.map((y) => [y.financialYear, y.amountPence]));
  const given = new Map<number, number>();
  for (const c of contributions) given.set(c.financialYear, (given.get(c.financialYear) ?? 0) + c.valuePence);
  const all = new Set([...budget.keys(), ...given.keys()]);
  return [...all].sort((a, b) => a - b).map((financialYear) => ({ financialYear, budgetPence: budget.get(financialYear) ?? 0, contributionsPence: given.get(financialYear) ?? 0 }));
}

/**
 * The chart's caption in words: where the taper ends up, and whether statutory partners
 * have caught up with it (the board's question: are services realigning in time?).
 */
export function taperNarrative(years: readonly PlannedYear[], points: readonly TaperPoint[]): string {
  if (!years.length) return "No hub budget is planned yet.";
  const last = years[years.length - 1]!;
  const atLast = points.find((p) => p.financialYear === last.financialYear)!;
  const opening = `By ${financialYearLabel(last.financialYear)} statutory partners contribute ${formatPounds(atLast.contributionsPence)} against a hub budget of ${formatPounds(last.amountPence)} (${last.taperPercent}% of the first year's ${formatPounds(years[0]!.amountPence)}).`;
  const caught = points.find((p) => p.contributionsPence > 0 && p.contributionsPence >= p.budgetPence);
  if (caught) return `${opening} Their contributions first match or pass the hub budget in ${financialYearLabel(caught.financialYear)}.`;
  return `${opening} In no year yet do their contributions match the hub budget.`;
}
