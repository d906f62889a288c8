import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { advancePhaseAction } from "@/lib/blueprint/actions";
import { templateFor } from "@/lib/blueprint/template";
import { ukToday } from "@/lib/blueprint/today";
import { adoptIndicatorAction, defineIndicatorAction } from "@/lib/indicators/actions.definitions";
import { createPartnershipAction } from "@/lib/platform/actions";
import { generatedPayload } from "./support/payloads";
import { NATIONAL_CATALOGUE } from "@/lib/indicators/catalogue";
import {
  addApplicationAction,
  assignPanellistAction,
  createPotAction,
  createRoundAction,
  declareConflictAction,
  moveRoundAction,
  recordAwardAction,
  submitPublicApplicationAction,
  submitScoresAction,
} from "@/lib/budget/actions";
import { PUBLIC_LIMIT_PER_HOUR } from "@/lib/budget/services/public-applications";
import { agreeStatementAction, publishStatementAction } from "@/lib/statement/actions";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { createAreaAction } from "@/lib/areas/actions";
import { inviteMemberAction } from "@/lib/members/actions";
import type { FormAction } from "@/lib/action/result";
import { actionMeta } from "@/lib/action/define-action";
import { auditCount, call, seedDemo, type Demo, type Outcome } from "../support/fixtures";
import { openHolmeWoodRound } from "../support/budget";
import { DEVELOPER_WORDS } from "./support/corpus";

vi.mock("@/lib/action/runtime", () => import("../support/action-runtime"));

/**
 * Replayed and concurrent submissions (issue 9 item 5): the same form sent twice in a row
 * (a double click, a browser's resubmit, a replayed request), and the same form sent by
 * several tabs at once. Expected each time: no "unexpected" error, no duplicate row, and
 * the refused submissions told plainly why. Embedded PGlite runs one transaction at a time,
 * so the races themselves happen in the run against a PostgreSQL server (.ci/run does both).
 *
 * Covered elsewhere, not repeated here: two concurrent awards against one pot
 * (budget.test.ts), a second award recorded for a funded application, in turn
 * (budget.test.ts), an invitation accepted again and by two tabs at once
 * (partnership-admin.test.ts), two concurrent advances of one phase (blueprint.test.ts),
 * concurrent sign-in guesses (auth.test.ts), an upload committed twice
 * (indicator-uploads.test.ts).
 */
let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

type Fields = Record<string, string | string[] | undefined>;
const coordinator = () => demo.users.coordinator!.id;
const hw = { partnership: "bradford", area: "holme-wood" };

async function twice<T>(action: FormAction<T>, userId: string | null, fields: Fields): Promise<Outcome<T>[]> {
  return [await call(action, userId, fields), await call(action, userId, fields)];
}

/** `n` identical submissions at once, as several tabs (or a script) would send them. The signed-in user is the same for all. */
async function together<T>(n: number, action: FormAction<T>, userId: string | null, fields: Fields): Promise<Outcome<T>[]> {
  return Promise.all(Array.from({ length: n }, () => call(action, userId, fields)));
}

const succeeded = (o: Outcome<unknown>) => o.status === "success" || o.status === "redirect";

/** The refusals: each a plain sentence, none "unexpected", none in a developer's words. */
function refusals(outcomes: Outcome<unknown>[]): { code?: string; message: string }[] {
  const refused = outcomes.filter((o) => o.status === "error");
  for (const o of refused) {
    expect(o.code, o.message).not.toBe("unexpected");
    const messages = [o.message, ...Object.values(o.fieldErrors ?? {}).flat()];
    for (const m of messages) expect(m).not.toMatch(DEVELOPER_WORDS);
    expect(o.message.length).toBeGreaterThan(10);
  }
  return refused.map((o) => ({ code: o.code, message: [o.message, ...Object.values(o.fieldErrors ?? {}).flat()].join(" ") }));
}

