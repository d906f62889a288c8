import { describe, expect, it } from "vitest";
import { compareWithEngland, summariseBoard, totalUnlessWithheld } from "@/lib/indicators/board-summary";
import { NAV_AREAS_LISTED, partnershipNav } from "@/lib/nav/partnership-nav";
import type { BoardDashboard } from "@/lib/indicators/services/board-dashboard";
import type { TenantContext } from "@/lib/tenancy/context";

const ci = (value: number | "c" | null, lowerCi: number | "c" | null, upperCi: number | "c" | null) => ({ value, lowerCi, upperCi });

describe("the board summary's comparison with England", () => {
  it("counts an area higher or lower only when its whole 95% interval is on that side of England", () => {
    const result = compareWithEngland([ci(30, 25.1, 34.9), ci(16, 14.5, 18), ci(12, 10, 14.9), ci(15, 14, 15), ci(11, 9, 13)], 15);
    expect(result).toEqual({ higher: 1, similar: 2, lower: 2, notCompared: 0 });
  });

  it("does not compare a withheld figure, nor one without confidence limits", () => {
    expect(compareWithEngland([ci("c", "c", "c"), ci(20, null, null), ci(null, null, null)], 15)).toEqual({ higher: 0, similar: 0, lower: 0, notCompared: 3 });
  });

  it("makes no comparison without an England figure", () => {
    expect(compareWithEngland([ci(30, 25, 35)], null)).toBeNull();
  });
});

describe("the board summary's hub totals", () => {
  it("adds up counts that are all shown", () => {
    expect(totalUnlessWithheld([120, 48, 7])).toBe(175);
  });

  it("withholds a total when any cell in it is withheld, since the total less the other areas would reveal it", () => {
    expect(totalUnlessWithheld([120, "c", 48])).toBeNull();
  });
});

const area = (n: number) => ({ id: `a${n}`, slug: `area-${n}`, name: `Area ${n}` });

function dashboard(): BoardDashboard {
  const areas = [area(1), area(2), area(3)];
  return {
    areas,
    indicators: [],
    chosen: null,
    progress: [
      { area: areas[0]!, phase: 1, phaseName: "Access & Connect", cycle: 1, met: 2, required: 6, focus: null },
      { area: areas[1]!, phase: 3, phaseName: "Deliver & Act", cycle: 1, met: 1, required: 5, focus: "School readiness" },
      { area: areas[2]!, phase: 3, phaseName: "Deliver & Act", cycle: 2, met: 5, required: 5, focus: "Oral health" },
    ],
    budget: {
      financialYear: 2026,
      byArea: new Map([
        ["a1", { potPence: 1_500_000, allocatedPence: 1_000_000, awardedPence: 865_000, spentPence: 432_500, remainingPence: 500_000 }],
        ["a3", { potPence: 1_000_000, allocatedPence: 0, awardedPence: 0, spentPence: 0, remainingPence: 1_000_000 }],
      ]),
    },
    hubReach: [
      { areaId: "a1", sessions: 40, childrenSeen: 312, referrals: "c", registrations: 25 },
      { areaId: "a2", sessions: 12, childrenSeen: 80, referrals: 9, registrations: 6 },
    ],
    capability: {
      evaluationAreas: [
        { id: "e1", name: "A backbone organisation" },
        { id: "e2", name: "Go where the energy is" },
      ],
      rows: [
        { area: areas[0]!, assessment: { id: "s1", assessedOn: "2026-11-16", completeness: { complete: true, rated: 2, required: 2 } }, cells: { e1: { rating: "red", previous: null, movement: "first" }, e2: { rating: "green", previous: "amber", movement: "improved" } } },
        { area: areas[1]!, assessment: { id: "s2", assessedOn: "2026-10-01", completeness: { complete: false, rated: 1, required: 2 } }, cells: { e1: { rating: "amber", previous: null, movement: "first" }, e2: null } },
        { area: areas[2]!, assessment: null, cells: {} },
      ],
    },
  } as BoardDashboard;
}

describe("the board summary", () => {
  const summary = summariseBoard(dashboard());

  it("counts the areas in each of the five phases", () => {
    expect(summary.phases.map((p) => p.areas)).toEqual([1, 0, 2, 0, 0]);
  });

  it("adds up the areas' pots, awards and spend", () => {
    expect(summary.budget).toEqual({ financialYear: 2026, areasWithPot: 2, potPence: 2_500_000, awardedPence: 865_000, spentPence: 432_500 });
  });

  it("totals the hub columns with nothing withheld and withholds the one with a c", () => {
    expect(summary.hub).toEqual({ areasWithHub: 2, sessions: 52, childrenSeen: 392, referrals: null, registrations: 31 });
  });

  it("counts each self-evaluation area's ratings, unassessed and unrated areas as not rated", () => {
    expect(summary.capability.assessedAreas).toBe(2);
    expect(summary.capability.byEvaluationArea).toEqual([
      { id: "e1", name: "A backbone organisation", red: 1, amber: 1, green: 0, notRated: 1 },
      { id: "e2", name: "Go where the energy is", red: 0, amber: 0, green: 1, notRated: 2 },
    ]);
  });
});

describe("the partnership navigation", () => {
  const ctx = { partnershipSlug: "bradford", grants: [{ role: "board_member", areaId: null }] } as unknown as TenantContext;
  const areas = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `area-${i}`, name: `Area ${i}` }));
  const areaLinks = (n: number, path: string) => partnershipNav(ctx, areas(n), path).find((i) => i.label === "Areas")!.children!.map((c) => c.label);

  it("lists every area of a small partnership", () => {
    expect(areaLinks(NAV_AREAS_LISTED, "/p/bradford")).toHaveLength(NAV_AREAS_LISTED);
  });

  it("lists only the area being viewed in a large one", () => {
    expect(areaLinks(50, "/p/bradford")).toEqual([]);
    expect(areaLinks(50, "/p/bradford/areas/area-17/budget")).toEqual(["Area 17"]);
  });
});
