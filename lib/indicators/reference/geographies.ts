import { createReadStream } from "node:fs";
import path from "node:path";
import pg from "pg";
import { CsvDecoder } from "@/lib/csv/decode";
import { CsvParser, isBlankRecord } from "@/lib/csv/parse";
import { openBulkWriter } from "@/lib/db/bulk";
import { indexHeader } from "@/lib/indicators/uploads/header";
import { inferGeographyType } from "@/lib/indicators/uploads/geography";
import { parseNumeric } from "@/lib/indicators/uploads/values";

/**
 * Geography reference data (global, no partnershipId): England, the English regions (and
 * Inner and Outer London, which DfE files use as regions), every local authority named in
 * the real files, and every LSOA of IMD 2019 with the district it lies in; and the IMD 2019
 * rank and decile of each LSOA. Read with the importer's own streaming parser from the files
 * in prisma/seed/data and bulk-loaded; a no-op once loaded, because it runs on every start.
 */
export const DATA_DIR = path.join(process.cwd(), "prisma", "seed", "data");
export const IMD_EDITION = "IMD2019";
export const IMD_LSOAS = 32_844;

const REGIONS: [string, string][] = [
  ["E12000001", "North East"],
  ["E12000002", "North West"],
  ["E12000003", "Yorkshire and The Humber"],
  ["E12000004", "East Midlands"],
  ["E12000005", "West Midlands"],
  ["E12000006", "East of England"],
  ["E12000007", "London"],
  ["E12000008", "South East"],
  ["E12000009", "South West"],
  ["E13000001", "Inner London"],
  ["E13000002", "Outer London"],
];

/** Records of a CSV file as objects keyed by normalised header name, streamed. */
async function* rows(file: string): AsyncGenerator<{ get(name: string): string }> {
  const decoder = new CsvDecoder();
  const parser = new CsvParser();
  let header: ReturnType<typeof indexHeader> | null = null;
  const pending: string[][] = [];
  const take = (cells: string[]) => {
    if (isBlankRecord(cells)) return;
    if (!header) header = indexHeader(cells);
    else pending.push(cells);
  };
  const wrap = (cells: string[]) => ({ get: (name: string) => cells[header!.find(name) ?? -1] ?? "" });
  for await (const chunk of createReadStream(path.join(DATA_DIR, file), { highWaterMark: 1 << 16 })) {
    parser.push(decoder.decode(chunk as Buffer), (r) => take(r.cells));
    for (const cells of pending.splice(0)) yield wrap(cells);
  }
  parser.push(decoder.end(), (r) => take(r.cells));
  parser.end((r) => take(r.cells));
  for (const cells of pending.splice(0)) yield wrap(cells);
}

type Geo = { code: string; type: "country" | "region" | "la" | "lsoa"; name: string; laCode: string | null };
type Imd = { lsoa: string; rank: number; decile: number };

/** Everything to load, from the files. */
export async function readGeographies(): Promise<{ geographies: Geo[]; deprivation: Imd[] }> {
  const byCode = new Map<string, Geo>();
  const put = (g: Geo) => {
    if (!byCode.has(g.code)) byCode.set(g.code, g);
  };
  put({ code: "E92000001", type: "country", name: "England", laCode: null });
  for (const [code, name] of REGIONS) put({ code, type: "region", name, laCode: null });
  const deprivation: Imd[] = [];
  for await (const r of rows("IMD2019.csv")) {
    const lsoa = r.get("lsoa_code_2011").trim();
    const la = r.get("local_authority_district_code_2019").trim();
    put({ code: la, type: "la", name: r.get("local_authority_district_name_2019").trim(), laCode: null });
    put({ code: lsoa, type: "lsoa", name: r.get("lsoa_name_2011").trim(), laCode: la });
    const rank = parseNumeric(r.get("index_of_multiple_deprivation_imd_rank"));
    const decile = parseNumeric(r.get("index_of_multiple_deprivation_imd_decile"));
    if (Number.isInteger(rank) && Number.isInteger(decile)) deprivation.push({ lsoa, rank, decile });
  }
  for await (const r of rows("la_hospital_admissions_2324.csv")) {
    const code = r.get("area_code").trim();
    if (inferGeographyType(code) === "la") put({ code, type: "la", name: r.get("area_name").trim(), laCode: null });
  }
  for await (const r of rows("absence_la.csv")) {
    const code = r.get("new_la_code").trim();
    if (r.get("geographic_level") === "Local authority" && inferGeographyType(code) === "la") put({ code, type: "la", name: r.get("la_name").trim(), laCode: null });
  }
  return { geographies: [...byCode.values()], deprivation };
}

/** Whether the reference geographies are already there (the usual case: one query). */
async function loaded(client: pg.ClientBase): Promise<boolean> {
  const { rows: r } = await client.query<{ imd: string; regions: string; countries: string }>(
    `SELECT (SELECT count(*) FROM "Deprivation" WHERE "edition" = $1) AS imd,
            (SELECT count(*) FROM "Geography" WHERE "type" = 'region') AS regions,
            (SELECT count(*) FROM "Geography" WHERE "type" = 'country') AS countries`,
    [IMD_EDITION],
  );
  return Number(r[0]!.imd) === IMD_LSOAS && Number(r[0]!.regions) >= REGIONS.length && Number(r[0]!.countries) >= 1;
}

export async function loadGeographyReference(url: string): Promise<{ loaded: boolean; geographies: number; deprivation: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (await loaded(client)) return { loaded: false, geographies: 0, deprivation: 0 };
    const { geographies, deprivation } = await readGeographies();
    await client.query("BEGIN");
    try {
      await client.query(`CREATE TEMP TABLE geography_load (LIKE "Geography") ON COMMIT DROP`);
      const geo = await openBulkWriter(client, "geography_load", [
        { name: "code", type: "text" },
        { name: "type", type: '"GeographyType"' },
        { name: "name", type: "text" },
        { name: "laCode", type: "text" },
      ]);
      for (const g of geographies) {
        geo.write([g.code, g.type, g.name, g.laCode]);
        if (geo.needsDrain) await geo.drain();
      }
      await geo.end();
      await client.query(`INSERT INTO "Geography" ("code", "type", "name", "laCode") SELECT "code", "type", "name", "laCode" FROM geography_load
        ON CONFLICT ("code") DO UPDATE SET "type" = EXCLUDED."type", "name" = EXCLUDED."name", "laCode" = EXCLUDED."laCode"`);
      await client.query(`DELETE FROM "Deprivation" WHERE "edition" = $1`, [IMD_EDITION]);
      const imd = await openBulkWriter(client, "Deprivation", [
        { name: "lsoaCode", type: "text" },
        { name: "edition", type: "text" },
        { name: "rank", type: "int4" },
        { name: "decile", type: "int4" },
      ]);
      for (const d of deprivation) {
        imd.write([d.lsoa, IMD_EDITION, d.rank, d.decile]);
        if (imd.needsDrain) await imd.drain();
      }
      await imd.end();
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    return { loaded: true, geographies: geographies.length, deprivation: deprivation.length };
  } finally {
    await client.end();
  }
}