describe("phase advance", () => {
  const keighley = { partnership: "bradford", area: "keighley" };

  /** Keighley's work for `phase` waived (set-up only), so the gate is open and the advance itself is what is tested. */
  async function openGate(phase: number) {
    const scope = { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! };
    const state = await db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } });
    const items = templateFor(state.templateVersion).items.filter((i) => i.phase === phase);
    await db().checklistItemState.createMany({
      data: items.map((i) => ({ ...scope, cycle: state.cycle, itemKey: i.key, waivedById: demo.users.board!.id, waivedAt: new Date(), waiverReason: "Test set-up" })),
      skipDuplicates: true,
    });
    return state;
  }
  const phase = async () => (await db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! } } })).currentPhase;
  const moves = () => db().auditEvent.count({ where: { action: "blueprint.phase.advanced", entityId: demo.bradford.areas.keighley! } });

  it("moves on once when the same advance is sent twice in a row; the second is told where the area now stands", async () => {
    const state = await openGate(1);
    expect(state.currentPhase).toBe(1);
    const outcomes = await twice(advancePhaseAction, coordinator(), { ...keighley, fromPhase: "1" });
    expect(outcomes[0]).toMatchObject({ status: "success" });
    expect(refusals(outcomes)).toEqual([{ code: "conflict", message: expect.stringContaining("already moved to phase 2") }]);
    expect(await phase()).toBe(2);
    expect(await moves()).toBe(1);
  });

  it("moves on once when four tabs advance at the same moment", async () => {
    await openGate(2);
    const outcomes = await together(4, advancePhaseAction, coordinator(), { ...keighley, fromPhase: "2" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(3).fill({ code: "conflict", message: expect.stringContaining("already moved to phase 3") }));
    expect(await phase()).toBe(3);
    expect(await moves()).toBe(2);
  });
});

describe("adopting a catalogue indicator", () => {
  let unused: string[];
  beforeAll(async () => {
    const adopted = new Set((await db().indicatorDefinition.findMany({ where: { partnershipId: demo.bradford.id }, select: { code: true } })).map((d) => d.code));
    unused = NATIONAL_CATALOGUE.map((e) => e.code).filter((c) => !adopted.has(c));
    expect(unused.length).toBeGreaterThanOrEqual(2);
  });
  const definitions = (code: string) => db().indicatorDefinition.count({ where: { partnershipId: demo.bradford.id, code } });
  const adoptions = (code: string) => db().auditEvent.count({ where: { action: "indicators.definition.adopted", partnershipId: demo.bradford.id, after: { path: ["code"], equals: code } } });

  it("adopts once when the same form is sent twice in a row", async () => {
    const code = unused[0]!;
    const outcomes = await twice(adoptIndicatorAction, demo.users.research!.id, { partnership: "bradford", code });
    expect(outcomes[0]).toMatchObject({ status: "success" });
    expect(refusals(outcomes)).toEqual([{ code: "validation", message: expect.stringContaining("is already one of the partnership's indicators") }]);
    expect(await definitions(code)).toBe(1);
    expect(await adoptions(code)).toBe(1);
  });

  it("adopts once when four tabs adopt the same indicator at the same moment", async () => {
    const code = unused[1]!;
    const outcomes = await together(4, adoptIndicatorAction, demo.users.research!.id, { partnership: "bradford", code });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(3).fill({ code: "validation", message: expect.stringContaining("is already one of the partnership's indicators") }));
    expect(await definitions(code)).toBe(1);
    expect(await adoptions(code)).toBe(1);
  });
});

