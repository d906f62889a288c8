import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  adoptIndicatorAction,
  defineIndicatorAction,
  linkOutcomeMeasureAction,
  removeTargetAction,
  setTargetAction,
  setThresholdAction,
  updateIndicatorAction,
} from "@/lib/indicators/actions.definitions";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import type { TenantContext } from "@/lib/tenancy/context";
import { loadAreaIndicators } from "@/lib/indicators/services/area-dashboard";
import { loadBoardDashboard } from "@/lib/indicators/services/board-dashboard";
import { readIndicator } from "@/lib/indicators/services/read";
import { getIndicatorByCode } from "@/lib/indicators/services/catalogue-view";
import { loadSnapshot, loadSnapshots } from "@/lib/blueprint/services/snapshot";
import { getBlueprintView, listAreaProgress } from "@/lib/blueprint/services/blueprint-view";
import { listAreas } from "@/lib/areas/services/list-areas";
import { AreaIndicatorsView } from "@/components/indicators/area-indicators-view";
import { BoardComparison } from "@/components/indicators/board/board-sections";
import { BatchValues } from "@/components/indicators/batch-values";
import { getBatch, listBatchValues } from "@/lib/indicators/uploads/services/queries";
import { insertCommittedBatch, insertGeographies, type DataPointSeed } from "@/prisma/seed/indicator-data";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
const bradford = { partnership: "bradford" };
const user = (key: string) => demo.users[key]!.id;

async function ctxFor(key: string, slug = "bradford"): Promise<TenantContext> {
  const actor = await loadActor(user(key));
  const ctx = actor ? await resolveTenant(actor, slug) : null;
  if (!ctx) throw new Error(`${key} is not a member of ${slug}`);
  return ctx;
}

async function area(slug: string) {
  return db().conveningPartnership.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, slug }, select: { id: true, slug: true, name: true } });
}

async function indicatorId(code: string, partnershipId = demo.bradford.id) {
  return (await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId, code } } })).id;
}

/** Every CSV download in a page's HTML, decoded. */
function csvDownloads(html: string): string[] {
  return [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&amp;/g, "&")));
}

const year = (start: number) => ({ period: `${start}/${String((start + 1) % 100).padStart(2, "0")}`, periodType: "academic_year" as const, periodStart: `${start}-09-01`, periodEnd: `${start + 1}-08-31` });

beforeAll(async () => {
  demo = await seedDemo();
});

