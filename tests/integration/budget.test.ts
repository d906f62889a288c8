import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  addApplicationAction,
  createPotAction,
  createRoundAction,
  declineApplicationAction,
  moveRoundAction,
  recordAwardAction,
  recordSpendAction,
  updatePotAction,
  withdrawApplicationAction,
} from "@/lib/budget/actions";
import type { FormAction } from "@/lib/action/result";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
let potId: string;
let roundId: string;
let meetingId: string;
const applications: string[] = [];

const keighley = { partnership: "bradford", area: "keighley" };
const coordinator = () => demo.users.coordinator!.id;

function application(name: string, amount: string) {
  return {
    ...keighley,
    roundId,
    organisationName: name,
    contactName: "Sam Patel",
    contactEmail: "sam@example.org",
    amountRequested: amount,
    summary: "Detached youth work on Friday evenings",
    priorityFit: "Reaches young people at risk of antisocial behaviour",
    aboveAndBeyond: "on",
  };
}

async function move(to: string) {
  return call(moveRoundAction, coordinator(), { ...keighley, roundId, to });
}

beforeAll(async () => {
  demo = await seedDemo();
  const meeting = await db().meeting.create({
    data: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley!, kind: "convening", title: "Community budget decision panel", date: new Date("2026-10-15T00:00:00Z") },
  });
  meetingId = meeting.id;
});

describe("a community budget round from pot to spend", () => {
  it("creates a pot and refuses a second for the same financial year", async () => {
    expect(await call(createPotAction, coordinator(), { ...keighley, financialYear: "2026", amount: "£10,000", source: "Act Locally programme grant" })).toMatchObject({
      status: "success",
      message: "Pot for 2026-27 added.",
    });
    const again = await call(createPotAction, coordinator(), { ...keighley, financialYear: "2026", amount: "5000", source: "Another" });
    expect(again).toMatchObject({ status: "error", fieldErrors: { financialYear: [expect.stringContaining("already has a pot for 2026-27")] } });
    potId = (await db().communityBudget.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! } })).id;
    expect((await db().communityBudget.findFirstOrThrow({ where: { id: potId } })).amountPence).toBe(1_000_000);
  });

  it("opens a round within the pot, with a rubric, and refuses an allocation beyond it", async () => {
    const fields = {
      ...keighley,
      budgetId: potId,
      title: "Autumn 2026 community grants",
      criteria: "Projects that reduce children's exposure to crime and antisocial behaviour",
      "rubric.0.label": "Addresses the focus priority",
      "rubric.0.weight": "3",
      "rubric.1.label": "Above and beyond",
      "rubric.1.weight": "1",
      opensOn: "2026-09-01",
      closesOn: "2099-09-30",
      allocation: "10000",
      maxAward: "6000",
    };
    expect(await call(createRoundAction, coordinator(), { ...fields, allocation: "10000.01" })).toMatchObject({ status: "error", fieldErrors: { allocation: [expect.stringContaining("Only £10,000")] } });
    const created = await call(createRoundAction, coordinator(), fields);
    expect(created).toMatchObject({ status: "redirect" });
    const round = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, budgetId: potId } });
    roundId = round.id;
    expect(round.rubric).toHaveLength(2);
    expect(round.status).toBe("draft");
    expect(await move("reviewing")).toMatchObject({ status: "error", code: "conflict" });
    expect(await move("open")).toMatchObject({ status: "redirect" });
    expect((await db().fundingRound.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: roundId } } })).publicToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("takes applications up to the maximum award, and a withdrawal leaves the round", async () => {
    expect(await call(addApplicationAction, coordinator(), application("Too Big Ltd", "6000.01"))).toMatchObject({ status: "error", fieldErrors: { amountRequested: [expect.stringContaining("£6,000")] } });
    expect(await call(addApplicationAction, coordinator(), { ...application("No Attestation CIC", "100"), aboveAndBeyond: undefined })).toMatchObject({
      status: "error",
      fieldErrors: { aboveAndBeyond: [expect.stringContaining("above and beyond")] },
    });
    for (const name of ["Keighley Youth Project", "Braithwaite Boxing Club", "Withdrawn Trust"]) {
      expect(await call(addApplicationAction, coordinator(), application(name, "6000"))).toMatchObject({ status: "success" });
    }
    const rows = await db().grantApplication.findMany({ where: { partnershipId: demo.bradford.id, roundId }, orderBy: { submittedAt: "asc" } });
    applications.push(...rows.map((r) => r.id));
    expect(await call(withdrawApplicationAction, coordinator(), { ...keighley, applicationId: applications[2]!, reason: "Funded elsewhere" })).toMatchObject({ status: "success" });
    expect(await move("reviewing")).toMatchObject({ status: "redirect" });
    expect(await move("deciding")).toMatchObject({ status: "redirect" });
  });

  it("never awards more than the pot, even when two awards are recorded at the same moment", async () => {
    const award = (applicationId: string) => call(recordAwardAction, coordinator(), { ...keighley, applicationId, amount: "6000", meetingId, decidedOn: "2026-10-15" });
    const both = await Promise.all([award(applications[0]!), award(applications[1]!)]);
    const outcomes = both.map((o) => o.status).sort();
    expect(outcomes).toEqual(["error", "success"]);
    const refused = both.find((o) => o.status === "error")!;
    expect(refused).toMatchObject({ fieldErrors: { amount: ["Only £4,000 is left in the pot: this award would take it past £10,000."] } });
    const total = await db().award.aggregate({ where: { partnershipId: demo.bradford.id, budgetId: potId }, _sum: { amountPence: true } });
    expect(total._sum.amountPence).toBe(600_000);
    expect(await auditCount({ action: "budget.award_made", partnershipId: demo.bradford.id })).toBe(1);
  });

  it("allows a partial award within what is left, and no second award for the same application", async () => {
    const funded = (await db().award.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, roundId } })).applicationId;
    const other = applications.slice(0, 2).find((a) => a !== funded)!;
    expect(await call(recordAwardAction, coordinator(), { ...keighley, applicationId: funded, amount: "1", meetingId, decidedOn: "2026-10-15" })).toMatchObject({ status: "error", code: "conflict" });
    expect(await call(recordAwardAction, coordinator(), { ...keighley, applicationId: other, amount: "4000", meetingId, decidedOn: "2026-10-15", note: "Part-funded: sessions for one term" })).toMatchObject({
      status: "success",
      message: "£4,000 awarded to " + (other === applications[0] ? "Keighley Youth Project" : "Braithwaite Boxing Club") + ".",
    });
    expect(await call(recordAwardAction, coordinator(), { ...keighley, applicationId: applications[2]!, amount: "1", meetingId, decidedOn: "2026-10-15" })).toMatchObject({ status: "error", message: "This application was withdrawn." });
  });

  it("cannot shrink the pot below what is awarded", async () => {
    expect(await call(updatePotAction, coordinator(), { ...keighley, budgetId: potId, amount: "9999", source: "Act Locally programme grant" })).toMatchObject({
      status: "error",
      fieldErrors: { amount: [expect.stringContaining("£10,000")] },
    });
  });

  it("records spend up to the award and no further", async () => {
    const award = await db().award.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, roundId, amountPence: 400_000 } });
    expect(await call(recordSpendAction, coordinator(), { ...keighley, awardId: award.id, amount: "2500", spentOn: "2026-11-01", description: "First instalment" })).toMatchObject({ status: "success" });
    expect(await call(recordSpendAction, coordinator(), { ...keighley, awardId: award.id, amount: "1500.01", spentOn: "2026-11-02", description: "Too much" })).toMatchObject({
      status: "error",
      fieldErrors: { amount: ["Only £1,500 of this award is not yet spent."] },
    });
  });

  it("closes the decision only when every application has an award or a reason", async () => {
    expect(await move("awarded")).toMatchObject({ status: "redirect", to: expect.stringContaining("?moved=awarded") });
  });
});