describe("the community panel and the award", () => {
  let roundId: string;
  let applicationId: string;
  let rubricIds: string[];
  let meetingId: string;
  const member = () => demo.users.member!.id;

  beforeAll(async () => {
    const pot = await db().communityBudget.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } });
    await db().communityBudget.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: pot.id } }, data: { amountPence: pot.amountPence + 500_000 } });
    ({ roundId: roundId, rubricIds } = await openHolmeWoodRound(coordinator(), { partnershipId: demo.bradford.id, budgetId: pot.id, title: "Replay grants" }));
    const added = await call(addApplicationAction, coordinator(), {
      ...hw,
      roundId,
      organisationName: "Tong Youth Café",
      contactName: "Sam Patel",
      contactEmail: "sam@example.org",
      amountRequested: "2000",
      summary: "Detached youth work on Friday evenings",
      priorityFit: "Reaches young people at risk",
      aboveAndBeyond: "on",
    });
    expect(added).toMatchObject({ status: "success" });
    applicationId = (await db().grantApplication.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, roundId } })).id;
    expect(await call(assignPanellistAction, coordinator(), { ...hw, roundId, userId: member(), kind: "young_person" })).toMatchObject({ status: "success" });
    expect(await call(moveRoundAction, coordinator(), { ...hw, roundId, to: "reviewing" })).toMatchObject({ status: "redirect" });
    meetingId = (
      await db().meeting.create({
        data: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]!, kind: "convening", title: "Replay decision panel", date: new Date("2026-10-15T00:00:00Z") },
      })
    ).id;
  });

  const key = () => ({ partnershipId: demo.bradford.id, applicationId });
  const fullScores = (): Fields => ({ [`score.${rubricIds[0]}`]: "4", [`score.${rubricIds[1]}`]: "3" });

  it("keeps one conflict declaration per panellist when the same declaration is sent twice, and by three tabs at once", async () => {
    const fields = { ...hw, applicationId, conflicted: "no" };
    const inTurn = await twice(declareConflictAction, member(), fields);
    const atOnce = await together(3, declareConflictAction, member(), fields);
    // Declaring is idempotent until the scores are in: the panellist may say it again.
    expect([...inTurn, ...atOnce].filter(succeeded)).toHaveLength(5);
    expect(refusals([...inTurn, ...atOnce])).toEqual([]);
    expect(await db().conflictDeclaration.count({ where: key() })).toBe(1);
  });

  it("takes one submission of a panellist's scores when three tabs submit at once; a replay after it is refused", async () => {
    const fields = { ...hw, applicationId, ...fullScores() };
    const atOnce = await together(3, submitScoresAction, member(), fields);
    expect(atOnce.filter(succeeded)).toHaveLength(1);
    expect(refusals(atOnce)).toEqual(Array(2).fill({ code: "conflict", message: "Your scores for this application are already submitted." }));
    const replay = await call(submitScoresAction, member(), fields);
    expect(refusals([replay])).toEqual([{ code: "conflict", message: "Your scores for this application are already submitted." }]);
    expect(await db().score.count({ where: key() })).toBe(1);
    expect(await auditCount({ action: "budget.scores_submitted", partnershipId: demo.bradford.id })).toBe(1);
  });

  it("refuses a replayed conflict declaration once the scores are submitted, keeping the scores", async () => {
    const outcomes = await together(2, declareConflictAction, member(), { ...hw, applicationId, conflicted: "yes", note: "Replayed" });
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "conflict", message: expect.stringContaining("Your scores for this application are submitted") }));
    expect(await db().conflictDeclaration.findFirstOrThrow({ where: key() })).toMatchObject({ conflicted: false });
    expect(await db().score.count({ where: { ...key(), submittedAt: { not: null } } })).toBe(1);
  });

  it("records one award when the same award is recorded by three tabs at once", async () => {
    expect(await call(moveRoundAction, coordinator(), { ...hw, roundId, to: "deciding" })).toMatchObject({ status: "redirect" });
    const outcomes = await together(3, recordAwardAction, coordinator(), { ...hw, applicationId, amount: "1500", meetingId, decidedOn: "2026-10-15" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "conflict", message: expect.stringMatching(/already has an award|given an award a moment ago/) }));
    expect(await db().award.count({ where: key() })).toBe(1);
    expect(await auditCount({ action: "budget.award_made", partnershipId: demo.bradford.id })).toBe(1);
  });
});

