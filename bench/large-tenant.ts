import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import { NATIONAL_CATALOGUE } from "@/lib/indicators/catalogue";
import { adoptCatalogueIndicator } from "@/lib/indicators/services/adopt";
import { createCommittedBatch, insertGeographies } from "@/prisma/seed/indicator-data";
import type { BenchArea, Bradford } from "./fixtures";

/**
 * The large tenant of `npm run bench:dashboard`: Bradford's areas (the demo's three and the
 * bench's own, 50 in all), 2,000 LSOAs (40 per area, each with an IMD 2019 decile), 40
 * indicators (the national catalogue, the demo's and bench ones, of every unit), and 10 years
 * of monthly figures for every indicator and LSOA, with England and Bradford comparators:
 * 9.6 million data points. One committed batch per month, as monthly uploads would leave
 * them, plus re-uploads that revise the latest month and one rolled back, so the
 * CurrentDataPoint view has revisions to choose between.
 *
 * The rows are generated inside PostgreSQL (INSERT … SELECT over generate_series), which
 * writes them as fast as COPY would without sending 9.6 million rows over the socket; the
 * three secondary indexes on DataPoint are dropped for the load and rebuilt after it, with
 * the definitions the migrations gave them. Values are pseudo-random but fixed (setseed).
 */
export const LSOAS_PER_AREA = 40;
export const INDICATORS = 40;
export const MONTHS = 120;

export type LargeTenant = { dataPoints: number; indicators: { id: string; code: string; unit: IndicatorUnit }[]; periods: string[]; lines: string[] };

const BENCH_UNITS: IndicatorUnit[] = ["percent", "rate_per_1000", "count", "percent", "rate_per_10000", "pounds"];

