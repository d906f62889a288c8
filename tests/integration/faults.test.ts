import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getEnv, setEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { advancePhaseAction } from "@/lib/blueprint/actions";
import { recordAwardAction } from "@/lib/budget/actions";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";
import { FaultProxy } from "./support/fault-proxy";
import { logger } from "@/lib/log";
import { CURRENT_TEMPLATE_VERSION, templateFor } from "@/lib/blueprint/template";
import { commitBatchAction } from "@/lib/indicators/uploads/actions";
import { currentValue, staged, tenantContext, TEMPLATE } from "./support/uploads";

const requiredKeys = (phase: number) => templateFor(CURRENT_TEMPLATE_VERSION).items.filter((i) => i.phase === phase && i.required).map((i) => i.key);

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

/**
 * The database goes down in the middle of a write (issue 9): the connection is cut the
 * moment the transaction sends its audit row, after its main change. Nothing partial may
 * be committed, the user gets a clear message, and the same request succeeds once the
 * database is back.
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

const UNEXPECTED = /^Something went wrong and nothing was saved\. Try again; if it keeps happening, quote reference [0-9a-f-]{36}\.$/;

/** Reads with a fresh view of the database, not through the proxy. */
async function direct<T>(read: (client: ReturnType<typeof db>) => Promise<T>): Promise<T> {
  const through = getEnv().DATABASE_URL!;
  setEnv({ DATABASE_URL: directUrl });
  try {
    return await read(db());
  } finally {
    setEnv({ DATABASE_URL: through });
  }
}