describe("indicator definitions", () => {
  it("lets a research partner adopt a catalogue indicator once, audited", async () => {
    const before = await auditCount({ action: "indicators.definition.adopted" });
    // One the demo's uploads have not brought in already (they adopted persistent absence, for one).
    expect(await call(adoptIndicatorAction, user("research"), { ...bradford, code: "health-literacy" })).toMatchObject({ status: "success", message: "Families confident about their children's health is now one of the partnership's indicators." });
    expect(await auditCount({ action: "indicators.definition.adopted" })).toBe(before + 1);
    const again = await call(adoptIndicatorAction, user("research"), { ...bradford, code: "persistent-absence" });
    expect(again).toMatchObject({ status: "error", fieldErrors: { code: ["Persistent absence is already one of the partnership's indicators"] } });
    expect(await call(adoptIndicatorAction, user("research"), { ...bradford, code: "not-in-the-catalogue" })).toMatchObject({ status: "error", fieldErrors: { code: ["Choose an indicator from the national catalogue"] } });
  });

  it("defines the partnership's own indicator, and refuses a bad threshold, a duplicate code and a catalogue code, keeping what was typed", async () => {
    const fields = { ...bradford, code: "School-Readiness-GLD", name: "Good level of development at age 5", unit: "percent", polarity: "higher_is_better", source: "Bradford Council EYFS profile", suppressionThreshold: "0" };
    const refused = await call(defineIndicatorAction, user("research"), fields);
    expect(refused).toMatchObject({ status: "error", code: "validation", fieldErrors: { suppressionThreshold: [expect.stringContaining("at least 1")] }, values: { name: fields.name } });
    expect(await call(defineIndicatorAction, user("research"), { ...fields, suppressionThreshold: "10" })).toMatchObject({ status: "success", message: "Good level of development at age 5 (school-readiness-gld) added." });
    expect(await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "school-readiness-gld" } } })).toMatchObject({ suppressionThreshold: 10, catalogueCode: null });
    expect(await call(defineIndicatorAction, user("research"), { ...fields, suppressionThreshold: "5" })).toMatchObject({ status: "error", fieldErrors: { code: [expect.stringContaining("already has an indicator with the code school-readiness-gld")] } });
    expect(await call(defineIndicatorAction, user("research"), { ...fields, code: "dental-care", suppressionThreshold: "5" })).toMatchObject({ status: "error", fieldErrors: { code: [expect.stringContaining("national catalogue")] } });
    expect(await auditCount({ action: "indicators.definition.created" })).toBe(1);
  });

  it("refuses partnership-wide definitions to an area co-ordinator and to a member, changing nothing", async () => {
    const count = await db().indicatorDefinition.count({ where: { partnershipId: demo.bradford.id } });
    for (const key of ["coordinator", "member", "board"]) {
      expect(await call(adoptIndicatorAction, user(key), { ...bradford, code: "dental-care" }), key).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await db().indicatorDefinition.count({ where: { partnershipId: demo.bradford.id } })).toBe(count);
  });

  it("edits the partnership's own wording, not the catalogue's, and audits a threshold change with before and after", async () => {
    const own = await indicatorId("school-readiness-gld");
    expect(await call(updateIndicatorAction, user("research"), { ...bradford, indicatorId: own, name: "GLD at age 5", polarity: "higher_is_better", source: "EYFS profile" })).toMatchObject({ status: "success" });
    const catalogue = await indicatorId("persistent-absence");
    expect(await call(updateIndicatorAction, user("research"), { ...bradford, indicatorId: catalogue, name: "Renamed", polarity: "neither", source: "x" })).toMatchObject({
      status: "error",
      fieldErrors: { _form: [expect.stringContaining("national catalogue")] },
    });
    expect(await call(setThresholdAction, user("research"), { ...bradford, indicatorId: catalogue, suppressionThreshold: "7" })).toMatchObject({ status: "success", message: "Counts from 1 to 7 of Persistent absence now show as c." });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "indicators.definition.threshold_changed" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ before: { suppressionThreshold: 5 }, after: { suppressionThreshold: 7 }, actorUserId: user("research") });
  });

  it("does not let another partnership's member touch a Bradford indicator by its id", async () => {
    const catalogue = await indicatorId("persistent-absence");
    const outcome = await call(setThresholdAction, user("kirklees-admin"), { partnership: "kirklees", indicatorId: catalogue, suppressionThreshold: "1" });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
    const coordinator = await call(setTargetAction, user("kirklees-coordinator"), { partnership: "kirklees", area: "dewsbury-west", indicatorId: catalogue, value: "10" });
    expect(coordinator).toMatchObject({ status: "error", code: "not_found" });
    expect((await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: catalogue } } })).suppressionThreshold).toBe(7);
    expect(await getIndicatorByCode(await ctxFor("kirklees-admin", "kirklees"), "persistent-absence")).toBeNull();
  });
});

