import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { commitBatch, discardBatch, discardStaleBatches, rollbackBatch, chooseIndicator } from "@/lib/indicators/uploads/services/batches";
import { firstRejections, getBatch, listBatchValues } from "@/lib/indicators/uploads/services/queries";
import { mappingsForSignature } from "@/lib/indicators/uploads/services/mappings";
import { headerSignature } from "@/lib/indicators/uploads/header";
import { commitBatchAction, rollbackBatchAction } from "@/lib/indicators/uploads/actions";
import { call, seedDemo, type Demo } from "./support/fixtures";
import { currentValue, staged, stageText, tenantContext, TEMPLATE } from "./support/uploads";
import type { TenantContext } from "@/lib/tenancy/context";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
let research: TenantContext;

beforeAll(async () => {
  demo = await seedDemo();
  research = await tenantContext(demo.users.research!.id);
});

const injury = (period: string, value: string, extra = "") => `injury-admissions-0-14,,,la,E08000032,${period},financial_year,${extra},${value},,`;

describe("the demo seed", () => {
  it("loads the real Fingertips and DfE files for Bradford as committed batches by the research partner", async () => {
    // The demo's clearly labelled synthetic series come in their own batch, not through a file.
    const batches = await db().uploadBatch.findMany({ where: { partnershipId: demo.bradford.id, NOT: { fileName: "synthetic-demo-series.csv" } }, orderBy: { commitSeq: "asc" } });
    expect(batches.map((b) => [b.fileName, b.status, b.format, b.uploadedById])).toEqual([
      ["la_hospital_admissions_2324.csv", "committed", "fingertips", demo.users.research!.id],
      ["absence_la.csv", "committed", "dfe_ees", demo.users.research!.id],
    ]);
    expect(batches[0]!.sha256).toBe("a751a3cac20fa2d12d2cf4cdd7b5caf2f9d8ead7dc7882aa07f50f05494041a8");
    expect(await currentValue(demo.bradford.id, "E08000032", "2010/11", "injury-admissions-0-14")).toMatchObject({ value: 132.7317559 });
    expect(await currentValue(demo.bradford.id, "E08000032", "2019/20", "persistent-absence", "absence_terms=six half terms; social_care_group=CINO at 31 March")).toMatchObject({ value: null, missingReason: "not_available" });
    // Only Bradford and its comparators got in; Kirklees, the other tenant's authority, did not.
    const fileBatches = batches.map((b) => b.id);
    const codes = await db().$queryRaw<{ code: string }[]>`SELECT DISTINCT "geographyCode" AS code FROM "DataPoint" WHERE "partnershipId" = ${demo.bradford.id}::uuid AND "batchId" = ANY(${fileBatches}::uuid[]) ORDER BY 1`;
    expect(codes.map((c) => c.code).every((c) => c === "E08000032" || c === "E92000001" || /^E1[23]/.test(c))).toBe(true);
    expect(await db().dataPoint.count({ where: { partnershipId: demo.kirklees.id } })).toBe(0);
  });
});