describe("the database going down mid-write", () => {
  it("leaves a phase advance undone, says so plainly, and the retry advances", async () => {
    const mg = { partnership: "bradford", area: "manningham-girlington", fromPhase: "2" };
    const coordinator = demo.users["coordinator-mg"]!.id;
    const phase = () => direct((c) => c.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["manningham-girlington"]! } } }));
    expect((await phase()).currentPhase).toBe(2);
    const advances = () => direct(() => auditCount({ action: "blueprint.phase.advanced", partnershipId: demo.bradford.id }));
    const auditedBefore = await advances();

    // The board has waived what the demo leaves undone, so the gate is open and only the fault can stop the move.
    const waiver = { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["manningham-girlington"]!, cycle: 1, waivedById: demo.users.board!.id, waivedAt: new Date(), waiverReason: "Fault drill" };
    await direct((c) => c.checklistItemState.createMany({ data: requiredKeys(2).map((itemKey) => ({ ...waiver, itemKey })) }));

    proxy.cutWhen('INSERT INTO "public"."AuditEvent"');
    const failed = await call(advancePhaseAction, coordinator, mg);
    expect(proxy.cuts).toBe(1);
    expect(failed).toMatchObject({ status: "error", code: "unexpected", message: expect.stringMatching(UNEXPECTED) });
    const reference = /reference ([0-9a-f-]{36})/.exec(failed.status === "error" ? failed.message : "")![1];
    expect(logged).toContainEqual({ message: "action blueprint.advance failed", requestId: reference });
    expect((await phase()).currentPhase).toBe(2);
    expect(await advances()).toBe(auditedBefore);

    // While it is down, a request fails cleanly too, without waiting forever.
    expect(await call(advancePhaseAction, coordinator, mg)).toMatchObject({ status: "error", code: "unexpected" });

    proxy.heal();
    expect(await call(advancePhaseAction, coordinator, mg)).toMatchObject({ status: "success" });
    expect((await phase()).currentPhase).toBe(3);
    expect(await advances()).toBe(auditedBefore + 1);
  });

  it("records no award and no audit row when the decision is cut off, and the retry records exactly one", async () => {
    const partnershipId = demo.bradford.id;
    const areaId = demo.bradford.areas.keighley!;
    const { applicationId, meetingId } = await direct(async (c) => {
      const pot = await c.communityBudget.create({ data: { partnershipId, areaId, financialYear: 2026, amountPence: 500_000, source: "Fault drill" } });
      const round = await c.fundingRound.create({
        data: {
          partnershipId, areaId, budgetId: pot.id, title: "Fault drill round", criteria: "Any", opensOn: new Date("2026-09-01"), closesOn: new Date("2026-10-01"),
          allocationPence: 500_000, maxAwardPence: 300_000, rubric: [{ id: "fit", label: "Fit", weight: 1 }], status: "deciding",
        },
      });
      const application = await c.grantApplication.create({
        data: {
          partnershipId, roundId: round.id, organisationName: "Keighley Drill Club", contactName: "Sam", contactEmail: "sam@example.org", amountRequestedPence: 200_000,
          summary: "Sessions", priorityFit: "Fits", aboveAndBeyond: true, channel: "coordinator",
        },
      });
      const meeting = await c.meeting.create({ data: { partnershipId, areaId, kind: "convening", title: "Decision panel", date: new Date("2026-10-15") } });
      return { applicationId: application.id, meetingId: meeting.id };
    });
    const awardsAudited = () => direct(() => auditCount({ action: "budget.award_made", partnershipId }));
    const auditedBefore = await awardsAudited();
    const award = () => call(recordAwardAction, demo.users.coordinator!.id, { partnership: "bradford", area: "keighley", applicationId, amount: "2000", meetingId, decidedOn: "2026-10-15" });

    proxy.cutWhen('INSERT INTO "public"."AuditEvent"');
    expect(await award()).toMatchObject({ status: "error", code: "unexpected", message: expect.stringMatching(UNEXPECTED) });
    expect(proxy.cuts).toBe(2);
    expect(await direct((c) => c.award.count({ where: { partnershipId, applicationId } }))).toBe(0);
    expect(await awardsAudited()).toBe(auditedBefore);

    proxy.heal();
    expect(await award()).toMatchObject({ status: "success" });
    expect(await direct((c) => c.award.count({ where: { partnershipId, applicationId } }))).toBe(1);
    expect(await awardsAudited()).toBe(auditedBefore + 1);
  });

  it("commits no figure of an upload cut off mid-commit, keeps it staged, and the retry commits it whole", async () => {
    const partnershipId = demo.bradford.id;
    const research = demo.users.research!.id;
    const rows = Array.from({ length: 50 }, (_, i) => `fault-drill,Fault drill,count,la,E08000032,${2000 + i}/${String((1 + i) % 100).padStart(2, "0")},financial_year,,${100 + i},,`);
    const batch = await direct(async () => staged(await tenantContext(research), `${TEMPLATE}\n${rows.join("\n")}\n`));
    const visible = () => direct(() => currentValue(partnershipId, "E08000032", "2000/01", "fault-drill"));
    const status = () => direct((c) => c.uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId, id: batch.batchId } }, select: { status: true, committedAt: true } }));
    const commits = () => direct(() => auditCount({ action: "indicators.upload_committed", partnershipId }));
    const auditedBefore = await commits();
    const commit = () => call(commitBatchAction, research, { partnership: "bradford", batchId: batch.batchId });

    proxy.cutWhen('INSERT INTO "public"."AuditEvent"');
    expect(await commit()).toMatchObject({ status: "error", code: "unexpected", message: expect.stringMatching(UNEXPECTED) });
    expect(proxy.cuts).toBe(3);
    expect(await status()).toEqual({ status: "staged", committedAt: null });
    expect(await visible()).toBeUndefined();
    expect(await commits()).toBe(auditedBefore);

    proxy.heal();
    expect(await commit()).toMatchObject({ status: "redirect", to: expect.stringContaining(`/indicators/uploads/${batch.batchId}?committed=50`) });
    expect(await status()).toMatchObject({ status: "committed" });
    expect(await visible()).toMatchObject({ value: 100, batchId: batch.batchId });
    expect(await commits()).toBe(auditedBefore + 1);
  });
});
