import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { getEnv } from "@/lib/env";

/**
 * `npm run db:restore-drill`: proves the backups restore. Dumps DATABASE_URL with pg_dump
 * (custom format, as a nightly backup would), restores the dump into a new database on the
 * same server, and compares the row count of every table. Exits 1 when any count differs.
 * The drill database is dropped afterwards unless `--keep` is given.
 */
const source = getEnv().DATABASE_URL;
if (!source) {
  console.error("Set DATABASE_URL to the PostgreSQL server to drill (the embedded database is backed up by copying DATA_DIR while stopped).");
  process.exit(2);
}
const keep = process.argv.includes("--keep");

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} failed with exit code ${result.status}`);
}

async function rowCounts(url: string): Promise<Map<string, bigint>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const counts = new Map<string, bigint>();
    for (const { table_name } of tables.rows) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name.replace(/"/g, '""')}"`);
      counts.set(table_name, BigInt(rows[0]!.n));
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: source });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const started = Date.now();
const dir = mkdtempSync(path.join(tmpdir(), "act-locally-drill-"));
const dump = path.join(dir, "backup.dump");
const drillName = `act_locally_restore_drill_${Date.now()}`;
const target = new URL(source);
target.pathname = `/${drillName}`;
try {
  const before = await rowCounts(source);
  const t0 = Date.now();
  run("pg_dump", ["--format=custom", "--no-owner", "--file", dump, source]);
  const dumpSeconds = (Date.now() - t0) / 1000;
  await admin(`CREATE DATABASE "${drillName}"`);
  const t1 = Date.now();
  run("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", target.toString(), dump]);
  const restoreSeconds = (Date.now() - t1) / 1000;
  const after = await rowCounts(target.toString());

  const differences: string[] = [];
  for (const [table, n] of before) if (after.get(table) !== n) differences.push(`${table}: ${n} before, ${after.get(table) ?? "missing"} restored`);
  for (const table of after.keys()) if (!before.has(table)) differences.push(`${table}: only in the restore`);
  const rows = [...before.values()].reduce((a, b) => a + b, 0n);
  console.log(`Dumped ${before.size} tables (${rows} rows, ${(statSync(dump).size / 1e6).toFixed(1)} MB) in ${dumpSeconds.toFixed(1)} s; restored into ${drillName} in ${restoreSeconds.toFixed(1)} s.`);
  if (differences.length) {
    console.error(`Row counts differ:\n  ${differences.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log(`Every table's row count matches. Drill took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  console.log(JSON.stringify({ tables: before.size, rows: Number(rows), dumpBytes: statSync(dump).size, dumpSeconds, restoreSeconds, matches: differences.length === 0 }));
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (!keep) await admin(`DROP DATABASE IF EXISTS "${drillName}" WITH (FORCE)`).catch(() => undefined);
  else console.log(`Kept ${target.toString().replace(/:[^:@/]*@/, ":***@")}`);
}
