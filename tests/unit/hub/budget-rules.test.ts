import { describe, expect, it } from "vitest";
import { checkPercents, DEFAULT_TAPER, planTaperChange, taperAmount, taperNarrative, taperPoints, taperSchedule, type ExistingYear } from "@/lib/hub/taper";
import { checkHubAllocation, checkSpendDate, yearSummary } from "@/lib/hub/allocations";
import { financialYearOf } from "@/lib/budget/financial-year";

const plan = { startYear: 2026, firstYearPence: 4_000_000, percents: DEFAULT_TAPER };
const existing = (allocated: Record<number, number> = {}): ExistingYear[] => taperSchedule(plan).map((y) => ({ ...y, allocatedPence: allocated[y.financialYear] ?? 0 }));

describe("taperSchedule", () => {
  it("gives 100 / 75 / 50 / 25 % of the first year by default", () => {
    expect(taperSchedule(plan)).toEqual([
      { financialYear: 2026, taperPercent: 100, amountPence: 4_000_000 },
      { financialYear: 2027, taperPercent: 75, amountPence: 3_000_000 },
      { financialYear: 2028, taperPercent: 50, amountPence: 2_000_000 },
      { financialYear: 2029, taperPercent: 25, amountPence: 1_000_000 },
    ]);
  });

  it("rounds each year to the nearest penny", () => {
    expect(taperAmount(3_333_333, 75)).toBe(2_500_000);
    expect(taperAmount(101, 50)).toBe(51);
    expect(taperAmount(0, 75)).toBe(0);
  });
});

describe("checkPercents", () => {
  it("asks for whole percentages that start at 100 and never rise", () => {
    expect(checkPercents(2026, [100, 75, 50, 25])).toEqual({});
    expect(checkPercents(2026, [100, 80, 90])).toEqual({ "percent.2": ["2028-29: a taper does not rise, so at most 2027-28's 80%"] });
    expect(checkPercents(2026, [100, 101])).toEqual({ "percent.1": ["2027-28: a whole percentage from 0 to 100"] });
    expect(checkPercents(2026, [100, 50.5])).toHaveProperty(["percent.1"]);
    expect(checkPercents(2026, [])).toHaveProperty("_form");
    expect(checkPercents(2026, Array.from({ length: 11 }, () => 100))).toHaveProperty("_form");
  });
});

describe("planTaperChange", () => {
  it("plans a first taper", () => {
    expect(planTaperChange(plan, [], 2026)).toEqual({ ok: true, years: taperSchedule(plan), removedYears: [] });
  });

  it("takes a taper edited mid-way: later years change, the year that has ended keeps its budget", () => {
    // In 2027-28, the board slows the taper: 60 % and 40 % instead of 50 % and 25 %.
    const change = planTaperChange({ ...plan, percents: [100, 75, 60, 40] }, existing({ 2026: 4_000_000, 2027: 1_000_000 }), 2027);
    expect(change).toMatchObject({ ok: true, removedYears: [] });
    if (!change.ok) return;
    expect(change.years.map((y) => y.amountPence)).toEqual([4_000_000, 3_000_000, 2_400_000, 1_600_000]);
  });

  it("refuses to change the first year's budget once that year has ended", () => {
    const change = planTaperChange({ ...plan, firstYearPence: 5_000_000 }, existing(), 2027);
    expect(change).toEqual({ ok: false, fieldErrors: { firstYearBudget: ["2026-27 has ended: its budget stays at £40,000 (100%)"] } });
    // While the first year is still running it may change, and every year follows it.
    expect(planTaperChange({ ...plan, firstYearPence: 5_000_000 }, existing(), 2026)).toMatchObject({ ok: true, years: [{ amountPence: 5_000_000 }, { amountPence: 3_750_000 }, {}, {}] });
  });

  it("refuses to take a year below what is already allocated from it", () => {
    const change = planTaperChange({ ...plan, percents: [100, 50, 50, 25] }, existing({ 2027: 2_500_000 }), 2027);
    expect(change).toEqual({ ok: false, fieldErrors: { "percent.1": ["2027-28 already has £25,000 allocated: its budget cannot go below that"] } });
  });

  it("drops later years without allocations, and keeps those with them or that have ended", () => {
    expect(planTaperChange({ ...plan, percents: [100, 75, 50] }, existing(), 2026)).toMatchObject({ ok: true, removedYears: [2029] });
    expect(planTaperChange({ ...plan, percents: [100, 75, 50] }, existing({ 2029: 100 }), 2026)).toMatchObject({ ok: false, fieldErrors: { "percent.3": [expect.stringContaining("2029-30 has £1 allocated")] } });
    expect(planTaperChange({ ...plan, percents: [100, 75] }, existing(), 2029)).toMatchObject({ ok: false });
  });

  it("moves the start year only while nothing has ended or been allocated", () => {
    expect(planTaperChange({ ...plan, startYear: 2027 }, existing(), 2026)).toMatchObject({ ok: true, removedYears: [2026] });
    expect(planTaperChange({ ...plan, startYear: 2027 }, existing({ 2026: 1 }), 2026)).toMatchObject({ ok: false, fieldErrors: { startYear: [expect.stringContaining("has allocations")] } });
    expect(planTaperChange({ ...plan, startYear: 2027 }, existing(), 2027)).toMatchObject({ ok: false, fieldErrors: { startYear: [expect.stringContaining("has ended")] } });
  });

  it("treats the years on either side of 1 April as different financial years", () => {
    // 31 March 2027 is still 2026-27, so 2026-27 has not ended and its budget may change; on 1 April it has.
    expect(planTaperChange({ ...plan, firstYearPence: 4_100_000 }, existing(), financialYearOf("2027-03-31")).ok).toBe(true);
    expect(planTaperChange({ ...plan, firstYearPence: 4_100_000 }, existing(), financialYearOf("2027-04-01")).ok).toBe(false);
  });
});

