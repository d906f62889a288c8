import { describe, expect, it } from "vitest";
import { dataSourcesLinked, evaluationIndicators, progressMonitored, yearBefore } from "@/lib/indicators/checklist-rules";
import { emptySnapshot, type AreaSnapshot } from "@/lib/blueprint/snapshot";

const TODAY = "2026-12-01";
const withIndicators = (indicators: Partial<AreaSnapshot["indicators"]>): AreaSnapshot => ({ ...emptySnapshot(TODAY), indicators: { measures: [], focus: [], priority: [], ...indicators } });

describe("evaluationIndicators", () => {
  it("asks for at least one outcome measure", () => {
    expect(evaluationIndicators(withIndicators({}))).toEqual({ met: false, detail: "No outcome measures yet: add them and link each to an indicator" });
  });

  it("names the outcome measures still to link", () => {
    const s = withIndicators({ measures: [{ name: "Attendance", indicator: "persistent-absence" }, { name: "Dental care", indicator: null }, { name: "Wellbeing", indicator: null }] });
    expect(evaluationIndicators(s)).toEqual({ met: false, detail: "1 of 3 outcome measures linked to an indicator: still to link Dental care and Wellbeing" });
  });

  it("is met when every outcome measure is linked", () => {
    expect(evaluationIndicators(withIndicators({ measures: [{ name: "Attendance", indicator: "persistent-absence" }] }))).toEqual({ met: true, detail: "1 outcome measure, each linked to an indicator" });
  });
});

describe("progressMonitored", () => {
  const focus = (latestPeriodEnd: string | null) => ({ code: "persistent-absence", name: "Persistent absence", latestPeriodEnd });

  it("is met when every focus indicator has figures for a period that ended in the last 12 months", () => {
    expect(progressMonitored(withIndicators({ focus: [focus("2026-08-31"), { ...focus("2025-12-01"), name: "Dental care" }] }))).toEqual({ met: true, detail: "Figures from the last 12 months for all 2 focus indicators" });
  });

  it("counts a period still running", () => {
    expect(progressMonitored(withIndicators({ focus: [focus("2027-08-31")] })).met).toBe(true);
  });

  it("is not met by figures a day older than 12 months, and says which indicators are behind", () => {
    const s = withIndicators({ focus: [focus("2025-11-30"), { code: "dental-care", name: "Dental care", latestPeriodEnd: null }] });
    expect(progressMonitored(s)).toEqual({ met: false, detail: "No figures from the last 12 months for Persistent absence (latest period ended 30 November 2025) and Dental care (no figures yet)" });
  });

  it("needs focus indicators", () => {
    expect(progressMonitored(withIndicators({})).met).toBe(false);
  });

  it("measures a year back from 29 February to 28 February", () => {
    expect(yearBefore("2028-02-29")).toBe("2027-02-28");
    expect(yearBefore("2026-12-01")).toBe("2025-12-01");
  });
});

describe("dataSourcesLinked", () => {
  it("asks for indicators named for the focus issue", () => {
    expect(dataSourcesLinked(withIndicators({})).detail).toBe("No indicators named for the focus issue yet: name them in its theory of change's outcomes");
  });

  it("does not count names that are not the partnership's indicators, but says so", () => {
    const s = withIndicators({ priority: [{ code: "imd", name: null, hasData: false }] });
    expect(dataSourcesLinked(s)).toEqual({ met: false, detail: "None of the indicators named for the focus issue is on the platform (imd is not one of the partnership's indicators)" });
  });

  it("needs figures for each named indicator", () => {
    const s = withIndicators({ priority: [{ code: "persistent-absence", name: "Persistent absence", hasData: true }, { code: "dental-care", name: "Dental care", hasData: false }] });
    expect(dataSourcesLinked(s)).toEqual({ met: false, detail: "No figures for the area yet for Dental care" });
  });

  it("is met when every named indicator has figures", () => {
    const s = withIndicators({ priority: [{ code: "persistent-absence", name: "Persistent absence", hasData: true }, { code: "imd", name: null, hasData: false }] });
    expect(dataSourcesLinked(s)).toEqual({ met: true, detail: "Figures on the platform for Persistent absence (imd is not one of the partnership's indicators)" });
  });
});
