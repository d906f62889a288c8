import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { setEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { closePgPool } from "@/lib/db/pg";
import { copyFromStream, isEmbedded } from "@/lib/db/bulk";
import { seed } from "@/prisma/seed";
import { benchConfig } from "./config";
import { openBenchDatabase, type BenchDatabase } from "./database";
import { machine } from "./report";

/**
 * `npm run bench:import`: a generated 1,000,000-row template CSV imported end to end (parse,
 * validate, COPY, commit) by the real pipeline, in a child process whose peak memory is the
 * figure reported; and, in the same run and database, a raw COPY of the same rows into a bare
 * table with DataPoint's columns and no key, index or trigger. Three runs of each, interleaved,
 * from the same empty tables (BENCH_IMPORT_RUNS); the figures are the medians. Prints notes,
 * then one JSON line: rows, seconds, rowsPerSecond, copyBaselineRowsPerSecond, ratio,
 * peakRssMb. Never asserted.
 *
 * The file: 40 indicators × Bradford's 310 LSOAs × 81 financial years (cut at a million rows),
 * in indicator, geography, period order, with a rate, a numerator, a denominator and 95% limits.
 * The baseline is COPY's text format, the rows as text (what "a raw COPY" of a CSV's rows is);
 * the pipeline itself writes COPY's binary format, which spares the server the parsing.
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
/** Runs of the import and of the baseline, interleaved; the figures are their medians. */
const RUNS = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 3));
const INDICATORS = 40;
const PERIODS = 81;

let database: BenchDatabase | undefined;
const dir = mkdtempSync(path.join(tmpdir(), "act-locally-bench-import-"));

async function cleanup(): Promise<void> {
  await closePgPool().catch(() => undefined);
  await db().$disconnect().catch(() => undefined);
  await database?.close().catch((e: unknown) => console.error("Could not drop the bench database:", e));
  rmSync(dir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: dropping the bench database`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Writes the template CSV and, for the baseline, the same rows in COPY text format as DataPoint holds them. */
async function generate(lsoas: string[], indicators: { id: string; code: string }[], partnershipId: string, batchId: string): Promise<{ csv: string; copy: string; rows: number }> {
  const csvPath = path.join(dir, "bench-template.csv");
  const copyPath = path.join(dir, "bench-datapoints.copy");
  const csv = createWriteStream(csvPath);
  const copy = createWriteStream(copyPath);
  csv.write("indicator_code,geography_type,geography_code,period,period_type,breakdown,value,numerator,denominator,lower_ci,upper_ci\n");
  let rows = 0;
  let csvBuf = "";
  let copyBuf = "";
  const flush = async () => {
    csv.write(csvBuf);
    copy.write(copyBuf);
    csvBuf = "";
    copyBuf = "";
    // Each stream's own state: a "drain" that fired while waiting for the other is not waited for.
    if (csv.writableNeedDrain) await once(csv, "drain");
    if (copy.writableNeedDrain) await once(copy, "drain");
  };
  let seedValue = 12345;
  const random = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2147483648) / 2147483648);
  outer: for (const ind of indicators) {
    for (const lsoa of lsoas) {
      for (let p = 0; p < PERIODS; p++) {
        if (rows >= ROWS) break outer;
        const year = 1940 + p;
        const period = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
        const denominator = 800 + Math.floor(random() * 2200);
        const numerator = Math.floor(random() * 400);
        const value = Math.round((numerator / denominator) * 1_000_000) / 100;
        const lower = Math.max(0, Math.round((value - 1.5) * 100) / 100);
        const upper = Math.round((value + 1.5) * 100) / 100;
        rows++;
        csvBuf += `${ind.code},lsoa,${lsoa},${period},financial_year,,${value},${numerator},${denominator},${lower},${upper}\n`;
        copyBuf += `${partnershipId}\t${batchId}\t${ind.id}\tlsoa\t${lsoa}\t${period}\tfinancial_year\t${year}-04-01\t${year + 1}-03-31\t\t${value}\t${numerator}\t${denominator}\t${lower}\t${upper}\t\\N\t\\N\t${rows + 1}\n`;
        if (csvBuf.length > 1 << 20) await flush();
      }
    }
  }
  await flush();
  csv.end();
  copy.end();
  await Promise.all([once(csv, "finish"), once(copy, "finish")]);
  return { csv: csvPath, copy: copyPath, rows };
}

type ChildResult = { stageSeconds: number; commitSeconds: number; values: number; rowsRead: number; rejected: number; maxRssMb: number; rssBeforeMb: number; kind: string };

/**
 * The import process runs plain JavaScript, as a deployed server does: bench/import-child.ts
 * is bundled first with esbuild (the compiler tsx itself runs on), because tsx's on-the-fly
 * compiler thread would otherwise add some 90 MB to the very figure being measured.
 */
async function bundleChild(): Promise<string[]> {
  // Inside the repository, so the bundle finds node_modules for the packages it leaves out.
  const out = path.join("node_modules", ".cache", "act-locally-bench", "import-child.mjs");
  try {
    const esbuild = (await import("esbuild")) as typeof import("esbuild");
    await esbuild.build({ entryPoints: [path.join("bench", "import-child.ts")], bundle: true, platform: "node", format: "esm", target: "node20", outfile: out, packages: "external", tsconfig: "tsconfig.json", logLevel: "warning" });
    return [out];
  } catch (error) {
    console.log(`   (could not bundle the import process, running it under tsx: its memory includes tsx's compiler: ${(error as Error).message})`);
    return ["--import", "tsx", path.join("bench", "import-child.ts")];
  }
}

function runImport(url: string, file: string, userId: string, args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: url, BENCH_FILE: file, BENCH_USER: userId, LOG_LEVEL: "error" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`the import process failed (${code}): ${out}`));
      resolve(JSON.parse(last) as ChildResult);
    });
  });
}

