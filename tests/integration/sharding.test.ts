import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

/**
 * The schema stays ready for row-based sharding by tenant (DESIGN §2, README "Scaling out"):
 * under Citus every tenant-owned table is distributed on partnershipId, which then has to
 * lead every primary key, appear in every unique index and in every foreign key between
 * tenant-owned tables. A new table that breaks this fails here, by name.
 */

/** Unique indexes that cannot name the tenant: the secret is all a visitor brings. README lists them under "Scaling out". */
const TOKEN_LOOKUPS = new Set(["Invitation_tokenHash_key", "StatementShareLink_tokenHash_key", "FundingRound_publicToken_key", "ApiToken_tokenHash_key", "UploadBatch_commitSeq_key"]);

type Row = { table_name: string };

async function tenantTables(): Promise<string[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' AND c.column_name = 'partnershipId' AND c.table_name <> 'AuditEvent'
    ORDER BY 1`;
  return rows.map((r) => r.table_name);
}

describe("tenant-owned tables", () => {
  it("lead their primary key with partnershipId", async () => {
    const rows = await db().$queryRaw<{ table_name: string; first: string }[]>`
      SELECT rel.relname AS table_name, att.attname AS first
      FROM pg_index i JOIN pg_class rel ON rel.oid = i.indrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
      JOIN pg_attribute att ON att.attrelid = rel.oid AND att.attnum = i.indkey[0]
      WHERE i.indisprimary AND n.nspname = 'public'`;
    const first = new Map(rows.map((r) => [r.table_name, r.first]));
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => first.get(t) !== "partnershipId")).toEqual([]);
  });

  it("name partnershipId in every unique index, but for the token lookups the README lists", async () => {
    const rows = await db().$queryRaw<{ index_name: string; table_name: string; columns: string[] }[]>`
      SELECT ic.relname AS index_name, rel.relname AS table_name, array_agg(att.attname::text) AS columns
      FROM pg_index i JOIN pg_class rel ON rel.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = rel.relnamespace
      JOIN pg_attribute att ON att.attrelid = rel.oid AND att.attnum = ANY(i.indkey)
      WHERE i.indisunique AND n.nspname = 'public'
      GROUP BY ic.relname, rel.relname`;
    const tables = new Set(await tenantTables());
    const offenders = rows.filter((r) => tables.has(r.table_name) && !r.columns.includes("partnershipId") && !TOKEN_LOOKUPS.has(r.index_name)).map((r) => r.index_name);
    expect(offenders).toEqual([]);
  });

  it("reference each other only through keys that include partnershipId", async () => {
    const rows = await db().$queryRaw<{ constraint_name: string; from_table: string; to_table: string; columns: string[] }[]>`
      SELECT con.conname AS constraint_name, src.relname AS from_table, dst.relname AS to_table,
             array(SELECT att.attname::text FROM unnest(con.conkey) k JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k) AS columns
      FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public'`;
    const tables = new Set(await tenantTables());
    const offenders = rows.filter((r) => tables.has(r.from_table) && tables.has(r.to_table) && !r.columns.includes("partnershipId")).map((r) => `${r.constraint_name}: ${r.from_table} → ${r.to_table}`);
    expect(offenders).toEqual([]);
  });
});
