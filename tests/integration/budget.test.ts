import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  addApplicationAction,
  assignPanellistAction,
  createPotAction,
  declareConflictAction,
  submitPublicApplicationAction,
  submitScoresAction,
  createRoundAction,
  declineApplicationAction,
  moveRoundAction,
  recordAwardAction,
  recordGrantReportAction,
  recordSpendAction,
  updatePotAction,
  withdrawApplicationAction,
} from "@/lib/budget/actions";
import { recordFeedbackAction } from "@/lib/review/actions";
import type { FormAction } from "@/lib/action/result";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { getRound } from "@/lib/budget/services/queries";
import { loadSnapshot } from "@/lib/blueprint/services/snapshot";
import { getMyPanelWork } from "@/lib/budget/services/panel-queries";
import { getPublicRound } from "@/lib/budget/services/public-applications";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";
import { openHolmeWoodRound } from "./support/budget";

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

  it("keeps grantee reports as counts, and feedback, against this area's awards only", async () => {
    const award = await db().award.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, roundId, amountPence: 400_000 } });
    const report = { ...keighley, awardId: award.id, reportedOn: "2026-11-10", milestone: "First term", percentComplete: "40", beneficiariesReached: "36" };
    expect(await call(recordGrantReportAction, coordinator(), report)).toMatchObject({ status: "success" });
    expect(await call(recordGrantReportAction, coordinator(), { ...report, percentComplete: "140", beneficiariesReached: "-1" })).toMatchObject({
      status: "error",
      fieldErrors: { percentComplete: ["From 0 to 100"], beneficiariesReached: ["Cannot be negative"] },
    });
    // The budget page's feedback form writes the one Feedback of the review module, as a recipient's, on this award.
    const feedback = { source: "grant_recipient", awardId: award.id, role: "Project lead", rating: "4", receivedOn: "2026-11-10", comments: "Quick decisions, clear reasons." };
    expect(await call(recordFeedbackAction, coordinator(), { ...keighley, ...feedback })).toMatchObject({ status: "success", message: expect.stringMatching(/^Feedback from .+ saved\.$/) });
    const mg = { partnership: "bradford", area: "manningham-girlington" };
    // Another area's co-ordinator, even with her own area's claim: the award is not hers.
    expect(await call(recordFeedbackAction, demo.users["coordinator-mg"]!.id, { ...mg, ...feedback, comments: "Forged" })).toMatchObject({ status: "error", fieldErrors: { awardId: [expect.any(String)] } });
    expect(await db().feedback.count({ where: { partnershipId: demo.bradford.id, awardId: award.id } })).toBe(1);
  });

  it("counts recipients' feedback for phase 4 in the cycle it was given in", async () => {
    const snapshotOf = (area: string, cycle = 1) => loadSnapshot(db(), { partnershipId: demo.bradford.id, areaId: demo.bradford.areas[area]! }, cycle, "2026-11-20");
    expect((await snapshotOf("keighley")).review.feedback).toMatchObject({ grant_recipient: 1, commissioner: 0 });
    // Holme Wood's seed: a recipient, a commissioner and a beneficiary, all in cycle 1.
    expect((await snapshotOf("holme-wood")).review.feedback).toEqual({ grant_recipient: 1, commissioner: 1, beneficiary: 1, other: 0 });
    expect((await snapshotOf("holme-wood", 2)).review.feedback).toEqual({ grant_recipient: 0, commissioner: 0, beneficiary: 0, other: 0 });
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

describe("the community panel", () => {
  const hw = { partnership: "bradford", area: "holme-wood" };
  let panelRound: string;
  let apps: string[] = [];
  let rubricIds: string[] = [];

  async function tenantCtx(userKey: string) {
    const actor = (await loadActor(demo.users[userKey]!.id))!;
    return (await resolveTenant(actor, "bradford", { requestId: "test" }))!;
  }

  beforeAll(async () => {
    const pot = await db().communityBudget.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } });
    ({ roundId: panelRound, rubricIds } = await openHolmeWoodRound(coordinator(), { partnershipId: demo.bradford.id, budgetId: pot.id, title: "Spring grants" }));
    for (const name of ["Tong Youth Café", "Holme Wood Mums"]) {
      await call(addApplicationAction, coordinator(), { ...application(name, "2000"), ...hw, roundId: panelRound });
    }
    apps = (await db().grantApplication.findMany({ where: { partnershipId: demo.bradford.id, roundId: panelRound }, orderBy: { submittedAt: "asc" } })).map((a) => a.id);
    expect(await call(assignPanellistAction, coordinator(), { ...hw, roundId: panelRound, userId: demo.users.member!.id, kind: "young_person" })).toMatchObject({ status: "success" });
    expect(await call(assignPanellistAction, coordinator(), { ...hw, roundId: panelRound, userId: demo.users.board!.id, kind: "member" })).toMatchObject({ status: "success" });
    await call(moveRoundAction, coordinator(), { ...hw, roundId: panelRound, to: "reviewing" });
  });

  const scores = (fit: string, reach: string) => ({ [`score.${rubricIds[0]}`]: fit, [`score.${rubricIds[1]}`]: reach });

  it("takes as panellists only members who can see the area", async () => {
    expect(await call(assignPanellistAction, coordinator(), { ...hw, roundId: panelRound, userId: demo.users["coordinator-mg"]!.id, kind: "member" })).toMatchObject({
      status: "error",
      fieldErrors: { userId: ["Choose a member who can see this area"] },
    });
    expect(await call(assignPanellistAction, coordinator(), { ...hw, roundId: panelRound, userId: demo.users["kirklees-admin"]!.id, kind: "member" })).toMatchObject({ status: "error" });
  });

  it("asks for a declaration before scoring, and refuses a conflicted panellist's scores, forged or not", async () => {
    const member = demo.users.member!.id;
    expect(await call(submitScoresAction, member, { ...hw, applicationId: apps[0]!, ...scores("5", "5") })).toMatchObject({ status: "error", message: expect.stringContaining("Declare whether") });
    expect(await call(declareConflictAction, member, { ...hw, applicationId: apps[0]!, conflicted: "yes", note: "My aunt runs it" })).toMatchObject({ status: "success" });
    expect(await call(submitScoresAction, member, { ...hw, applicationId: apps[0]!, ...scores("5", "5") })).toMatchObject({ status: "error", message: expect.stringContaining("conflict of interest") });
    expect(await db().score.count({ where: { partnershipId: demo.bradford.id, applicationId: apps[0]! } })).toBe(0);
  });

  it("keeps other panellists' scores hidden until one's own are submitted, and leaves conflicted panellists out of the average", async () => {
    const member = demo.users.member!.id;
    const board = demo.users.board!.id;
    for (const app of apps) expect(await call(declareConflictAction, board, { ...hw, applicationId: app, conflicted: "no" })).toMatchObject({ status: "success" });
    expect(await call(submitScoresAction, board, { ...hw, applicationId: apps[0]!, [`score.${rubricIds[0]}`]: "4" })).toMatchObject({ status: "error", fieldErrors: { [`score.${rubricIds[1]}`]: [expect.stringContaining("Reach")] } });
    expect(await call(submitScoresAction, board, { ...hw, applicationId: apps[0]!, ...scores("4", "4") })).toMatchObject({ status: "success" });
    expect(await call(submitScoresAction, board, { ...hw, applicationId: apps[1]!, ...scores("2", "2") })).toMatchObject({ status: "success" });

    await call(declareConflictAction, member, { ...hw, applicationId: apps[1]!, conflicted: "no" });
    const area = demo.bradford.areas["holme-wood"]!;
    const before = await getMyPanelWork(await tenantCtx("member"), area, panelRound);
    expect(before!.applications.find((a) => a.id === apps[1])!.othersScores).toBeNull();
    expect(await call(submitScoresAction, member, { ...hw, applicationId: apps[1]!, ...scores("5", "1") })).toMatchObject({ status: "success" });
    const after = await getMyPanelWork(await tenantCtx("member"), area, panelRound);
    expect(after!.applications.find((a) => a.id === apps[1])!.othersScores).toEqual([2]);
    expect(await call(submitScoresAction, member, { ...hw, applicationId: apps[1]!, ...scores("1", "1") })).toMatchObject({ status: "error", message: expect.stringContaining("already submitted") });

    const round = (await getRound(await tenantCtx("coordinator"), area, panelRound))!;
    const result = (id: string) => round.applications.find((a) => a.id === id)!.result!;
    // Conflicted member left out of the first; (5*3+1)/4 = 4 and 2 averaged for the second.
    expect(result(apps[0]!)).toMatchObject({ average: 4, submitted: 1, conflicted: 1, rank: 1 });
    expect(result(apps[1]!)).toMatchObject({ average: 3, submitted: 2, rank: 2 });
  });

  it("is none of a non-panellist's business", async () => {
    const outcome = await call(declareConflictAction, demo.users.research!.id, { ...hw, applicationId: apps[0]!, conflicted: "no" });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
    expect(await getMyPanelWork(await tenantCtx("research"), demo.bradford.areas["holme-wood"]!, panelRound)).toBeNull();
  });
});

