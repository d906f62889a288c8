import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { advancePhaseAction } from "@/lib/blueprint/actions";
import { recordAwardAction } from "@/lib/budget/actions";
import { commitBatchAction } from "@/lib/indicators/uploads/actions";
import { CURRENT_TEMPLATE_VERSION, templateFor } from "@/lib/blueprint/template";
import { auditCount, call, type Demo, type Outcome } from "./fixtures";
import { currentValue, staged, tenantContext, TEMPLATE } from "./uploads";

/**
 * The three writes issue 9 stops the database in the middle of: a phase advance, an award
 * decision and an upload commit. Each is set up so that only a fault can stop it, and says
 * what the records look like before (`untouched`) and after exactly one success (`done`).
 * Used by the cut-connection tests (tests/integration/faults.test.ts) and the drill that
 * stops a real PostgreSQL server (tests/drills/postgres-stop.test.ts).
 */
export type FaultScenario = {
  name: string;
  /** The user's request, as the browser would send it. */
  attempt: () => Promise<Outcome<unknown>>;
  /** Asserts nothing of the write is visible. */
  untouched: () => Promise<void>;
  /** Asserts the write is visible exactly once. */
  done: () => Promise<void>;
};

/** `read` gives a client that reaches the database directly, never through the fault. */
export type DirectRead = <T>(read: (client: Db) => Promise<T>) => Promise<T>;

const requiredKeys = (phase: number) => templateFor(CURRENT_TEMPLATE_VERSION).items.filter((i) => i.phase === phase && i.required).map((i) => i.key);

export async function phaseAdvanceScenario(demo: Demo, direct: DirectRead): Promise<FaultScenario> {
  const partnershipId = demo.bradford.id;
  const areaId = demo.bradford.areas["manningham-girlington"]!;
  const phase = async () => (await direct((c) => c.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId, areaId } } }))).currentPhase;
  const advances = () => direct(() => auditCount({ action: "blueprint.phase.advanced", partnershipId }));
  const before = { phase: await phase(), audited: await advances() };
  // The board has waived what the demo leaves undone, so the gate is open and only the fault can stop the move.
  const waiver = { partnershipId, areaId, cycle: 1, waivedById: demo.users.board!.id, waivedAt: new Date(), waiverReason: "Fault drill" };
  await direct((c) => c.checklistItemState.createMany({ data: requiredKeys(before.phase).map((itemKey) => ({ ...waiver, itemKey })), skipDuplicates: true }));
  return {
    name: "phase advance",
    attempt: () => call(advancePhaseAction, demo.users["coordinator-mg"]!.id, { partnership: "bradford", area: "manningham-girlington", fromPhase: String(before.phase) }),
    untouched: async () => {
      expect(await phase()).toBe(before.phase);
      expect(await advances()).toBe(before.audited);
    },
    done: async () => {
      expect(await phase()).toBe(before.phase + 1);
      expect(await advances()).toBe(before.audited + 1);
    },
  };
}

export async function awardScenario(demo: Demo, direct: DirectRead): Promise<FaultScenario> {
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
  const awards = () => direct((c) => c.award.count({ where: { partnershipId, applicationId } }));
  const audited = () => direct(() => auditCount({ action: "budget.award_made", partnershipId }));
  const auditedBefore = await audited();
  return {
    name: "award decision",
    attempt: () => call(recordAwardAction, demo.users.coordinator!.id, { partnership: "bradford", area: "keighley", applicationId, amount: "2000", meetingId, decidedOn: "2026-10-15" }),
    untouched: async () => {
      expect(await awards()).toBe(0);
      expect(await audited()).toBe(auditedBefore);
    },
    done: async () => {
      expect(await awards()).toBe(1);
      expect(await audited()).toBe(auditedBefore + 1);
    },
  };
}

export async function uploadCommitScenario(demo: Demo, direct: DirectRead): Promise<FaultScenario> {
  const partnershipId = demo.bradford.id;
  const research = demo.users.research!.id;
  const rows = Array.from({ length: 50 }, (_, i) => `fault-drill,Fault drill,count,la,E08000032,${2000 + i}/${String((1 + i) % 100).padStart(2, "0")},financial_year,,${100 + i},,`);
  const batch = await direct(async () => staged(await tenantContext(research), `${TEMPLATE}\n${rows.join("\n")}\n`));
  const visible = () => direct(() => currentValue(partnershipId, "E08000032", "2000/01", "fault-drill"));
  const status = () => direct((c) => c.uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId, id: batch.batchId } }, select: { status: true, committedAt: true } }));
  const commits = () => direct(() => auditCount({ action: "indicators.upload_committed", partnershipId }));
  const auditedBefore = await commits();
  return {
    name: "upload commit",
    attempt: () => call(commitBatchAction, research, { partnership: "bradford", batchId: batch.batchId }),
    untouched: async () => {
      expect(await status()).toEqual({ status: "staged", committedAt: null });
      expect(await visible()).toBeUndefined();
      expect(await commits()).toBe(auditedBefore);
    },
    done: async () => {
      expect(await status()).toMatchObject({ status: "committed" });
      expect(await visible()).toMatchObject({ value: 100, batchId: batch.batchId });
      expect(await commits()).toBe(auditedBefore + 1);
    },
  };
}

/** What the user sees when a write fails for a reason of the server's, not theirs. */
export const UNEXPECTED = /^Something went wrong and nothing was saved\. Try again; if it keeps happening, quote reference [0-9a-f-]{36}\.$/;

/** A successful outcome: a message, or the redirect an upload commit answers with. */
export function expectSuccess(outcome: Outcome<unknown>): void {
  expect(["success", "redirect"]).toContain(outcome.status);
}