async function main(): Promise<void> {
  const config = benchConfig();
  const host = machine();
  console.log(`Act Locally import benchmark: ${host.cpus} CPUs (${host.cpuModel}), node ${host.node}`);
  database = await openBenchDatabase(config);
  setEnv({ DATABASE_URL: database.url, LOG_LEVEL: "error" });
  console.log(`   database: ${database.kind}`);
  await seed(db());
  const bradford = await db().localAuthorityPartnership.findUniqueOrThrow({ where: { slug: "bradford" }, select: { id: true, laCode: true } });
  const research = await db().user.findUniqueOrThrow({ where: { email: "research@bradford.act-locally.test" }, select: { id: true } });
  const lsoas = (await db().geography.findMany({ where: { laCode: bradford.laCode, type: "lsoa" }, select: { code: true }, orderBy: { code: "asc" } })).map((g) => g.code);
  const indicators = [];
  for (let i = 1; i <= INDICATORS; i++) {
    const code = `bench-indicator-${String(i).padStart(2, "0")}`;
    indicators.push(
      await db().indicatorDefinition.create({
        data: { partnershipId: bradford.id, code, name: `Bench indicator ${i}`, unit: "rate_per_10000", polarity: "lower_is_better", source: "bench" },
        select: { id: true, code: true },
      }),
    );
  }

  const generated = performance.now();
  const files = await generate(lsoas, indicators, bradford.id, crypto.randomUUID());
  const mb = statSync(files.csv).size / 1024 / 1024;
  console.log(`   generated ${files.rows.toLocaleString("en-GB")} rows (${mb.toFixed(1)} MB) for ${indicators.length} indicators × ${lsoas.length} LSOAs × ${PERIODS} years in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const embedded = await isEmbedded(client);
  if (!embedded) await client.query(`CREATE TABLE bench_bare (LIKE "DataPoint" INCLUDING DEFAULTS)`);
  const child = await bundleChild();
  const cols = `"partnershipId","batchId","indicatorId","geographyType","geographyCode","period","periodType","periodStart","periodEnd","breakdown","value","numerator","denominator","lowerCi","upperCi","missingReason","note","line"`;
  // The same starting point for every run: no rows in DataPoint or the bare table, a checkpoint taken.
  const reset = async () => {
    await client.query(`TRUNCATE "DataPoint", "UploadRejection"`);
    await client.query(`DELETE FROM "UploadBatch" WHERE "fileName" = 'bench-template.csv'`);
    if (!embedded) await client.query("TRUNCATE bench_bare");
    await client.query("CHECKPOINT").catch(() => undefined);
  };
  const imports: ChildResult[] = [];
  const baselines: number[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      await reset();
      const imported = await runImport(database.url, files.csv, research.id, child);
      if (imported.kind !== "staged") throw new Error(`the file did not stage: ${JSON.stringify(imported)}`);
      imports.push(imported);
      let line = `   run ${run}: pipeline staged ${imported.values.toLocaleString("en-GB")} values in ${imported.stageSeconds.toFixed(2)} s (parse, validate, COPY, preview) and committed in ${imported.commitSeconds.toFixed(2)} s, ${imported.rejected} rejected, peak RSS ${imported.maxRssMb.toFixed(0)} MB (${imported.rssBeforeMb.toFixed(0)} MB before the upload)`;
      if (!embedded) {
        await client.query("CHECKPOINT").catch(() => undefined);
        const started = performance.now();
        await copyFromStream(client, `COPY bench_bare (${cols}) FROM STDIN`, createReadStream(files.copy, { highWaterMark: 1 << 20 }));
        baselines.push((performance.now() - started) / 1000);
        line += `; raw COPY (text) of the same rows into a bare table (DataPoint's columns, no key, index or trigger) in ${baselines.at(-1)!.toFixed(2)} s`;
      }
      console.log(line);
    }
  } finally {
    await client.end();
  }
  if (embedded) console.log("   baseline: skipped (the embedded PGlite socket has no COPY FROM STDIN; set a server in BENCH_DATABASE_URL)");
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const seconds = median(imports.map((i) => i.stageSeconds + i.commitSeconds));
  const baselineSeconds = baselines.length ? median(baselines) : Number.NaN;
  const peakRss = median(imports.map((i) => i.maxRssMb));
  const rowsPerSecond = Math.round(files.rows / seconds);
  const copyBaselineRowsPerSecond = Number.isFinite(baselineSeconds) ? Math.round(files.rows / baselineSeconds) : null;
  const ratio = copyBaselineRowsPerSecond ? Math.round((rowsPerSecond / copyBaselineRowsPerSecond) * 1000) / 1000 : null;
  console.log(`   medians of ${RUNS} runs (a shared machine is noisy; load average now ${os.loadavg()[0]!.toFixed(1)}): ${seconds.toFixed(2)} s end to end, baseline ${Number.isFinite(baselineSeconds) ? baselineSeconds.toFixed(2) : "-"} s, peak RSS ${peakRss.toFixed(0)} MB (highest ${Math.max(...imports.map((i) => i.maxRssMb)).toFixed(0)} MB)`);
  console.log(`   targets: ≥ 100,000 rows/s (${rowsPerSecond >= 100_000 ? "met" : "NOT met"}), ratio ≥ 0.5 (${ratio !== null && ratio >= 0.5 ? "met" : "NOT met"}), peak RSS < 300 MB (${peakRss < 300 ? "met" : "NOT met"})`);
  console.log(JSON.stringify({ rows: files.rows, seconds: Math.round(seconds * 1000) / 1000, rowsPerSecond, copyBaselineRowsPerSecond, ratio, peakRssMb: Math.round(peakRss) }));
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