describe("the public application form", () => {
  let token: string;
  let roundId: string;
  beforeAll(async () => {
    const pot = await db().communityBudget.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } });
    await db().communityBudget.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: pot.id } }, data: { amountPence: pot.amountPence + 100_000 } });
    await call(createRoundAction, coordinator(), {
      ...hw,
      budgetId: pot.id,
      title: "Replay open door",
      criteria: "Anything for children at risk",
      "rubric.0.label": "Fit",
      "rubric.0.weight": "1",
      opensOn: "2026-01-01",
      closesOn: "2099-01-01",
      allocation: "1000",
      maxAward: "1000",
    });
    const round = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Replay open door" } });
    roundId = round.id;
    expect(await call(moveRoundAction, coordinator(), { ...hw, roundId, to: "open" })).toMatchObject({ status: "redirect" });
    token = (await db().fundingRound.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: roundId } } })).publicToken!;
  });

  const fields = () => ({
    token,
    organisationName: "Tong Street Club",
    contactName: "Sam Patel",
    contactEmail: "sam@example.org",
    amountRequested: "500",
    summary: "Detached youth work on Friday evenings",
    priorityFit: "Reaches young people at risk",
    aboveAndBeyond: "on",
  });

  it("keeps one application when the same form is sent again, in turn or all at once, with its reference each time", async () => {
    const inTurn = await twice(submitPublicApplicationAction, null, fields());
    expect(inTurn.map((o) => o.status)).toEqual(["success", "success"]);
    const reference = /Your reference is ([0-9A-F]{8})/.exec((inTurn[0] as { message: string }).message)![1]!;
    expect((inTurn[1] as { message: string }).message).toContain(`already has this application, so it was not sent twice. Your reference is ${reference}`);
    const atOnce = await together(4, submitPublicApplicationAction, null, fields());
    expect(atOnce.map((o) => o.status)).toEqual(Array(4).fill("success"));
    for (const o of atOnce) expect((o as { message: string }).message).toContain(reference);
    expect(await db().grantApplication.count({ where: { partnershipId: demo.bradford.id, roundId } })).toBe(1);
  });

  it("counts different bids from one sender against the hourly limit, sent all at once: never more than the limit, never an error", async () => {
    const atOnce = await Promise.all(Array.from({ length: PUBLIC_LIMIT_PER_HOUR + 2 }, (_, i) => call(submitPublicApplicationAction, null, { ...fields(), summary: `Bid ${i}: detached youth work` })));
    // One application is already in from the test before: the limit leaves room for four more.
    expect(atOnce.filter(succeeded)).toHaveLength(PUBLIC_LIMIT_PER_HOUR - 1);
    expect(refusals(atOnce)).toEqual(Array(3).fill({ code: "rate_limited", message: expect.stringContaining("Too many applications have come from this connection") }));
    expect(await db().grantApplication.count({ where: { partnershipId: demo.bradford.id, roundId } })).toBe(PUBLIC_LIMIT_PER_HOUR);
  });
});

describe("agreeing and publishing the statement", () => {
  let statementId: string;
  beforeAll(async () => {
    // Set-up: the seeded Holme Wood statement back to a draft, as after an edit.
    const s = await db().statementOfIntent.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } });
    statementId = s.id;
    await db().statementOfIntent.update({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: s.id } }, data: { state: "draft", agreedOn: null, agreedAtMeetingId: null } });
  });
  const revision = async () => (await db().statementOfIntent.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: statementId } } })).revision;
  const versions = () => db().statementVersion.count({ where: { partnershipId: demo.bradford.id, statementId } });

  it("agrees once when the same agreement is sent twice in a row; the replay is told someone saved it since", async () => {
    const before = await revision();
    const outcomes = await twice(agreeStatementAction, coordinator(), { ...hw, statementId, revision: String(before), agreedOn: ukToday() });
    expect(outcomes[0]).toMatchObject({ status: "success" });
    expect(refusals(outcomes)).toEqual([{ code: "conflict", message: expect.stringContaining("Someone saved this statement after you opened it") }]);
    expect(await revision()).toBe(before + 1);
    expect(await auditCount({ action: "statement.agreed", partnershipId: demo.bradford.id })).toBe(1);
  });

  it("publishes one version when three tabs publish at once, and refuses a replay after it", async () => {
    const before = await versions();
    const fields = { ...hw, statementId, revision: String(await revision()) };
    const atOnce = await together(3, publishStatementAction, coordinator(), fields);
    expect(atOnce.filter(succeeded)).toHaveLength(1);
    const replay = await call(publishStatementAction, coordinator(), fields);
    for (const r of refusals([...atOnce, replay])) expect(r).toMatchObject({ code: "conflict", message: expect.stringMatching(/Someone saved this statement after you opened it|already published/) });
    expect(await versions()).toBe(before + 1);
  });
});

