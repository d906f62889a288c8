import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { DATA, done, run } from "./support";

describe("the Fingertips export (la_hospital_admissions_2324.csv)", () => {
  it("is recognised from its header, hashed as its bytes", async () => {
    const r = await run({ file: "la_hospital_admissions_2324.csv" });
    const d = done(r);
    expect(d.reader.format).toBe("fingertips");
    expect(d.reader.columnsIgnored).toContain("Compared to England value or percentiles");
    expect(d.sha256).toBe(createHash("sha256").update(readFileSync(path.join(DATA, "la_hospital_admissions_2324.csv"))).digest("hex"));
    expect(d.processor.counts.read).toBe(7208);
  });

  it("reads Bradford 2010/11: 1518 / 114366 → 132.73 per 10,000, with its 95% limits, and learns the unit from them", async () => {
    const r = await run({ file: "la_hospital_admissions_2324.csv" });
    const bradford = r.values.filter((v) => v.code === "E08000032" && v.period === "2010/11" && v.breakdown === "");
    expect(bradford).toHaveLength(1);
    expect(bradford[0]).toMatchObject({ type: "la", value: 132.7317559, numerator: 1518, denominator: 114366, lowerCi: 126.137832, upperCi: 139.5809408, periodType: "financial_year", start: "2010-04-01", end: "2011-03-31" });
    expect(bradford[0]!.value! / ((1518 / 114366) * 10000)).toBeCloseTo(1, 6);
    const indicator = done(r).processor.sourceOf(done(r).processor["planner"].all()[0]!);
    expect(indicator?.catalogueCode).toBe("injury-admissions-0-14");
  });

  it("keeps Bradford's 14 Persons rows and 12 each for Male and Female as breakdowns", async () => {
    const r = await run({ file: "la_hospital_admissions_2324.csv" });
    const rows = r.values.filter((v) => v.code === "E08000032");
    expect(rows.filter((v) => v.breakdown === "")).toHaveLength(14);
    expect(rows.filter((v) => v.breakdown === "sex=Male")).toHaveLength(12);
    expect(rows.filter((v) => v.breakdown === "sex=Female")).toHaveLength(12);
  });

  it("stores Nottingham 2016/17 as missing with its note, and its -1 confidence limits as none", async () => {
    const everyone = { own: new Map([["E06000018", "la" as const]]), areaSlugs: new Set<string>() };
    const r = await run({ file: "la_hospital_admissions_2324.csv" }, { scope: everyone });
    const nottingham = r.values.filter((v) => v.code === "E06000018" && v.period === "2016/17");
    expect(nottingham.length).toBeGreaterThan(0);
    for (const v of nottingham) {
      expect(v).toMatchObject({ value: null, missingReason: "not_published", lowerCi: null, upperCi: null, numerator: null });
      expect(v.note).toMatch(/^Not presented due to Nottingham University Hospitals Trust/);
    }
    expect(done(r).reader.notes.ciSentinels).toBeGreaterThan(0);
  });

  it("keeps England's deprivation-decile rows as breakdowns, and drops England's second listing as its own parent without calling it an error", async () => {
    const r = await run({ file: "la_hospital_admissions_2324.csv" });
    const england = r.values.filter((v) => v.code === "E92000001");
    expect(england.filter((v) => v.breakdown.includes("deprivation deciles")).length).toBeGreaterThan(0);
    expect(england.filter((v) => v.breakdown === "" && v.period === "2010/11")).toHaveLength(1);
    expect(r.rejections).toEqual([]);
    expect(done(r).processor.counts.repeated).toBe(703);
  });

  it("counts every other local authority as outside the partnership, not as an error", async () => {
    const r = await run({ file: "la_hospital_admissions_2324.csv" });
    const d = done(r);
    expect(d.processor.outside.has("E08000034")).toBe(true);
    expect(d.processor.outside.has("E08000032")).toBe(false);
    expect(d.processor.counts.accepted + d.processor.counts.outside + d.processor.counts.repeated).toBe(7208);
  });
});

