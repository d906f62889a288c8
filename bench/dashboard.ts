import { performance } from "node:perf_hooks";
import { z } from "zod";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { setEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/db/prepare";
import { db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { ukToday } from "@/lib/blueprint/today";
import { listAreas } from "@/lib/areas/services/list-areas";
import { actorPartnerships, loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { loadBoardDashboard } from "@/lib/indicators/services/board-dashboard";
import { BoardComparison } from "@/components/indicators/board/board-sections";
import { benchConfig, LOCAL_SERVER_URL } from "./config";
import { openBenchDatabase, type BenchDatabase } from "./database";
import { addBenchAreas, loadBradford } from "./fixtures";
import { boardContext } from "./contexts";
import { buildLargeTenant } from "./large-tenant";
import { countRoundTrips } from "./round-trips";
import { heading, machine, note, printRows } from "./report";
import { summarise } from "./stats";

/**
 * `npm run bench:dashboard`: the board dashboard's server render for a large tenant
 * (bench/large-tenant.ts: 50 areas, 2,000 LSOAs, 40 indicators, 10 years of monthly figures).
 *
 * One request is what the server does for /p/bradford/dashboard/indicators?indicator=…&period=…,
 * without the HTTP layer: the signed-in board member re-read and their tenant resolved
 * (requirePartnership), the partnership layout's data (their partnerships, the areas for
 * the navigation), the page's loader (loadBoardDashboard: the areas compared for the
 * indicator and period, phase progress per area, budgets) and the React render of the
 * page's body to HTML (BoardComparison: the chart, its table and CSV download). Requests
 * cycle through the 40 indicators and the last 12 months, so no two in a row ask the same.
 * The throwaway database is dropped at the end, also on error or Ctrl-C.
 * The last line printed is JSON: dataPoints, requests, p50Ms, p95Ms.
 */
const REQUESTS = 100;
const WARM_UP = 5;

/**
 * For tuning only: BENCH_KEEP_DATABASE=1 keeps the generated database (its name is printed);
 * BENCH_REUSE_DATABASE=<name> measures again on a kept one without generating it again.
 */
const tuning = z
  .object({ BENCH_KEEP_DATABASE: z.enum(["0", "1"]).optional(), BENCH_REUSE_DATABASE: z.string().regex(/^act_locally_bench_\d+$/).optional() })
  .parse(process.env);

let database: BenchDatabase | undefined;
let closing: Promise<void> | undefined;
let interrupted = false;

function close(): Promise<void> {
  closing ??= (async () => {
    await db()
      .$disconnect()
      .catch(() => undefined);
    if (tuning.BENCH_KEEP_DATABASE === "1" || tuning.BENCH_REUSE_DATABASE) {
      if (database) console.error(`kept ${database.url}`);
    } else await database?.close();
  })();
  return closing;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: dropping the bench database`);
    void close().finally(() => process.exit(130));
  });
}

async function request(userId: string, query: { indicator: string; period: string }): Promise<{ ms: number; loaderMs: number; bytes: number }> {
  const t0 = performance.now();
  const actor = (await loadActor(userId))!;
  const ctx = (await resolveTenant(actor, "bradford", { requestId: "bench" }))!;
  const [, , data] = await Promise.all([actorPartnerships(actor.id), listAreas(ctx), loadBoardDashboard(ctx, query)]);
  const loaderMs = performance.now() - t0;
  const html = renderToString(createElement(BoardComparison, { data, base: "/p/bradford" }));
  return { ms: performance.now() - t0, loaderMs, bytes: html.length };
}

function reused(name: string): BenchDatabase {
  const url = new URL(benchConfig().databaseUrl ?? LOCAL_SERVER_URL);
  url.pathname = `/${name}`;
  return { kind: `PostgreSQL database ${name} (kept from an earlier run)`, url: url.toString(), close: async () => undefined };
}

async function generate(url: string) {
  await seed(db());
  const bradford = await loadBradford(db());
  const existing = await db().conveningPartnership.count({ where: { partnershipId: bradford.partnershipId } });
  const fixtures = await addBenchAreas(db(), bradford, 50 - existing);
  return buildLargeTenant(db(), url, bradford, fixtures.areas, ukToday());
}

async function describeTenant() {
  const bradford = await loadBradford(db());
  const indicators = await db().indicatorDefinition.findMany({ where: { partnershipId: bradford.partnershipId }, select: { id: true, code: true, unit: true }, orderBy: { code: "asc" } });
  const batches = await db().uploadBatch.findMany({ where: { partnershipId: bradford.partnershipId, fileName: { startsWith: "monthly-" } }, select: { fileName: true }, orderBy: { commitSeq: "asc" } });
  const dataPoints = await db().dataPoint.count({ where: { partnershipId: bradford.partnershipId } });
  return { dataPoints, indicators, periods: batches.map((b) => b.fileName.slice("monthly-".length, -".csv".length)), lines: [`${dataPoints.toLocaleString("en-GB")} data points already there`] };
}

async function main(): Promise<void> {
  const config = benchConfig();
  const host = machine();
  console.log(`Act Locally dashboard benchmark: ${host.cpus} CPUs (${host.cpuModel}), node ${host.node}`);

  heading("database");
  database = tuning.BENCH_REUSE_DATABASE ? reused(tuning.BENCH_REUSE_DATABASE) : await openBenchDatabase(config);
  if (tuning.BENCH_REUSE_DATABASE) await prepareDatabase(database.url);
  setEnv({ DATABASE_URL: database.url, LOG_LEVEL: "error" });
  const [{ server_version: version }] = await db().$queryRaw<[{ server_version: string }]>`SELECT current_setting('server_version') AS server_version`;
  note(`${database.kind}; PostgreSQL ${version}`);

  heading("large tenant");
  const tenant = tuning.BENCH_REUSE_DATABASE ? await describeTenant() : await generate(database.url);
  for (const line of tenant.lines) note(line);

  const board = await boardContext();
  const queries = Array.from({ length: REQUESTS + WARM_UP }, (_, i) => ({ indicator: tenant.indicators[i % tenant.indicators.length]!.code, period: tenant.periods[tenant.periods.length - 1 - (i % 12)]! }));
  // The first read after commits summarises each new batch's periods once (BatchPeriod): here all of them.
  const first = performance.now();
  await request(board.userId, queries[0]!);
  note(`first request, summarising the periods of all ${tenant.periods.length + 3} batches once: ${(performance.now() - first).toFixed(0)} ms (untimed)`);
  const trips = await countRoundTrips(() => request(board.userId, queries[0]!));
  note(`round trips per request (untimed, counted on the pg driver): ${trips}`);

  heading("board dashboard, server render");
  for (const q of queries.slice(0, WARM_UP)) await request(board.userId, q);
  const samples: { ms: number; loaderMs: number; bytes: number }[] = [];
  for (const q of queries.slice(WARM_UP)) samples.push(await request(board.userId, q));
  const total = summarise(samples.map((s) => s.ms));
  const loader = summarise(samples.map((s) => s.loaderMs));
  printRows([
    { name: `request: context, layout, loader and render (${REQUESTS})`, unit: "ms", summary: total },
    { name: "   of which data (context, layout, loader)", unit: "ms", summary: loader },
  ]);
  note(`HTML of the page body: ${Math.round(samples.reduce((s, x) => s + x.bytes, 0) / samples.length / 1024)} KiB on average`);
  console.log(JSON.stringify({ dataPoints: tenant.dataPoints, requests: REQUESTS, p50Ms: Math.round(total.p50 * 10) / 10, p95Ms: Math.round(total.p95 * 10) / 10 }));
}

try {
  await main();
} catch (error: unknown) {
  if (!interrupted) console.error(error);
  process.exitCode = 1;
} finally {
  await close().catch((error: unknown) => {
    console.error("Could not drop the bench database:", error);
    process.exitCode = 1;
  });
}