describe("accepting an invitation", () => {
  it("makes one membership when four tabs accept at once; the others are told the link was used", async () => {
    const invited = await call(inviteMemberAction, demo.users.admin!.id, { partnership: "bradford", email: "four.tabs@example.org", role: "member", areaId: demo.bradford.areas["holme-wood"] });
    if (invited.status !== "success") throw new Error("invite failed");
    const token = invited.data!.link.split("/invitations/")[1]!;
    const outcomes = await together(4, acceptInvitationAction, null, { token, name: "Four Tabs", password: "four tabs password" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(3).fill({ code: "not_found", message: expect.stringContaining("has already been used") }));
    expect(await db().membership.count({ where: { user: { email: "four.tabs@example.org" } } })).toBe(1);
    expect(await db().user.count({ where: { email: "four.tabs@example.org" } })).toBe(1);
  });
});

describe("records made once: a pot per financial year, a panellist per round, an area per web address", () => {
  it("creates one pot when three tabs create the same year's pot at once; the others are told it exists", async () => {
    const keighley = { partnership: "bradford", area: "keighley" };
    const outcomes = await together(3, createPotAction, coordinator(), { ...keighley, financialYear: "2031", amount: "5000", source: "Act Locally programme grant" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "validation", message: expect.stringContaining("already has a pot for 2031-32") }));
    expect(await db().communityBudget.count({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley!, financialYear: 2031 } })).toBe(1);
  });

  it("puts a member on a round's panel once when three tabs assign them at once", async () => {
    const round = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Replay open door" } });
    const outcomes = await together(3, assignPanellistAction, coordinator(), { ...hw, roundId: round.id, userId: demo.users.board!.id, kind: "member" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "validation", message: expect.stringContaining("is already on the panel") }));
    expect(await db().panelAssignment.count({ where: { partnershipId: demo.bradford.id, roundId: round.id, userId: demo.users.board!.id } })).toBe(1);
  });

  it("creates one area when three tabs create the same area at once", async () => {
    const outcomes = await together(3, createAreaAction, demo.users.admin!.id, { partnership: "bradford", name: "Bowling and Barkerend" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "validation", message: expect.stringContaining("Another area already uses this web address") }));
    expect(await db().conveningPartnership.count({ where: { partnershipId: demo.bradford.id, slug: "bowling-and-barkerend" } })).toBe(1);
  });

  it("defines one partnership indicator when three tabs define the same code at once", async () => {
    const fields = { ...generatedPayload(actionMeta(defineIndicatorAction)!.input), partnership: "bradford", code: "replay-local-measure", name: "Families using the hub's drop-in" };
    const outcomes = await together(3, defineIndicatorAction, demo.users.research!.id, fields);
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "validation", message: expect.stringContaining("already has an indicator with the code replay-local-measure") }));
    expect(await db().indicatorDefinition.count({ where: { partnershipId: demo.bradford.id, code: "replay-local-measure" } })).toBe(1);
  });

  it("creates one partnership, with one invitation, when three tabs create it at once", async () => {
    const outcomes = await together(3, createPartnershipAction, demo.users.platform!.id, { name: "Calderdale Children's Partnership", laCode: "E08000033", adminEmail: "first.admin@calderdale.example.org" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(2).fill({ code: "validation", message: expect.stringContaining("Another partnership already uses this web address") }));
    expect(await db().localAuthorityPartnership.count({ where: { slug: "calderdale-children-s-partnership" } })).toBe(1);
    expect(await db().invitation.count({ where: { email: "first.admin@calderdale.example.org" } })).toBe(1);
  });

  it("moves a round one step when three tabs move it at once", async () => {
    const round = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Replay open door" } });
    expect(round.status).toBe("open");
    const outcomes = await together(3, moveRoundAction, coordinator(), { ...hw, roundId: round.id, to: "reviewing" });
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    for (const r of refusals(outcomes)) expect(r).toMatchObject({ code: "conflict", message: expect.stringMatching(/Someone moved this round a moment ago|cannot move/) });
    expect(await db().auditEvent.count({ where: { entityId: round.id, action: "budget.round_moved", after: { path: ["status"], equals: "reviewing" } } })).toBe(1);
    expect((await db().fundingRound.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: round.id } } })).status).toBe("reviewing");
  });
});