describe("across areas and tenants", () => {
  it("refuses another area's round, application and award, even from a co-ordinator's own area", async () => {
    const mg = { partnership: "bradford", area: "manningham-girlington" };
    const mgCoordinator = demo.users["coordinator-mg"]!.id;
    const award = await db().award.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, roundId } });
    for (const [action, fields] of [
      [moveRoundAction, { roundId, to: "closed" }],
      [withdrawApplicationAction, { applicationId: applications[0]! }],
      [declineApplicationAction, { applicationId: applications[0]!, reason: "Forged" }],
      [recordSpendAction, { awardId: award.id, amount: "1", spentOn: "2026-11-01", description: "Forged" }],
    ] as [FormAction<unknown>, Record<string, string>][]) {
      expect(await call(action, mgCoordinator, { ...mg, ...fields })).toMatchObject({ status: "error", code: "not_found" });
    }
    expect((await db().fundingRound.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: roundId } } })).status).toBe("awarded");
  });

  it("a Kirklees co-ordinator's forged award from her own area on Bradford's round is not found and changes nothing", async () => {
    const before = await db().award.count();
    const outcome = await call(recordAwardAction, demo.users["kirklees-coordinator"]!.id, { partnership: "kirklees", area: "dewsbury-west", applicationId: applications[1]!, amount: "1", meetingId, decidedOn: "2026-10-15" });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
    expect(await db().award.count()).toBe(before);
  });
});