describe("staging, preview, commit and rollback", () => {
  it("stages invisibly, previews the value it would replace, and shows it only once committed", async () => {
    const outcome = await staged(research, `${TEMPLATE}\n${injury("2010/11", "140.5")}\n${injury("2010/12", "1")}\n`);
    expect(outcome.summary.rows).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(outcome.summary.replaced).toMatchObject({ cells: 1, changed: 1 });
    expect(outcome.summary.replaced.examples[0]).toMatchObject({ before: 132.7317559, after: 140.5, geographyCode: "E08000032", period: "2010/11" });
    expect(await firstRejections(research, outcome.batchId)).toEqual([{ line: 3, reason: expect.stringMatching(/2010\/12/) }]);
    // Nothing visible has changed.
    expect(await currentValue(demo.bradford.id, "E08000032", "2010/11", "injury-admissions-0-14")).toMatchObject({ value: 132.7317559 });

    await commitBatch(research, { batchId: outcome.batchId });
    expect(await currentValue(demo.bradford.id, "E08000032", "2010/11", "injury-admissions-0-14")).toMatchObject({ value: 140.5, batchId: outcome.batchId });
    const values = await listBatchValues(research, outcome.batchId);
    expect(values.rows[0]).toMatchObject({ value: 140.5, currentValue: 140.5, currentBatchId: outcome.batchId });

    await rollbackBatch(research, { batchId: outcome.batchId });
    expect(await currentValue(demo.bradford.id, "E08000032", "2010/11", "injury-admissions-0-14")).toMatchObject({ value: 132.7317559 });
    const after = await listBatchValues(research, outcome.batchId);
    expect(after.rows[0]).toMatchObject({ value: 140.5, currentValue: 132.7317559, currentFileName: "la_hospital_admissions_2324.csv" });
    const audit = await db().auditEvent.findMany({ where: { entityId: outcome.batchId }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["indicators.upload_staged", "indicators.upload_committed", "indicators.upload_rolled_back"]);
  });

  it("rolls back exactly, with overlapping batches, in either order", async () => {
    const cell = () => currentValue(demo.bradford.id, "E08000032", "2011/12", "injury-admissions-0-14");
    const seeded = (await cell())!.value;
    for (const order of [["a", "b"], ["b", "a"]] as const) {
      const a = await staged(research, `${TEMPLATE}\n${injury("2011/12", "200")}\n${injury("2012/13", "201")}\n`);
      await commitBatch(research, { batchId: a.batchId });
      const b = await staged(research, `${TEMPLATE}\n${injury("2011/12", "300")}\n`);
      expect(b.summary.replaced.examples[0]).toMatchObject({ before: 200, after: 300 });
      await commitBatch(research, { batchId: b.batchId });
      expect((await cell())!.value).toBe(300);
      const ids = { a: a.batchId, b: b.batchId };
      await rollbackBatch(research, { batchId: ids[order[0]] });
      // Rolling back A leaves B's later value in place; rolling back B brings back A's.
      expect((await cell())!.value).toBe(order[0] === "a" ? 300 : 200);
      expect((await currentValue(demo.bradford.id, "E08000032", "2012/13", "injury-admissions-0-14"))!.value).toBe(order[0] === "a" ? (await seededValue("2012/13")) : 201);
      await rollbackBatch(research, { batchId: ids[order[1]] });
      expect((await cell())!.value).toBe(seeded);
    }
  });

  it("refuses to commit twice, to roll back a staged batch, and to commit a discarded one", async () => {
    const s = await staged(research, `${TEMPLATE}\n${injury("2013/14", "99")}\n`);
    await expect(rollbackBatch(research, { batchId: s.batchId })).rejects.toMatchObject({ code: "conflict" });
    await commitBatch(research, { batchId: s.batchId });
    await expect(commitBatch(research, { batchId: s.batchId })).rejects.toMatchObject({ code: "conflict" });
    const d = await staged(research, `${TEMPLATE}\n${injury("2014/15", "98")}\n`);
    await discardBatch(research, { batchId: d.batchId });
    expect(await db().dataPoint.count({ where: { partnershipId: demo.bradford.id, batchId: d.batchId } })).toBe(0);
    await expect(commitBatch(research, { batchId: d.batchId })).rejects.toMatchObject({ code: "conflict" });
  });

  it("discards staged batches nobody committed within a day", async () => {
    const s = await staged(research, `${TEMPLATE}\n${injury("2015/16", "97")}\n`);
    expect(await discardStaleBatches(research, new Date(Date.now() + 25 * 3600_000))).toBeGreaterThanOrEqual(1);
    expect((await db().uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: s.batchId } } })).status).toBe("discarded");
  });
});

async function seededValue(period: string): Promise<number | null> {
  const rows = await db().$queryRaw<{ value: number | null }[]>`
    SELECT d."value" FROM "DataPoint" d JOIN "UploadBatch" b ON b."partnershipId" = d."partnershipId" AND b."id" = d."batchId"
    WHERE d."partnershipId" = ${demo.bradford.id}::uuid AND b."fileName" = 'la_hospital_admissions_2324.csv' AND d."geographyCode" = 'E08000032' AND d."period" = ${period} AND d."breakdown" = ''`;
  return rows[0]!.value;
}