/** "2026-11" for the month before `today`'s, and the 119 months before it, oldest first. */
function months(today: string, count: number): { period: string; start: string; end: string }[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const out: { period: string; start: string; end: string }[] = [];
  for (let i = count; i >= 1; i -= 1) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const mm = String(month).padStart(2, "0");
    out.push({ period: `${year}-${mm}`, start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(last).padStart(2, "0")}` });
  }
  return out;
}

export async function buildLargeTenant(db: Db, url: string, bradford: Bradford, benchAreas: readonly BenchArea[], today: string): Promise<LargeTenant> {
  const lines: string[] = [];
  const partnershipId = bradford.partnershipId;
  const t0 = performance.now();

  // Areas: every Bradford area gets 40 LSOAs of its own (the bench areas' two placeholder LSOAs are replaced).
  const areas = await db.conveningPartnership.findMany({ where: { partnershipId }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  await db.areaGeography.deleteMany({ where: { partnershipId, areaId: { in: benchAreas.map((a) => a.id) }, type: "lsoa" } });
  const lsoas: { code: string; areaId: string }[] = [];
  areas.forEach((a, i) => {
    for (let j = 0; j < LSOAS_PER_AREA; j += 1) lsoas.push({ code: `E019${String(i * LSOAS_PER_AREA + j).padStart(5, "0")}`, areaId: a.id });
  });
  await insertGeographies(
    db,
    lsoas.map((l, i) => ({ code: l.code, type: "lsoa", name: `Bench LSOA ${i + 1}`, laCode: "E08000032", imd2019: { rank: 1 + ((i * 7919) % 32844), decile: 1 + ((i * 7) % 10) } })),
  );
  await db.areaGeography.createMany({ data: lsoas.map((l) => ({ partnershipId, areaId: l.areaId, type: "lsoa", code: l.code })), skipDuplicates: true });

  // Indicators: the catalogue adopted, then bench ones up to 40.
  for (const entry of NATIONAL_CATALOGUE) await adoptCatalogueIndicator(db, partnershipId, entry.code);
  const have = await db.indicatorDefinition.count({ where: { partnershipId } });
  for (let i = 0; i < INDICATORS - have; i += 1) {
    const unit = BENCH_UNITS[i % BENCH_UNITS.length]!;
    await db.indicatorDefinition.create({
      data: { partnershipId, code: `bench-${String(i + 1).padStart(2, "0")}`, name: `Bench indicator ${i + 1}`, unit, polarity: i % 2 ? "higher_is_better" : "lower_is_better", source: "Benchmark figures (generated)", suppressionThreshold: 5 },
    });
  }
  const indicators = await db.indicatorDefinition.findMany({ where: { partnershipId }, select: { id: true, code: true, unit: true }, orderBy: { code: "asc" } });

  // Each bench area tracks two of them, as its outcome measures; some set targets.
  const absence = indicators.find((i) => i.code === "persistent-absence")!;
  const gp = indicators.find((i) => i.code === "gp-registration")!;
  for (const area of benchAreas) {
    await db.outcomeMeasure.updateMany({ where: { partnershipId, areaId: area.id, name: "School attendance and persistent absence" }, data: { indicatorId: absence.id } });
    await db.outcomeMeasure.updateMany({ where: { partnershipId, areaId: area.id, name: "Children registered with a GP and a dentist" }, data: { indicatorId: gp.id } });
  }
  await db.indicatorTarget.createMany({ data: benchAreas.map((a) => ({ partnershipId, areaId: a.id, indicatorId: absence.id, value: 15, byPeriod: "2027-12" })), skipDuplicates: true });
  lines.push(`${areas.length} areas, ${lsoas.length.toLocaleString("en-GB")} LSOAs, ${indicators.length} indicators set up in ${(performance.now() - t0).toFixed(0)} ms`);

  // Batches: one per month, committed in order.
  const periods = months(today, MONTHS);
  const batches: string[] = [];
  for (const p of periods) batches.push((await createCommittedBatch(db, { partnershipId, fileName: `monthly-${p.period}.csv`, uploadedById: bradford.coordinatorId, rows: INDICATORS * lsoas.length })).id);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const indexes = (await client.query<{ indexdef: string; indexname: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'DataPoint' AND indexname <> 'DataPoint_pkey'`)).rows;
    for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);
    await client.query("SELECT setseed(0.42)");
    await client.query(`CREATE TEMP TABLE bench_month (batch uuid, period text, starts date, ends date, ord int)`);
    await client.query(`INSERT INTO bench_month SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[], $5::int[])`, [
      batches,
      periods.map((p) => p.period),
      periods.map((p) => p.start),
      periods.map((p) => p.end),
      periods.map((_, i) => i),
    ]);
    await client.query(`CREATE TEMP TABLE bench_lsoa (code text, size int)`);
    await client.query(`INSERT INTO bench_lsoa SELECT code, 40 + (abs(hashtext(code)) % 360) FROM unnest($1::text[]) AS code`, [lsoas.map((l) => l.code)]);

    const load = performance.now();
    for (const [n, indicator] of indicators.entries()) {
      // Counts: many small ones (so "c" is common); rates and percentages: a numerator of the LSOA's children.
      const numerator = indicator.unit === "count" ? "floor(random() * 14)" : "floor(l.size * (0.05 + 0.3 * random()))";
      const multiplier = { percent: 100, rate_per_1000: 1000, rate_per_10000: 10000, rate_per_100000: 100000, pounds: 1, count: 1 }[indicator.unit];
      const value = indicator.unit === "count" ? "x.num" : `x.num / l.size * ${multiplier}`;
      const denominator = indicator.unit === "count" ? "NULL" : "l.size";
      await client.query(
        `INSERT INTO "DataPoint" ("partnershipId","batchId","indicatorId","geographyType","geographyCode","period","periodType","periodStart","periodEnd","breakdown","value","numerator","denominator")
         SELECT $1::uuid, m.batch, $2::uuid, 'lsoa', l.code, m.period, 'month', m.starts, m.ends, '', ${value}, x.num, ${denominator}
         FROM bench_month m CROSS JOIN bench_lsoa l CROSS JOIN LATERAL (SELECT ${numerator}::float8 AS num, l.size) x
         ORDER BY m.ord, l.code`,
        [partnershipId, indicator.id],
      );
      // England and Bradford for the same months.
      await client.query(
        `INSERT INTO "DataPoint" ("partnershipId","batchId","indicatorId","geographyType","geographyCode","period","periodType","periodStart","periodEnd","breakdown","value","numerator","denominator")
         SELECT $1::uuid, m.batch, $2::uuid, g.type::"GeographyType", g.code, m.period, 'month', m.starts, m.ends, '', x.num / g.size * ${indicator.unit === "count" ? 1 : multiplier}, x.num, ${indicator.unit === "count" ? "NULL" : "g.size"}
         FROM bench_month m CROSS JOIN (VALUES ('country', 'E92000001', 9000000), ('la', 'E08000032', 120000)) AS g(type, code, size)
         CROSS JOIN LATERAL (SELECT floor(g.size * (0.05 + 0.3 * random()))::float8 AS num) x`,
        [partnershipId, indicator.id],
      );
      if ((n + 1) % 10 === 0) lines.push(`${n + 1} of ${indicators.length} indicators loaded (${((performance.now() - load) / 1000).toFixed(0)} s)`);
    }

    // Re-uploads of the latest month for five indicators (later commits win), one of them rolled back.
    const latest = periods[periods.length - 1]!;
    for (let r = 0; r < 3; r += 1) {
      const batch = await createCommittedBatch(db, { partnershipId, fileName: `revision-${r + 1}-${latest.period}.csv`, uploadedById: bradford.coordinatorId, status: r === 2 ? "rolled_back" : "committed", rows: 5 * lsoas.length });
      await client.query(
        `INSERT INTO "DataPoint" ("partnershipId","batchId","indicatorId","geographyType","geographyCode","period","periodType","periodStart","periodEnd","breakdown","value","numerator","denominator")
         SELECT $1::uuid, $2::uuid, i.id, 'lsoa', l.code, $3, 'month', $4::date, $5::date, '', x.num / l.size * 100, x.num, l.size
         FROM unnest($6::uuid[]) AS i(id) CROSS JOIN bench_lsoa l CROSS JOIN LATERAL (SELECT floor(l.size * (0.05 + 0.3 * random()))::float8 AS num) x`,
        [partnershipId, batch.id, latest.period, latest.start, latest.end, indicators.filter((i) => i.unit === "percent").slice(0, 5).map((i) => i.id)],
      );
    }
    const rebuild = performance.now();
    for (const i of indexes) await client.query(i.indexdef);
    lines.push(`indexes rebuilt in ${((performance.now() - rebuild) / 1000).toFixed(0)} s`);
    await client.query(`VACUUM ANALYZE "DataPoint"`);
    await client.query(`ANALYZE`);
    const [{ n }] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "DataPoint" WHERE "partnershipId" = $1`, [partnershipId])).rows as [{ n: string }];
    lines.push(`${Number(n).toLocaleString("en-GB")} data points in ${((performance.now() - load) / 1000).toFixed(0)} s (generated in the database, indexes rebuilt, analysed)`);
    return { dataPoints: Number(n), indicators, periods: periods.map((p) => p.period), lines };
  } finally {
    await client.end();
  }
}
