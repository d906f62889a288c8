import { performance } from "node:perf_hooks";
import { setEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { benchConfig } from "./config";
import { openBenchDatabase, type BenchDatabase } from "./database";
import { addBenchAreas, loadBradford, openPhase2Gate } from "./fixtures";
import { boardContext, coordinatorAreaContexts } from "./contexts";
import { benchGate } from "./gate.bench";
import { benchBlueprintView, benchOverview, roundTrips } from "./overview.bench";
import { benchAdvance } from "./advance.bench";
import { heading, machine, note, printRows, printSummary, type Row } from "./report";

/**
 * `npm run bench`: performance figures for the blueprint, printed, never asserted.
 * A throwaway database (server or embedded PGlite), migrated and seeded with the demo,
 * plus BENCH_AREAS phase 2 areas in Bradford; dropped at the end, also on error.
 */
const ADVANCE_AREAS = 20;

let database: BenchDatabase | undefined;
let closing: Promise<void> | undefined;
let interrupted = false;

function close(): Promise<void> {
  closing ??= (async () => {
    await db()
      .$disconnect()
      .catch(() => undefined);
    await database?.close();
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

async function main(): Promise<void> {
  const config = benchConfig();
  const host = machine();
  console.log(`Act Locally benchmark: ${host.cpus} CPUs (${host.cpuModel}), node ${host.node}, ${config.areas} extra areas`);

  heading("database");
  const opened = performance.now();
  database = await openBenchDatabase(config);
  setEnv({ DATABASE_URL: database.url, LOG_LEVEL: "error" });
  const [{ server_version: version }] = await db().$queryRaw<[{ server_version: string }]>`SELECT current_setting('server_version') AS server_version`;
  note(`${database.kind}`);
  note(`PostgreSQL ${version}; created and migrated in ${((performance.now() - opened) / 1000).toFixed(2)} s`);

  const seeded = performance.now();
  await seed(db());
  note(`demo seed (Bradford with 3 areas, Kirklees) in ${((performance.now() - seeded) / 1000).toFixed(2)} s`);

  heading("fixtures");
  const bradford = await loadBradford(db());
  const fixtures = await addBenchAreas(db(), bradford, config.areas);
  const total = await db().conveningPartnership.count({ where: { partnershipId: bradford.partnershipId } });
  note(`${fixtures.areas.length} phase 2 areas, ${fixtures.rows.toLocaleString("en-GB")} rows with createMany, in ${fixtures.ms.toFixed(0)} ms (${total} areas in Bradford now)`);

  const advanceCount = Math.min(ADVANCE_AREAS, Math.max(0, fixtures.areas.length - 1));
  const advanceAreas = fixtures.areas.slice(0, advanceCount + 1);
  await openPhase2Gate(db(), bradford, advanceAreas);
  note(`"Outline the purpose" confirmed in ${advanceAreas.length} of them (${advanceCount} for the burst, 1 to warm up): their phase 2 gate is open`);

  const rows: Row[] = [];

  heading("a. pure gate evaluation");
  const gate = benchGate(10_000);
  note(`open gates by phase (of 10,000): ${gate.openByPhase.map((n, i) => `p${i + 1} ${n}`).join(", ")}`);
  printRows(gate.rows);
  rows.push(...gate.rows);

  const board = await boardContext();

  heading("b. blueprint view per area (board member)");
  const view = await benchBlueprintView(board, 5);
  printRows([view]);
  rows.push(view);

  heading("c. board overview (board member)");
  const overview = await benchOverview(board, 10);
  printRows(overview);
  rows.push(...overview);

  const trips = await roundTrips(board);
  const findings = [`round trips (untimed pass, counted on the pg driver): getBlueprintView ${trips.view}; overview page ${trips.overview} for ${trips.areas} areas`];
  note(findings[0]!);

  heading("d. concurrent advance (co-ordinator, pool of 10)");
  if (advanceCount > 0) {
    const contexts = await coordinatorAreaContexts(advanceAreas.map((a) => a.slug));
    const advance = await benchAdvance(contexts.slice(0, advanceCount), contexts[advanceCount]);
    for (const line of advance.lines) note(line);
    note(advance.exactlyOnce ? "exactly one move per area: yes" : "exactly one move per area: NO (see the lines above)");
    printRows(advance.rows);
    rows.push(...advance.rows);
    findings.push(...advance.lines.filter((l) => l.startsWith("moves:") || l.startsWith("burst:") || l.startsWith("error")));
  } else {
    note("skipped: BENCH_AREAS must be at least 2");
  }

  printSummary({ machine: host, database: { kind: database.kind, version }, areas: { total, added: fixtures.areas.length, fixtureMs: fixtures.ms }, rows, findings });
}

try {
  await main();
} catch (error: unknown) {
  // After Ctrl-C the in-flight queries fail as the database is dropped under them: not news.
  if (!interrupted) console.error(error);
  process.exitCode = 1;
} finally {
  await close().catch((error: unknown) => {
    console.error("Could not drop the bench database:", error);
    process.exitCode = 1;
  });
}