describe("geographies and indicators", () => {
  it("rejects another tenant's area and counts another authority as outside, with nothing of theirs written", async () => {
    const s = await staged(research, `${TEMPLATE}\ninjury-admissions-0-14,,,area,dewsbury-west,2020/21,financial_year,,5,,\ninjury-admissions-0-14,,,la,E08000034,2020/21,financial_year,,5,,\ninjury-admissions-0-14,,,,holme-wood,2020/21,financial_year,,5,,\n`);
    expect(s.summary.rows).toMatchObject({ accepted: 1, rejected: 1, outside: 1 });
    expect(s.summary.outside.top).toEqual([{ code: "E08000034", type: "la", rows: 1 }]);
    const rejections = await firstRejections(research, s.batchId);
    expect(rejections[0]!.reason).toBe('"dewsbury-west" is not an area of this partnership (its areas are holme-wood, keighley, manningham-girlington)');
    await discardBatch(research, { batchId: s.batchId });
  });

  it("creates a new indicator only at commit, with the id its staged rows carry, and names what it will create", async () => {
    const s = await staged(research, `${TEMPLATE}\nschool-readiness-gld,Good level of development,percent,la,E08000032,2022/23,academic_year,,63.1,4100,6500\n`);
    const entry = s.summary.indicators[0]!;
    expect(entry).toMatchObject({ action: "create", code: "school-readiness-gld", name: "Good level of development", unit: "percent" });
    expect(await db().indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "school-readiness-gld" } } })).toBeNull();
    await commitBatch(research, { batchId: s.batchId });
    const created = await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "school-readiness-gld" } } });
    expect(created.id).toBe(entry.id);
    expect(await currentValue(demo.bradford.id, "E08000032", "2022/23", "school-readiness-gld")).toMatchObject({ value: 63.1 });
  });

  it("lets the preview map a new indicator to an existing one, or leave it out, and keeps the replaced values exact", async () => {
    const s = await staged(research, `${TEMPLATE}\nmy-injuries,My injuries,rate per 10000,la,E08000032,2010/11,financial_year,,150,,\n`);
    expect(s.summary.replaced.cells).toBe(0);
    const injuries = await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "injury-admissions-0-14" } } });
    await chooseIndicator(research, { batchId: s.batchId, key: "code:my-injuries", choice: "existing", indicatorId: injuries.id });
    let detail = await getBatch(research, s.batchId);
    expect(detail.summary!.replaced).toMatchObject({ cells: 1, changed: 1 });
    expect(detail.summary!.indicators[0]).toMatchObject({ action: "existing", id: injuries.id });
    await chooseIndicator(research, { batchId: s.batchId, key: "code:my-injuries", choice: "skip" });
    detail = await getBatch(research, s.batchId);
    expect(detail.summary!.replaced.cells).toBe(0);
    await commitBatch(research, { batchId: s.batchId });
    expect(await db().indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "my-injuries" } } })).toBeNull();
    expect(await currentValue(demo.bradford.id, "E08000032", "2010/11", "injury-admissions-0-14")).toMatchObject({ value: 132.7317559 });
  });

  it("deletes an indicator's data with it, and refuses to commit rows for an indicator deleted meanwhile", async () => {
    const s = await staged(research, `${TEMPLATE}\nshort-lived,Short lived,count,la,E08000032,2022,calendar_year,,10,,\n`);
    await commitBatch(research, { batchId: s.batchId });
    const def = await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "short-lived" } } });
    await db().indicatorDefinition.delete({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: def.id } } });
    expect(await db().dataPoint.count({ where: { partnershipId: demo.bradford.id, indicatorId: def.id } })).toBe(0);

    // An indicator deleted while its batch waits: the commit refuses instead of showing orphan rows.
    await commitBatch(research, { batchId: (await staged(research, `${TEMPLATE}\ndoomed,Doomed,count,la,E08000032,2021,calendar_year,,10,,\n`)).batchId });
    const t = await staged(research, `${TEMPLATE}\ndoomed,,,la,E08000032,2022,calendar_year,,11,,\norphan,Orphan,count,la,E08000032,2022,calendar_year,,10,,\n`);
    await db().indicatorDefinition.delete({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "doomed" } } });
    await expect(commitBatch(research, { batchId: t.batchId })).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/deleted while it waited/) });
    expect(await db().indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "orphan" } } })).toBeNull();
  });
});

describe("bulk loading", () => {
  it("keeps text exactly, tabs, line breaks, backslashes and accents included, and numbers to the last digit", async () => {
    const note = 'Provisional: see "Café – £5"\tthen a tab, a \\ backslash\nand a new line';
    const s = await staged(research, `${TEMPLATE},note\ninjury-admissions-0-14,,,la,E08000032,2024/25,financial_year,age=0–4 years,0.1234567890123,1,3,"${note.replace(/"/g, '""')}"\n`);
    const [row] = await db().$queryRaw<{ value: number; breakdown: string; note: string; periodStart: Date; line: number }[]>`
      SELECT "value", "breakdown", "note", "periodStart", "line" FROM "DataPoint" WHERE "partnershipId" = ${demo.bradford.id}::uuid AND "batchId" = ${s.batchId}::uuid`;
    expect(row).toEqual({ value: 0.1234567890123, breakdown: "age=0–4 years", note, periodStart: new Date("2024-04-01T00:00:00Z"), line: 2 });
    await discardBatch(research, { batchId: s.batchId });
  });
});

