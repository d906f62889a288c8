import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getEnv, setEnv } from "@/lib/env";
import { db, type Db } from "@/lib/db/client";
import { logger } from "@/lib/log";
import { seedDemo, type Demo } from "./support/fixtures";
import { FaultProxy } from "./support/fault-proxy";
import { awardScenario, expectSuccess, phaseAdvanceScenario, UNEXPECTED, uploadCommitScenario, type FaultScenario } from "./support/fault-scenarios";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

/**
 * The database goes down in the middle of a write (issue 9): the connection is cut the
 * moment the transaction sends its audit row, after its main change. Nothing partial may
 * be committed, the user gets a clear message, and the same request succeeds once the
 * database is back. (tests/drills/postgres-stop.test.ts stops a real server instead.)
 */
let demo: Demo;
let proxy: FaultProxy;
let directUrl: string;

/** What the server log says about each failure: the reference the user is shown must be there, for support. */
const logged: { message: string; requestId?: string }[] = [];

beforeAll(async () => {
  vi.spyOn(logger, "error").mockImplementation((message: string, fields?: Record<string, unknown>) => {
    logged.push({ message, requestId: fields?.requestId as string | undefined });
  });
  demo = await seedDemo();
  directUrl = getEnv().DATABASE_URL!;
  const target = new URL(directUrl);
  proxy = new FaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.start();
  setEnv({ DATABASE_URL: proxy.url(directUrl) });
});

afterAll(async () => {
  await db().$disconnect();
  setEnv({ DATABASE_URL: directUrl });
  await proxy.close();
});

/** Reads with a fresh view of the database, not through the proxy. */
async function direct<T>(read: (client: Db) => Promise<T>): Promise<T> {
  const through = getEnv().DATABASE_URL!;
  setEnv({ DATABASE_URL: directUrl });
  try {
    return await read(db());
  } finally {
    setEnv({ DATABASE_URL: through });
  }
}

async function cutMidWrite(scenario: FaultScenario, actionName: string): Promise<void> {
  const cutsBefore = proxy.cuts;
  proxy.cutWhen('INSERT INTO "public"."AuditEvent"');
  const failed = await scenario.attempt();
  expect(proxy.cuts).toBe(cutsBefore + 1);
  expect(failed).toMatchObject({ status: "error", code: "unexpected", message: expect.stringMatching(UNEXPECTED) });
  const reference = /reference ([0-9a-f-]{36})/.exec(failed.status === "error" ? failed.message : "")![1];
  expect(logged).toContainEqual({ message: `action ${actionName} failed`, requestId: reference });
  await scenario.untouched();

  // While it is down, a request fails cleanly too, without waiting forever.
  expect(await scenario.attempt()).toMatchObject({ status: "error", code: "unexpected" });

  proxy.heal();
  expectSuccess(await scenario.attempt());
  await scenario.done();
}

describe("the database going down mid-write", () => {
  it("leaves a phase advance undone, says so plainly, and the retry advances", async () => {
    await cutMidWrite(await phaseAdvanceScenario(demo, direct), "blueprint.advance");
  });

  it("records no award and no audit row when the decision is cut off, and the retry records exactly one", async () => {
    await cutMidWrite(await awardScenario(demo, direct), "budget.award.record");
  });

  it("commits no figure of an upload cut off mid-commit, keeps it staged, and the retry commits it whole", async () => {
    await cutMidWrite(await uploadCommitScenario(demo, direct), "indicators.upload.commit");
  });
});
