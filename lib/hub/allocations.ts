import { financialYearLabel, financialYearOf } from "@/lib/budget/financial-year";
import { formatPounds } from "@/lib/money";
import { BUDGET_CATEGORIES, type BudgetCategory } from "@/lib/hub/labels";

/**
 * What the hub budget may hold. Allocations share the year's budget and together may not
 * exceed it (the budget service checks under the year's row lock); spend goes against an
 * allocation and may run over it, which is flagged, not refused: the money was spent.
 */
export type Check = { ok: true } | { ok: false; message: string };

export function checkHubAllocation(amountPence: number, c: { financialYear: number; yearBudgetPence: number; allocatedElsewherePence: number }): Check {
  if (!Number.isSafeInteger(amountPence) || amountPence <= 0) return { ok: false, message: "Enter an amount above £0." };
  const left = c.yearBudgetPence - c.allocatedElsewherePence;
  if (amountPence > left) {
    return { ok: false, message: `Only ${formatPounds(Math.max(0, left))} of the ${financialYearLabel(c.financialYear)} budget of ${formatPounds(c.yearBudgetPence)} is not yet allocated.` };
  }
  return { ok: true };
}

/** Spend belongs to the financial year it was spent in (1 April to 31 March). */
export function checkSpendDate(spentOn: string, financialYear: number, today: string): string | null {
  if (spentOn > today) return "Record spend once it is spent: the date cannot be in the future";
  const year = financialYearOf(spentOn);
  if (year !== financialYear) return `That date is in ${financialYearLabel(year)}: spend against a ${financialYearLabel(financialYear)} allocation is dated 1 April ${financialYear} to 31 March ${financialYear + 1}`;
  return null;
}

export type CategoryLine = { category: BudgetCategory; allocatedPence: number; spentPence: number; overspentPence: number };
export type YearSummary = { budgetPence: number; allocatedPence: number; spentPence: number; unallocatedPence: number; categories: CategoryLine[]; overspent: BudgetCategory[] };

/** The year at a glance, by category in the guide's order: only categories with money in them. */
export function yearSummary(budgetPence: number, allocations: readonly { category: BudgetCategory; amountPence: number; spentPence: number }[]): YearSummary {
  const categories: CategoryLine[] = [];
  for (const category of BUDGET_CATEGORIES) {
    const own = allocations.filter((a) => a.category === category);
    if (!own.length) continue;
    const allocatedPence = own.reduce((sum, a) => sum + a.amountPence, 0);
    const spentPence = own.reduce((sum, a) => sum + a.spentPence, 0);
    categories.push({ category, allocatedPence, spentPence, overspentPence: Math.max(0, spentPence - allocatedPence) });
  }
  const allocatedPence = categories.reduce((sum, c) => sum + c.allocatedPence, 0);
  const spentPence = categories.reduce((sum, c) => sum + c.spentPence, 0);
  return {
    budgetPence,
    allocatedPence,
    spentPence,
    unallocatedPence: budgetPence - allocatedPence,
    categories,
    overspent: categories.filter((c) => c.overspentPence > 0).map((c) => c.category),
  };
}