describe("targets per area", () => {
  it("sets and replaces an area's target, checking the value against the unit", async () => {
    const id = await indicatorId("demo-persistent-absence");
    const hw = { ...bradford, area: "holme-wood", indicatorId: id };
    expect(await call(setTargetAction, user("coordinator"), { ...hw, value: "120" })).toMatchObject({ status: "error", fieldErrors: { value: ["A percentage target is from 0 to 100"] } });
    expect(await call(setTargetAction, user("coordinator"), { ...hw, value: "twenty" })).toMatchObject({ status: "error", fieldErrors: { value: [expect.stringContaining("as a number")] } });
    expect(await call(setTargetAction, user("coordinator"), { ...hw, value: "18.5%", byPeriod: "2028/29", note: "Raised at the board" })).toMatchObject({ status: "success", message: "Target for Persistent absence (synthetic demo) saved: 18.5% by 2028/29." });
    const target = await db().indicatorTarget.findFirstOrThrow({ where: { indicatorId: id, areaId: demo.bradford.areas["holme-wood"] } });
    expect(target).toMatchObject({ value: 18.5, byPeriod: "2028/29", note: "Raised at the board" });
    expect(await db().indicatorTarget.count({ where: { indicatorId: id, areaId: demo.bradford.areas["holme-wood"] } })).toBe(1);
  });

  it("keeps a co-ordinator to their own areas, and a target id to its own area", async () => {
    const id = await indicatorId("demo-persistent-absence");
    expect(await call(setTargetAction, user("coordinator-mg"), { ...bradford, area: "holme-wood", indicatorId: id, value: "1" })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(setTargetAction, user("member"), { ...bradford, area: "holme-wood", indicatorId: id, value: "1" })).toMatchObject({ status: "error", code: "not_found" });
    const holmeWoodTarget = await db().indicatorTarget.findFirstOrThrow({ where: { indicatorId: id, areaId: demo.bradford.areas["holme-wood"] } });
    // The MG co-ordinator posts Holme Wood's target id through their own area.
    const forged = await call(removeTargetAction, user("coordinator-mg"), { ...bradford, area: "manningham-girlington", targetId: holmeWoodTarget.id });
    expect(forged).toMatchObject({ status: "error", code: "not_found" });
    expect(await db().indicatorTarget.count({ where: { id: holmeWoodTarget.id } })).toBe(1);
    // A partnership-wide research partner sets any area's target.
    expect(await call(setTargetAction, user("research"), { ...bradford, area: "keighley", indicatorId: id, value: "22" })).toMatchObject({ status: "success" });
    expect(await call(removeTargetAction, user("coordinator"), { ...bradford, area: "keighley", targetId: (await db().indicatorTarget.findFirstOrThrow({ where: { indicatorId: id, areaId: demo.bradford.areas.keighley } })).id })).toMatchObject({ status: "success" });
  });
});

describe("outcome measures linked to indicators", () => {
  it("adopts a catalogue indicator on the way and links it; refuses another area's measure", async () => {
    const keighley = demo.bradford.areas.keighley!;
    const measure = await db().outcomeMeasure.create({ data: { partnershipId: demo.bradford.id, areaId: keighley, name: "Children seen by a dentist" } });
    const outcome = await call(linkOutcomeMeasureAction, user("coordinator"), { ...bradford, area: "keighley", outcomeMeasureId: measure.id, indicator: "catalogue:dental-care" });
    expect(outcome).toMatchObject({ status: "success", message: "Children seen by a dentist is measured by Children seen by an NHS dentist." });
    const dental = await indicatorId("dental-care");
    expect((await db().outcomeMeasure.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: measure.id } } })).indicatorId).toBe(dental);
    expect(await auditCount({ action: "indicators.outcome_measure.linked" })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "indicators.definition.adopted", areaId: keighley } })).toBe(1);

    const hwMeasure = await db().outcomeMeasure.findFirstOrThrow({ where: { areaId: demo.bradford.areas["holme-wood"] } });
    expect(await call(linkOutcomeMeasureAction, user("coordinator"), { ...bradford, area: "keighley", outcomeMeasureId: hwMeasure.id, indicator: `indicator:${dental}` })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(linkOutcomeMeasureAction, user("coordinator"), { ...bradford, area: "keighley", outcomeMeasureId: measure.id, indicator: "indicator:00000000-0000-4000-8000-000000000000" })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(linkOutcomeMeasureAction, user("coordinator"), { ...bradford, area: "keighley", outcomeMeasureId: measure.id, indicator: "nonsense" })).toMatchObject({ status: "error", code: "validation" });
  });

  it("makes the phase 1 evaluation item depend on every measure being linked", async () => {
    const keighley = demo.bradford.areas.keighley!;
    const snapshot = await loadSnapshot(db(), { partnershipId: demo.bradford.id, areaId: keighley }, 1, "2026-12-01");
    expect(snapshot.indicators.measures).toEqual([{ name: "Children seen by a dentist", indicator: "dental-care" }]);
    expect(snapshot.indicators.focus).toEqual([{ code: "dental-care", name: "Children seen by an NHS dentist", latestPeriodEnd: null }]);
  });
});