describe("the public application link", () => {
  const hw = { partnership: "bradford", area: "holme-wood" };

  function publicFields(token: string, name: string) {
    const { partnership: _p, area: _a, roundId: _r, ...fields } = application(name, "500");
    return { ...fields, token };
  }

  it("takes applications without an account while the round is open, limits each sender, and refuses once it is not open", async () => {
    const round = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Spring grants" } });
    // Spring grants is with the panel: not open.
    expect(await call(submitPublicApplicationAction, null, publicFields(round.publicToken!, "Too Late Group"))).toMatchObject({ status: "error", code: "conflict", message: expect.stringContaining("not taking applications") });

    const pot = await db().communityBudget.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } });
    await db().communityBudget.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: pot.id } }, data: { amountPence: 2_000_000 } });
    await call(createRoundAction, coordinator(), {
      ...hw,
      budgetId: pot.id,
      title: "Open door grants",
      criteria: "Anything for children at risk",
      "rubric.0.label": "Fit",
      "rubric.0.weight": "1",
      opensOn: "2026-01-01",
      closesOn: "2099-01-01",
      allocation: "1000",
      maxAward: "1000",
    });
    const open = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Open door grants" } });
    await call(moveRoundAction, coordinator(), { ...hw, roundId: open.id, to: "open" });
    const token = (await db().fundingRound.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: open.id } } })).publicToken!;

    const sent = await call(submitPublicApplicationAction, null, publicFields(token, "Tong Street Club"));
    expect(sent).toMatchObject({ status: "success", message: expect.stringMatching(/reached the Holme Wood convening partnership\. Your reference is [0-9A-F]{8}/) });
    const stored = await db().grantApplication.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, roundId: open.id } });
    expect(stored).toMatchObject({ channel: "public_link", organisationId: null });
    expect(stored.senderHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditCount({ action: "budget.application_received", partnershipId: demo.bradford.id })).toBe(1);

    // The same application sent again (a double click, a replayed request) is the one already received.
    const again = await call(submitPublicApplicationAction, null, publicFields(token, "Tong Street Club"));
    const reference = /Your reference is ([0-9A-F]{8})/.exec(String((sent as { message?: string }).message))![1];
    expect(again).toMatchObject({ status: "success", message: expect.stringContaining(`already has this application, so it was not sent twice. Your reference is ${reference}`) });
    expect(await db().grantApplication.count({ where: { partnershipId: demo.bradford.id, roundId: open.id } })).toBe(1);
    expect(await auditCount({ action: "budget.application_received", partnershipId: demo.bradford.id })).toBe(1);

    for (let i = 2; i <= 5; i++) expect(await call(submitPublicApplicationAction, null, publicFields(token, `Group ${i}`))).toMatchObject({ status: "success" });
    expect(await call(submitPublicApplicationAction, null, publicFields(token, "Group 6"))).toMatchObject({ status: "error", code: "rate_limited" });

    expect(await call(submitPublicApplicationAction, null, { ...publicFields(token, "Greedy"), amountRequested: "1000.01" })).toMatchObject({ status: "error", fieldErrors: { amountRequested: [expect.stringContaining("£1,000")] } });
    expect(await call(submitPublicApplicationAction, null, publicFields("x".repeat(24), "Guess"))).toMatchObject({ status: "error", code: "not_found" });
    expect(await getPublicRound(token)).not.toHaveProperty("partnershipId");

    await call(moveRoundAction, coordinator(), { ...hw, roundId: open.id, to: "reviewing" });
    expect(await call(submitPublicApplicationAction, null, publicFields(token, "After closing"))).toMatchObject({ status: "error", code: "conflict" });
    expect(await db().grantApplication.count({ where: { partnershipId: demo.bradford.id, roundId: open.id } })).toBe(5);
  });
});