describe("the DfE explore education statistics file (absence_la.csv)", () => {
  it("is recognised, with five percentage indicators and the filters as the breakdown", async () => {
    const r = await run({ file: "absence_la.csv" });
    const d = done(r);
    expect(d.reader.format).toBe("dfe_ees");
    expect(new Set(r.values.map((v) => v.indicator))).toEqual(new Set(["ees:pt_overall", "ees:pt_sess_authorised", "ees:pt_sess_unauthorised", "ees:pt_pupils_pa_10_exact", "ees:pt_pupils_pa_50_exact"]));
    expect(r.rejections).toEqual([]);
  });

  it("reads Bradford 2024/25 children in need: 50.7% persistently absent = 747 / 1472", async () => {
    const r = await run({ file: "absence_la.csv" });
    const pa = r.values.find((v) => v.code === "E08000032" && v.period === "2024/25" && v.indicator === "ees:pt_pupils_pa_10_exact" && v.breakdown === "absence_terms=six half terms; social_care_group=CINO at 31 March");
    expect(pa).toMatchObject({ value: 50.7, numerator: 747, denominator: 1472, periodType: "academic_year", start: "2024-09-01", end: "2025-08-31" });
    const overall = r.values.find((v) => v.code === "E08000032" && v.period === "2024/25" && v.indicator === "ees:pt_overall" && v.breakdown.endsWith("CINO at 31 March"));
    expect(overall).toMatchObject({ value: 19.3, numerator: 98247, denominator: 509921 });
  });

  it("stores the whole 2019/20 year (x) as missing, not available, never 0", async () => {
    const r = await run({ file: "absence_la.csv" });
    const year = r.values.filter((v) => v.period === "2019/20");
    expect(year.length).toBeGreaterThan(0);
    expect(year.every((v) => v.value === null && v.missingReason === "not_available")).toBe(true);
  });

  it("stores c as suppressed and keeps the counts that are published", async () => {
    const r = await run({ file: "absence_la.csv" });
    const primary = r.values.filter((v) => v.code === "E08000032" && v.period === "2024/25" && v.breakdown.endsWith("phase_type_grouping=State-funded primary") && v.breakdown.includes("CINO"));
    expect(primary.find((v) => v.indicator === "ees:pt_pupils_pa_50_exact")).toMatchObject({ value: null, missingReason: "suppressed", numerator: null });
    expect(primary.find((v) => v.indicator === "ees:pt_pupils_pa_10_exact")).toMatchObject({ value: 37.8, numerator: 238, denominator: 630 });
  });

  it("reads k (rounds to zero) and z (not applicable) as their reasons", async () => {
    const everyone = { own: new Map([["E06000056", "la" as const], ["E08000015", "la" as const]]), areaSlugs: new Set<string>() };
    const r = await run({ file: "absence_la.csv" }, { scope: everyone });
    const central = r.values.find((v) => v.code === "E06000056" && v.period === "2021/22" && v.indicator === "ees:pt_sess_unauthorised" && v.breakdown.includes("CLA 12 months") && v.breakdown.endsWith("State-funded primary"));
    expect(central).toMatchObject({ value: null, missingReason: "rounds_to_zero" });
    const wirral = r.values.find((v) => v.code === "E08000015" && v.period === "2024/25" && v.breakdown.endsWith("alternative provision school") && v.breakdown.includes("CINO"));
    expect(wirral).toMatchObject({ value: null, missingReason: "not_applicable" });
  });

  it("takes national and regional rows as comparators and counts other local authorities as outside", async () => {
    const r = await run({ file: "absence_la.csv" });
    expect(r.values.some((v) => v.type === "country" && v.code === "E92000001")).toBe(true);
    expect(r.values.some((v) => v.type === "region" && v.code === "E12000003")).toBe(true);
    expect(done(r).processor.outside.get("E08000035")).toMatchObject({ type: "la" });
  });
});

describe("IMD 2019 by LSOA (IMD2019.csv)", () => {
  it("is not one of the recognised layouts: it goes to the column-mapping step with the LSOA code suggested", async () => {
    const r = await run({ file: "IMD2019.csv" });
    expect(r.result.kind).toBe("unrecognised");
    if (r.result.kind !== "unrecognised") return;
    expect(r.result.recognition.header[0]).toBe("LSOA code (2011)");
    expect(r.result.recognition.suggestion.geography_code).toEqual({ column: "LSOA code (2011)" });
  });

  it("loads through a mapping: ranks with thousands separators read as numbers, only Bradford's LSOAs accepted", async () => {
    const r = await run(
      { file: "IMD2019.csv" },
      {
        mapping: {
          indicator_code: { fixed: "imd-2019-rank" },
          indicator_name: { fixed: "IMD 2019 rank" },
          unit: { fixed: "count" },
          geography_code: { column: "LSOA code (2011)" },
          period: { fixed: "2019" },
          value: { column: "Index of Multiple Deprivation (IMD) Rank" },
        },
      },
    );
    expect(r.rejections).toEqual([]);
    expect(r.values.find((v) => v.code === "E01010568")).toMatchObject({ value: 23447, type: "lsoa", period: "2019" });
    expect(done(r).processor.counts.outside).toBe(32844 - 2);
  });
});