describe("area figures and suppression on the read path", () => {
  // A test indicator over Holme Wood's four LSOAs, with distinctive numbers.
  const LSOAS = ["E01010799", "E01010800", "E01010801", "E01010804"];
  let id: string;

  beforeAll(async () => {
    const created = await db().indicatorDefinition.create({
      data: { partnershipId: demo.bradford.id, code: "test-absence", name: "Test absence", unit: "percent", polarity: "lower_is_better", source: "Integration test figures", suppressionThreshold: 5 },
    });
    id = created.id;
    const hw = demo.bradford.areas["holme-wood"]!;
    const measure = await db().outcomeMeasure.create({ data: { partnershipId: demo.bradford.id, areaId: hw, name: "Test absence measure", indicatorId: id } });
    void measure;
    // 2030/31: 4 of 3917 (primary), 1187 of 6011 (the smallest other: secondary), 2213 of 8009, 5099 of 9013.
    const rows: [number, number][] = [
      [1187, 6011],
      [2213, 8009],
      [5099, 9013],
      [4, 3917],
    ];
    const points: DataPointSeed[] = LSOAS.map((code, i) => ({ indicatorId: id, geographyType: "lsoa", geographyCode: code, ...year(2030), numerator: rows[i]![0], denominator: rows[i]![1], value: (rows[i]![0] / rows[i]![1]) * 100 }));
    // 2029/30: only rates for two LSOAs (no numerators): shown per geography.
    points.push({ indicatorId: id, geographyType: "lsoa", geographyCode: LSOAS[0]!, ...year(2029), value: 31.4159 }, { indicatorId: id, geographyType: "lsoa", geographyCode: LSOAS[1]!, ...year(2029), value: 27.1828 });
    points.push({ indicatorId: id, geographyType: "country", geographyCode: "E92000001", ...year(2030), numerator: 1_234_567, denominator: 7_000_000, value: 17.6366 });
    await insertCommittedBatch(db(), { partnershipId: demo.bradford.id, fileName: "test-absence.csv", points });
  });

  it("works out the area figure from numerators and denominators, never averaging the rates", async () => {
    const reading = (await readIndicator(await ctxFor("board"), { indicatorId: id, areaIds: [demo.bradford.areas["holme-wood"]!], geographies: true }))!;
    const figure = reading.areas.get(demo.bradford.areas["holme-wood"]!)!.get("2030/31")!;
    expect(figure).toMatchObject({ how: "recomputed", level: "lsoa", covered: 4, of: 4 });
    expect(figure.figure.numerator).toBe(1187 + 2213 + 5099 + 4);
    expect(figure.figure.denominator).toBe(6011 + 8009 + 9013 + 3917);
    expect(figure.figure.value).toBeCloseTo((8503 / 26950) * 100, 10);
    const mean = rowsMean();
    expect(Math.abs((figure.figure.value as number) - mean)).toBeGreaterThan(1);
    // Where only rates exist there is no area figure; each geography's rate is shown.
    const ratesOnly = reading.areas.get(demo.bradford.areas["holme-wood"]!)!.get("2029/30")!;
    expect(ratesOnly).toMatchObject({ how: "rates_only", figure: { value: null } });
    expect(ratesOnly.geographies.map((g) => g.figure.value)).toEqual([31.4159, 27.1828]);
    function rowsMean() {
      return ((1187 / 6011 + 2213 / 8009 + 5099 / 9013 + 4 / 3917) / 4) * 100;
    }
  });

  it("suppresses the small LSOA and the next smallest, in the page data, the area page's HTML and every CSV download", async () => {
    const ctx = await ctxFor("coordinator");
    const view = await loadAreaIndicators(ctx, await area("holme-wood"));
    const focus = view.focus.find((f) => f.indicator.code === "test-absence")!;
    const rows = Object.fromEntries(focus.breakdown!.rows.map((r) => [r.code, r.figure]));
    expect(rows.E01010804).toMatchObject({ numerator: "c", value: "c", denominator: 3917 });
    expect(rows.E01010799).toMatchObject({ numerator: "c", value: "c", denominator: 6011 });
    expect(rows.E01010800).toMatchObject({ numerator: 2213 });
    expect(focus.breakdown!.total).toMatchObject({ numerator: 8503, denominator: 26950 });

    // What goes to the browser: the loader's data (client components' props come from it) and the rendered page.
    const data = JSON.stringify(view);
    const html = renderToStaticMarkup(createElement(AreaIndicatorsView, { view, base: "/p/bradford/areas/holme-wood", partnershipBase: "/p/bradford" }));
    const csvs = csvDownloads(html);
    expect(csvs.length).toBeGreaterThan(0);
    for (const text of [data, html, ...csvs]) {
      expect(text).not.toMatch(/1187|1,187/);
      expect(text).not.toMatch(/19\.74|19\.7\b/); // 1187 / 6011
      expect(text).not.toMatch(/0\.102|"numerator":4\b/); // 4 / 3917
    }
    const breakdownCsv = csvs.find((c) => c.includes("3917"))!;
    expect(breakdownCsv).toContain("E01010804,Bradford 033A,c,3917,c");
    expect(breakdownCsv).toContain("E01010799,Bradford 036C,c,6011,c");
    expect(breakdownCsv).toContain("Total,Holme Wood (worked out),8503,26950,31.6");
    expect(html).toContain("not shown (c) to protect small numbers");
  });

  it("withholds on the upload's own page the same cells as the dashboards, so its list of values and a dashboard's total cannot be combined", async () => {
    const ctx = await ctxFor("research");
    const batch = await db().uploadBatch.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, fileName: "test-absence.csv" }, select: { id: true } });
    const values = await listBatchValues(ctx, batch.id);
    const latest = Object.fromEntries(values.rows.filter((r) => r.period === "2030/31").map((r) => [r.geographyCode, r.withheld]));
    expect(latest).toMatchObject({ E01010804: true, E01010799: true, E01010800: false, E01010801: false, E92000001: false });
    const { indicatorNames } = await getBatch(ctx, batch.id);
    const html = renderToStaticMarkup(createElement(BatchValues, { batchId: batch.id, rows: values.rows, names: indicatorNames, caption: "values", hrefFor: (b: string) => b }));
    expect(html).toContain("27.63%");
    expect(html).not.toMatch(/1187|1,187|19\.74/);
  });

  it("suppresses the same cells on the board page and its CSV, so the two cannot be combined", async () => {
    const ctx = await ctxFor("board");
    const data = await loadBoardDashboard(ctx, { indicator: "test-absence", period: "2030/31" });
    expect(data.chosen?.period?.period).toBe("2030/31");
    const hw = data.chosen!.rows.find((r) => r.area.slug === "holme-wood")!;
    expect(hw.figure?.figure).toMatchObject({ numerator: 8503, denominator: 26950 });
    const html = renderToStaticMarkup(createElement(BoardComparison, { data, base: "/p/bradford" }));
    const csv = csvDownloads(html).find((c) => c.includes("Holme Wood"))!;
    expect(csv).toContain("Holme Wood,31.6");
    expect(csv).toContain("England,17.6");
    for (const text of [JSON.stringify({ ...data, budget: null }), html, csv]) expect(text).not.toMatch(/1187|19\.74/);
  });

  it("hides small counts on the board too, and counts an area's own published figure", async () => {
    const data = await loadBoardDashboard(await ctxFor("board"), { indicator: "demo-police-contact" });
    const last = data.chosen!.period!;
    const keighley = data.chosen!.rows.find((r) => r.area.slug === "keighley")!;
    expect(keighley.figure).toMatchObject({ how: "published", figure: { value: "c" } });
    const html = renderToStaticMarkup(createElement(BoardComparison, { data, base: "/p/bradford" }));
    expect(csvDownloads(html).find((c) => c.includes("Keighley"))).toContain(`Keighley,c`);
    expect(data.chosen!.caption).toContain(`In ${last.period}`);
  });

  it("returns only the areas a co-ordinator may read, while suppressing over all of them", async () => {
    const data = await loadBoardDashboard(await ctxFor("coordinator"), { indicator: "test-absence" });
    expect(data.chosen!.rows.map((r) => r.area.slug).sort()).toEqual(["holme-wood", "keighley"]);
    expect(data.progress.map((p) => p.area.slug).sort()).toEqual(["holme-wood", "keighley"]);
  });

  it("gives nothing of Bradford's to another partnership", async () => {
    const kirklees = await ctxFor("kirklees-admin", "kirklees");
    expect(await readIndicator(kirklees, { indicatorId: id, areaIds: [demo.bradford.areas["holme-wood"]!] })).toBeNull();
    const board = await loadBoardDashboard(kirklees, { indicator: "test-absence" });
    expect(board.indicators).toEqual([]);
    expect(board.chosen).toBeNull();
  });
});