describe("limits and mappings", () => {
  it("refuses a file over the row or size limit while streaming, keeping a discarded batch with the reason and no rows", async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => `injury-admissions-0-14,,,la,E08000032,${1000 + i},calendar_year,,1,,`).join("\n");
    const refused = await stageText(research, `${TEMPLATE}\n${rows}\n`, { limits: { maxRows: 1000 } });
    expect(refused).toMatchObject({ kind: "refused", message: expect.stringMatching(/more than 1,000 rows/) });
    const batchId = refused.kind === "refused" ? refused.batchId! : "";
    const batch = await db().uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: batchId } } });
    expect(batch.status).toBe("discarded");
    expect(batch.summary).toMatchObject({ error: expect.stringMatching(/more than 1,000 rows/) });
    expect(await db().dataPoint.count({ where: { partnershipId: demo.bradford.id, batchId } })).toBe(0);
    // Refused before its format was known: nothing at all is written.
    expect(await stageText(research, `${TEMPLATE}\n${rows}\n`, { limits: { maxBytes: 500 } })).toEqual({ kind: "refused", message: expect.stringMatching(/larger than 1 KB/), batchId: null, status: 413 });
  });

  it("offers a saved column mapping to the next file with the same columns", async () => {
    const header = "LSOA code (2011),Score,Year";
    const unrecognised = await stageText(research, `${header}\nE01010800,12.5,2019\n`);
    expect(unrecognised).toMatchObject({ kind: "unrecognised", savedMappings: [] });
    const spec = { indicator_code: { fixed: "child-poverty-score" }, indicator_name: { fixed: "Child poverty score" }, unit: { fixed: "count" }, geography_code: { column: "LSOA code (2011)" }, period: { column: "Year" }, value: { column: "Score" } };
    const s = await staged(research, `${header}\nE01010800,12.5,2019\nE01011000,3,2019\n`, { mapping: { spec, saveAs: "Poverty by LSOA" } });
    expect(s.summary.format).toBe("mapped");
    expect(s.summary.rows).toMatchObject({ accepted: 1, outside: 1 });
    const offered = await mappingsForSignature(research, headerSignature(header.split(",")));
    expect(offered.map((m) => m.name)).toEqual(["Poverty by LSOA"]);
    const again = await stageText(research, `${header}\nE01010800,12.5,2020\n`);
    expect(again).toMatchObject({ kind: "unrecognised", savedMappings: [{ name: "Poverty by LSOA" }] });
    await discardBatch(research, { batchId: s.batchId });
  });
});

describe("who may do what", () => {
  it("answers not found to a co-ordinator and to the other tenant, and changes nothing", async () => {
    const s = await staged(research, `${TEMPLATE}\n${injury("2016/17", "50")}\n`);
    for (const userId of [demo.users.coordinator!.id, demo.users["kirklees-admin"]!.id, demo.users.board!.id]) {
      const outcome = await call(commitBatchAction, userId, { partnership: "bradford", batchId: s.batchId });
      expect(outcome).toMatchObject({ status: "error", code: "not_found" });
    }
    // Kirklees's own admin naming Bradford's batch in Kirklees: not found either.
    expect(await call(rollbackBatchAction, demo.users["kirklees-admin"]!.id, { partnership: "kirklees", batchId: s.batchId })).toMatchObject({ status: "error", code: "not_found" });
    expect((await db().uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: s.batchId } } })).status).toBe("staged");
    expect(await call(commitBatchAction, demo.users.research!.id, { partnership: "bradford", batchId: s.batchId })).toEqual({ status: "redirect", to: `/p/bradford/indicators/uploads/${s.batchId}?committed=1&created=0` });
  });
});

describe("the CurrentDataPoint view", () => {
  it("is filtered through the cell index by partnership, indicator and geography or period", async () => {
    const injuries = await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "injury-admissions-0-14" } } });
    const plans: string[] = [];
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      for (const filter of [`"geographyCode" = 'E08000032'`, `"period" = '2010/11'`]) {
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT * FROM "CurrentDataPoint" WHERE "partnershipId" = '${demo.bradford.id}' AND "indicatorId" = '${injuries.id}' AND ${filter}`);
        plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
      }
    });
    for (const plan of plans) {
      expect(plan).toMatch(/Index (Only )?Scan using "DataPoint_indicatorId_geographyCode_period_idx"|Bitmap Index Scan on "DataPoint_indicatorId_geographyCode_period_idx"/);
      expect(plan).not.toMatch(/Seq Scan on "DataPoint"/);
    }
    expect(plans[0]).toMatch(/Index Cond: .*geographyCode/);
  });
});
