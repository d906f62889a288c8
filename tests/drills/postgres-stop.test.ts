import { performance } from "node:perf_hooks";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setEnv } from "@/lib/env";
import { db, type Db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { logger } from "@/lib/log";
import { seedDemo, type Demo } from "../integration/support/fixtures";
import { awardScenario, expectSuccess, phaseAdvanceScenario, UNEXPECTED, uploadCommitScenario, type FaultScenario } from "../integration/support/fault-scenarios";
import { DisposableCluster } from "./cluster";

vi.mock("@/lib/action/runtime", () => import("../integration/support/action-runtime"));

/**
 * `npm run drill:db-stop` (issue 9): a real PostgreSQL server stopped in the middle of a
 * phase advance, an award decision and an upload commit. Each write is held inside its
 * transaction, after its main change, by another session's lock on the audit table; the
 * server is then stopped in immediate mode (a crash, for the transaction) and started
 * again. Nothing partial may be committed, the user must see a clear error (also while the
 * server is down), and the same request must succeed once it is back. Prints one JSON line
 * per write with its timings. Not part of `npm test` (it needs the machine's PostgreSQL
 * binaries); tests/integration/faults.test.ts covers the same in CI with a cut connection.
 */
let cluster: DisposableCluster;
let demo: Demo;

/** The server log's failures: each reference the user is shown must be there, for support. */
const logged: (string | undefined)[] = [];

beforeAll(async () => {
  vi.spyOn(logger, "error").mockImplementation((_message: string, fields?: Record<string, unknown>) => void logged.push(fields?.requestId as string | undefined));
  cluster = DisposableCluster.create();
  cluster.start();
  setEnv({ DATABASE_URL: cluster.url, NEXTAUTH_SECRET: "drill-secret-of-at-least-32-characters!!", LOG_LEVEL: "error" });
  await prepareDatabase(cluster.url);
  demo = await seedDemo();
}, 180_000);

afterAll(async () => {
  await db().$disconnect();
  cluster?.destroy();
});

const direct = <T,>(read: (client: Db) => Promise<T>) => read(db());

/** Holds every write to the audit table, so a transaction waits there with its main change made. */
async function holdAuditWrites(): Promise<pg.Client> {
  const blocker = new pg.Client({ connectionString: cluster.url });
  blocker.on("error", () => undefined);
  await blocker.connect();
  await blocker.query(`BEGIN; LOCK TABLE "AuditEvent" IN ACCESS EXCLUSIVE MODE`);
  return blocker;
}

/** The backend waiting on the audit table, and how many other tables it has written to already. */
async function waitingWriter(watcher: pg.Client): Promise<{ pid: number; tablesWritten: number }> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await watcher.query<{ pid: number; written: string }>(`
      SELECT a.pid, (SELECT count(DISTINCT l.relation) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                     WHERE l.pid = a.pid AND l.granted AND l.mode = 'RowExclusiveLock' AND c.relkind = 'r') AS written
      FROM pg_stat_activity a
      WHERE a.wait_event_type = 'Lock' AND a.query LIKE 'INSERT INTO "public"."AuditEvent"%'`);
    if (rows[0]) return { pid: rows[0].pid, tablesWritten: Number(rows[0].written) };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the write never reached the audit table");
}

async function stopMidWrite(scenario: FaultScenario): Promise<void> {
  const blocker = await holdAuditWrites();
  const watcher = new pg.Client({ connectionString: cluster.url });
  watcher.on("error", () => undefined);
  await watcher.connect();
  const pending = scenario.attempt();
  const writer = await waitingWriter(watcher);
  expect(writer.tablesWritten).toBeGreaterThan(0);

  const stoppedAt = performance.now();
  cluster.stop("immediate");
  const failed = await pending;
  const errorAfterStopMs = performance.now() - stoppedAt;
  expect(failed).toMatchObject({ status: "error", code: "unexpected", message: expect.stringMatching(UNEXPECTED) });
  expect(logged).toContain(/reference ([0-9a-f-]{36})/.exec(failed.status === "error" ? failed.message : "")![1]);
  await Promise.allSettled([blocker.end(), watcher.end()]);

  const downStarted = performance.now();
  expect(await scenario.attempt()).toMatchObject({ status: "error", code: "unexpected", message: expect.stringMatching(UNEXPECTED) });
  const whileDownMs = performance.now() - downStarted;

  const restartStarted = performance.now();
  cluster.start();
  const restartMs = performance.now() - restartStarted;
  await scenario.untouched();

  const retryStarted = performance.now();
  expectSuccess(await scenario.attempt());
  const retryMs = performance.now() - retryStarted;
  await scenario.done();
  const round = (ms: number) => Math.round(ms);
  console.log(JSON.stringify({ drill: "postgres stopped mid-write", write: scenario.name, tablesWrittenBeforeStop: writer.tablesWritten, errorAfterStopMs: round(errorAfterStopMs), whileDownMs: round(whileDownMs), restartMs: round(restartMs), retryMs: round(retryMs) }));
}

describe("a real PostgreSQL server stopped mid-write", () => {
  it("undoes a phase advance, says so, and the retry advances", async () => {
    await stopMidWrite(await phaseAdvanceScenario(demo, direct));
  });

  it("records no award, says so, and the retry records exactly one", async () => {
    await stopMidWrite(await awardScenario(demo, direct));
  });

  it("keeps an upload staged with no figure visible, and the retry commits it whole", async () => {
    await stopMidWrite(await uploadCommitScenario(demo, direct));
  });
});