describe("checkHubAllocation", () => {
  const year = { financialYear: 2026, yearBudgetPence: 4_000_000, allocatedElsewherePence: 3_500_000 };
  it("takes what is left of the year's budget, and not a penny more", () => {
    expect(checkHubAllocation(500_000, year)).toEqual({ ok: true });
    expect(checkHubAllocation(500_001, year)).toEqual({ ok: false, message: "Only £5,000 of the 2026-27 budget of £40,000 is not yet allocated." });
    expect(checkHubAllocation(0, year)).toMatchObject({ ok: false });
    expect(checkHubAllocation(-5, year)).toMatchObject({ ok: false });
    expect(checkHubAllocation(1, { ...year, allocatedElsewherePence: 4_000_000 })).toMatchObject({ ok: false, message: expect.stringContaining("Only £0") });
  });
});

describe("checkSpendDate", () => {
  it("keeps spend in its allocation's financial year, 1 April to 31 March, and not in the future", () => {
    expect(checkSpendDate("2026-04-01", 2026, "2027-06-01")).toBeNull();
    expect(checkSpendDate("2027-03-31", 2026, "2027-06-01")).toBeNull();
    expect(checkSpendDate("2027-04-01", 2026, "2027-06-01")).toMatch(/That date is in 2027-28/);
    expect(checkSpendDate("2026-03-31", 2026, "2027-06-01")).toMatch(/That date is in 2025-26/);
    expect(checkSpendDate("2027-06-02", 2027, "2027-06-01")).toMatch(/future/);
  });

  it("puts 29 February 2028 in 2027-28", () => {
    expect(checkSpendDate("2028-02-29", 2027, "2028-03-01")).toBeNull();
    expect(checkSpendDate("2028-02-29", 2028, "2028-03-01")).not.toBeNull();
  });
});

describe("yearSummary", () => {
  it("adds up by category in the guide's order, and flags a category that is overspent", () => {
    const summary = yearSummary(4_000_000, [
      { category: "equipment", amountPence: 200_000, spentPence: 250_000 },
      { category: "coordination", amountPence: 1_500_000, spentPence: 600_000 },
      { category: "coordination", amountPence: 300_000, spentPence: 0 },
    ]);
    expect(summary).toMatchObject({ budgetPence: 4_000_000, allocatedPence: 2_000_000, spentPence: 850_000, unallocatedPence: 2_000_000, overspent: ["equipment"] });
    expect(summary.categories).toEqual([
      { category: "coordination", allocatedPence: 1_800_000, spentPence: 600_000, overspentPence: 0 },
      { category: "equipment", allocatedPence: 200_000, spentPence: 250_000, overspentPence: 50_000 },
    ]);
  });
});

describe("taper against statutory contributions", () => {
  const years = taperSchedule(plan);

  it("lines up the taper's years with the contributions recorded for each, and any year after the taper with contributions", () => {
    const points = taperPoints(years, [
      { financialYear: 2027, valuePence: 500_000 },
      { financialYear: 2027, valuePence: 250_000 },
      { financialYear: 2029, valuePence: 1_500_000 },
      { financialYear: 2030, valuePence: 1_600_000 },
    ]);
    expect(points).toEqual([
      { financialYear: 2026, budgetPence: 4_000_000, contributionsPence: 0 },
      { financialYear: 2027, budgetPence: 3_000_000, contributionsPence: 750_000 },
      { financialYear: 2028, budgetPence: 2_000_000, contributionsPence: 0 },
      { financialYear: 2029, budgetPence: 1_000_000, contributionsPence: 1_500_000 },
      { financialYear: 2030, budgetPence: 0, contributionsPence: 1_600_000 },
    ]);
    expect(taperPoints(years, []).map((p) => p.financialYear)).toEqual([2026, 2027, 2028, 2029]);
  });

  it("says in words where the taper ends up and when statutory partners catch up", () => {
    const caught = taperPoints(years, [{ financialYear: 2029, valuePence: 1_500_000 }]);
    expect(taperNarrative(years, caught)).toBe(
      "By 2029-30 statutory partners contribute £15,000 against a hub budget of £10,000 (25% of the first year's £40,000). Their contributions first match or pass the hub budget in 2029-30.",
    );
    const behind = taperPoints(years, [{ financialYear: 2028, valuePence: 100_000 }]);
    expect(taperNarrative(years, behind)).toBe("By 2029-30 statutory partners contribute £0 against a hub budget of £10,000 (25% of the first year's £40,000). In no year yet do their contributions match the hub budget.");
    expect(taperNarrative([], [])).toBe("No hub budget is planned yet.");
  });
});
