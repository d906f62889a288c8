import { describe, expect, it } from "vitest";
import { parsePounds, penceToInput } from "@/lib/budget/money";
import { financialYearLabel, financialYearOf } from "@/lib/budget/financial-year";
import { acceptsApplications, canMove } from "@/lib/budget/round-status";
import { aggregateScores, rankApplications, weightedScore, type Rubric, type ScoreSheet } from "@/lib/budget/rubric";
import { checkAllocation, checkAward, potSummary, type AwardContext } from "@/lib/budget/limits";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("amounts in pounds", () => {
  it("reads what people type and stores pence", () => {
    expect(parsePounds("£1,250")).toBe(125000);
    expect(parsePounds("1250.5")).toBe(125050);
    expect(parsePounds(" 0.99 ")).toBe(99);
    expect(penceToInput(125050)).toBe("1250.50");
    expect(penceToInput(500000)).toBe("5000");
  });

  it("refuses anything that is not a plain amount", () => {
    for (const bad of ["", "-5", "1.234", "12,34", "1e6", "£", "five", "30000000"]) expect(parsePounds(bad), bad).toBeNull();
  });
});

describe("financial years", () => {
  it("start on 1 April", () => {
    expect(financialYearOf("2026-03-31")).toBe(2025);
    expect(financialYearOf("2026-04-01")).toBe(2026);
    expect(financialYearLabel(2026)).toBe("2026-27");
    expect(financialYearLabel(2099)).toBe("2099-00");
  });
});

describe("the round's lifecycle", () => {
  it("moves one step at a time, with the two steps back people need", () => {
    expect(canMove("draft", "open")).toBe(true);
    expect(canMove("draft", "awarded")).toBe(false);
    expect(canMove("reviewing", "open")).toBe(true);
    expect(canMove("deciding", "reviewing")).toBe(true);
    expect(canMove("closed", "open")).toBe(false);
  });

  it("takes applications only while open and within its dates", () => {
    const round = { status: "open" as const, opensOn: "2026-09-01", closesOn: "2026-09-30" };
    expect(acceptsApplications(round, "2026-09-30")).toBe(true);
    expect(acceptsApplications(round, "2026-10-01")).toBe(false);
    expect(acceptsApplications(round, "2026-08-31")).toBe(false);
    expect(acceptsApplications({ ...round, status: "reviewing" }, "2026-09-15")).toBe(false);
  });
});

const rubric: Rubric = [
  { id: id(1), label: "Fit", weight: 3 },
  { id: id(2), label: "Reach", weight: 1 },
];
const sheet = (assignment: number, application: number, fit: number, reach: number, submitted = true): ScoreSheet => ({
  assignmentId: id(100 + assignment),
  applicationId: id(200 + application),
  scores: { [id(1)]: fit, [id(2)]: reach },
  submitted,
});

describe("scores", () => {
  it("weights each criterion", () => {
    expect(weightedScore(rubric, { [id(1)]: 5, [id(2)]: 1 })).toBe(4);
    expect(weightedScore(rubric, { [id(1)]: 5 })).toBeNull();
    expect(weightedScore(rubric, { [id(1)]: 6, [id(2)]: 1 })).toBeNull();
  });

  it("averages submitted sheets only, and never a conflicted panellist's", () => {
    const sheets = [sheet(1, 1, 5, 5), sheet(2, 1, 1, 1), sheet(3, 1, 3, 3, false), sheet(1, 2, 4, 4)];
    const results = aggregateScores(rubric, [id(201), id(202), id(203)], sheets, [{ assignmentId: id(102), applicationId: id(201) }]);
    expect(results).toEqual([
      { applicationId: id(201), average: 5, submitted: 1, conflicted: 1 },
      { applicationId: id(202), average: 4, submitted: 1, conflicted: 0 },
      { applicationId: id(203), average: null, submitted: 0, conflicted: 0 },
    ]);
  });

  it("ranks highest first, shares ranks on ties, leaves out withdrawn and puts unscored last", () => {
    const results = [
      { applicationId: "a", average: 3.5, submitted: 2, conflicted: 0 },
      { applicationId: "b", average: 4.25, submitted: 2, conflicted: 0 },
      { applicationId: "c", average: 3.5, submitted: 2, conflicted: 0 },
      { applicationId: "d", average: null, submitted: 0, conflicted: 1 },
      { applicationId: "e", average: 2, submitted: 2, conflicted: 0 },
      { applicationId: "w", average: 5, submitted: 2, conflicted: 0 },
    ];
    expect(rankApplications(results, new Set(["w"])).map((r) => [r.applicationId, r.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["e", 4],
      ["d", null],
    ]);
  });

  it("does not split a tie over floating-point noise", () => {
    const ranked = rankApplications([
      { applicationId: "x", average: 0.1 + 0.2, submitted: 1, conflicted: 0 },
      { applicationId: "y", average: 0.3, submitted: 1, conflicted: 0 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe("award limits", () => {
  const ctx: AwardContext = { potPence: 1_000_000, awardedFromPotPence: 600_000, roundAllocationPence: 800_000, awardedInRoundPence: 500_000, maxAwardPence: 500_000, requestedPence: 450_000 };

  it("allows a full or partial award within every limit", () => {
    expect(checkAward(300_000, ctx)).toEqual({ ok: true });
    expect(checkAward(1, ctx)).toEqual({ ok: true });
  });

  it("refuses more than asked, more than the maximum, more than the pot holds or the round has left", () => {
    expect(checkAward(450_001, ctx)).toMatchObject({ ok: false, message: expect.stringContaining("asked for") });
    expect(checkAward(500_001, { ...ctx, requestedPence: 900_000 })).toMatchObject({ ok: false, message: expect.stringContaining("maximum award") });
    expect(checkAward(400_001, ctx)).toMatchObject({ ok: false, message: "Only £4,000 is left in the pot: this award would take it past £10,000." });
    expect(checkAward(350_000, { ...ctx, awardedFromPotPence: 0 })).toMatchObject({ ok: false, message: "Only £3,000 of this round's allocation is left." });
    expect(checkAward(0, ctx).ok).toBe(false);
  });

  it("keeps the rounds' allocations within the pot", () => {
    expect(checkAllocation(400_000, 1_000_000, 600_000)).toEqual({ ok: true });
    expect(checkAllocation(400_001, 1_000_000, 600_000)).toMatchObject({ ok: false });
  });

  it("sums the pot at a glance", () => {
    expect(potSummary(1_000_000, [{ allocationPence: 600_000, awardedPence: 550_000 }, { allocationPence: 100_000, awardedPence: 150_000 }], 200_000)).toEqual({
      potPence: 1_000_000,
      allocatedPence: 750_000,
      awardedPence: 700_000,
      spentPence: 200_000,
      remainingPence: 250_000,
    });
  });
});