describe("the visible value of a cell", () => {
  it("is the latest committed batch's; a rolled-back batch shows nothing, and its rollback restores exactly the value before it", async () => {
    const ctx = await ctxFor("board");
    const id = await indicatorId("demo-police-contact");
    const keighley = demo.bradford.areas.keighley!;
    const cell = { indicatorId: id, geographyType: "area" as const, geographyCode: "keighley", ...year(2031) };
    const value = async () => (await readIndicator(ctx, { indicatorId: id, areaIds: [keighley], periods: ["2031/32"] }))!.areas.get(keighley)!.get("2031/32")?.figure.value ?? null;

    const first = await insertCommittedBatch(db(), { partnershipId: demo.bradford.id, fileName: "first.csv", points: [{ ...cell, value: 41 }] });
    expect(await value()).toBe(41);
    const second = await insertCommittedBatch(db(), { partnershipId: demo.bradford.id, fileName: "second.csv", points: [{ ...cell, value: 57 }] });
    const third = await insertCommittedBatch(db(), { partnershipId: demo.bradford.id, fileName: "third.csv", points: [{ ...cell, value: 63 }, { ...cell, geographyCode: "holme-wood", value: 30 }] });
    expect(await value()).toBe(63);
    // Rolling back the middle batch changes nothing visible; rolling back the last restores the middle one's.
    await db().uploadBatch.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: second.id } }, data: { status: "rolled_back", rolledBackAt: new Date() } });
    expect(await value()).toBe(63);
    await db().uploadBatch.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: third.id } }, data: { status: "rolled_back", rolledBackAt: new Date() } });
    expect(await value()).toBe(41);
    // A staged batch (previewed, not committed) never shows.
    await db().uploadBatch.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: first.id } }, data: { status: "staged", commitSeq: null } });
    expect(await value()).toBeNull();
  });
});

describe("the checklist reads the indicators", () => {
  it("counts figures from the last 12 months for the focus indicators, and data for the indicators named for the focus issue", async () => {
    const scope = { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! };
    const before = await loadSnapshot(db(), scope, 1, "2031-12-01");
    const injuries = before.indicators.focus.find((f) => f.code === "injury-admissions-0-14")!;
    expect(injuries.latestPeriodEnd).toBeNull();
    // The theory of change names persistent-absence, now adopted, with no Holme Wood figures.
    expect(before.indicators.priority).toEqual([{ code: "persistent-absence", name: "Persistent absence", hasData: false }]);

    await insertGeographies(db(), [{ code: "E05001346", type: "ward", name: "Tong" }]);
    await insertCommittedBatch(db(), {
      partnershipId: demo.bradford.id,
      fileName: "tong.csv",
      points: [
        { indicatorId: await indicatorId("injury-admissions-0-14"), geographyType: "ward", geographyCode: "E05001346", ...year(2030), numerator: 40, denominator: 3000, value: 133.3 },
        { indicatorId: await indicatorId("persistent-absence"), geographyType: "lsoa", geographyCode: "E01010800", ...year(2030), numerator: 81, denominator: 280, value: 28.9 },
      ],
    });
    const after = await loadSnapshot(db(), scope, 1, "2031-12-01");
    expect(after.indicators.focus.find((f) => f.code === "injury-admissions-0-14")!.latestPeriodEnd).toBe("2031-08-31");
    expect(after.indicators.priority).toEqual([{ code: "persistent-absence", name: "Persistent absence", hasData: true }]);
  });
});

describe("the board's progress table", () => {
  it("reads every area's records in one pass, each snapshot the same as the area's own", async () => {
    const areas = Object.values(demo.bradford.areas).map((areaId) => ({ areaId, cycle: 1 }));
    const together = await loadSnapshots(db(), demo.bradford.id, areas, "2026-12-01");
    for (const { areaId } of areas) expect(together.get(areaId), areaId).toEqual(await loadSnapshot(db(), { partnershipId: demo.bradford.id, areaId }, 1, "2026-12-01"));
    const progress = await listAreaProgress(await ctxFor("board"), await listAreas(await ctxFor("board")));
    for (const p of progress) expect(p.view.phases.map((x) => x.gate), p.slug).toEqual((await getBlueprintView(await ctxFor("board"), p.id)).phases.map((x) => x.gate));
  });
});
