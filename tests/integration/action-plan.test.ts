import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statementContentSchema } from "@/lib/statement/content";
import { theoryContentSchema } from "@/lib/theory-of-change/content";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { decisionsInPlan, getActionPlanItem, loadPendingCommittedActions } from "@/lib/action-plan/queries";
import {
  addDecisionToPlanAction,
  addStatementActionToPlanAction,
  createActionItemAction,
  deleteActionItemAction,
  logActionItemUpdateAction,
  updateActionItemAction,
} from "@/lib/action-plan/actions";
import { call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
const holmeWood = { partnership: "bradford", area: "holme-wood" };
let areaId: string;
let statementId: string;
let decisionId: string;
const actionIds = [randomUUID(), randomUUID(), randomUUID()];
const outcomeId = randomUUID();

/**
 * Holme Wood gets its own focus priority with a Statement of Intent (three committed
 * actions), a theory of change (one outcome) and a meeting decision, written directly:
 * these tests are about the action plan, not the modules that normally write them.
 */
beforeAll(async () => {
  demo = await seedDemo();
  areaId = demo.bradford.areas["holme-wood"]!;
  const scope = { partnershipId: demo.bradford.id, areaId };
  const priority = await db().priority.create({ data: { ...scope, title: "Children's attendance at school" } });
  await db().phaseState.upsert({
    where: { partnershipId_areaId: scope },
    create: { ...scope, currentPhase: 3, focusPriorityId: priority.id },
    update: { focusPriorityId: priority.id },
  });
  const content = statementContentSchema.parse({
    title: "Statement of Intent: Holme Wood",
    actions: [
      { id: actionIds[0], text: "Hold a half-termly forum for schools and VCSE groups." },
      { id: actionIds[1], text: "Offer a multi-agency response to every six-year-old with attendance under 90%." },
      { id: actionIds[2], text: "Share antisocial-behaviour intelligence with schools earlier." },
    ],
  });
  const statement = await db().statementOfIntent.create({ data: { ...scope, priorityId: priority.id, cycle: 1, content: content as unknown as Prisma.InputJsonValue } });
  statementId = statement.id;
  const theory = await db().theoryOfChange.create({ data: { ...scope, scope: "area", priorityId: priority.id } });
  const theoryContent = theoryContentSchema.parse({ outcomes: [{ id: outcomeId, text: "Better attendance among children at risk", indicatorCodes: ["persistent-absence"] }] });
  await db().theoryOfChangeVersion.create({ data: { partnershipId: demo.bradford.id, theoryId: theory.id, number: 1, content: theoryContent as unknown as Prisma.InputJsonValue } });
  const meeting = await db().meeting.create({ data: { ...scope, kind: "convening", title: "Autumn convening meeting", date: new Date("2026-10-14T00:00:00Z") } });
  const decision = await db().meetingDecision.create({ data: { partnershipId: demo.bradford.id, meetingId: meeting.id, text: "The council will host the schools and VCSE forum each half term." } });
  decisionId = decision.id;
});

const coordinator = () => demo.users.coordinator!.id;

async function contextOf(userKey: string) {
  const actor = await loadActor(demo.users[userKey]!.id);
  return (await resolveTenant(actor!, "bradford"))!;
}

const itemFields = (extra: Record<string, string> = {}) => ({
  ...holmeWood,
  title: "Attendance mentors in Year 2",
  description: "",
  ownerOrganisationId: demo.bradford.orgs["Holme Wood Primary Academy"]!,
  dueOn: "2026-12-18",
  status: "not_started",
  rag: "green",
  outcomeId,
  ...extra,
});

async function createItem(extra: Record<string, string> = {}): Promise<string> {
  const outcome = await call(createActionItemAction, coordinator(), itemFields(extra));
  expect(outcome).toMatchObject({ status: "success" });
  return outcome.status === "success" ? (outcome.data as { id: string }).id : "";
}

describe("turning a committed action into an item", () => {
  it("adds it once, however often the button is pressed", async () => {
    const fields = { ...holmeWood, statementId, actionId: actionIds[0]! };
    const first = await call(addStatementActionToPlanAction, coordinator(), fields);
    expect(first).toMatchObject({ status: "success", data: { created: true }, message: '"Hold a half-termly forum for schools and VCSE groups" added to the action plan.' });
    const second = await call(addStatementActionToPlanAction, coordinator(), fields);
    expect(second).toMatchObject({ status: "success", data: { created: false }, message: '"Hold a half-termly forum for schools and VCSE groups" is already in the action plan.' });

    const items = await db().actionPlanItem.findMany({ where: { areaId, sourceStatementId: statementId, sourceActionId: actionIds[0] } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: "statement_action", cycle: 1, status: "not_started", rag: "green", title: "Hold a half-termly forum for schools and VCSE groups" });
    expect(await db().auditEvent.count({ where: { action: "action_item.created", entityId: items[0]!.id } })).toBe(1);
    expect(await db().actionItemUpdate.count({ where: { itemId: items[0]!.id } })).toBe(1);
  });

  it("adds it once when two clicks arrive at the same moment", async () => {
    const fields = { ...holmeWood, statementId, actionId: actionIds[1]! };
    const outcomes = await Promise.all([call(addStatementActionToPlanAction, coordinator(), fields), call(addStatementActionToPlanAction, coordinator(), fields)]);
    expect(outcomes.map((o) => o.status)).toEqual(["success", "success"]);
    expect(await db().actionPlanItem.count({ where: { areaId, sourceActionId: actionIds[1] } })).toBe(1);
  });

  it("lists only the committed actions not yet in the plan", async () => {
    const pending = await loadPendingCommittedActions(await contextOf("coordinator"), areaId, (await db().phaseState.findFirstOrThrow({ where: { areaId } })).focusPriorityId);
    expect(pending).toMatchObject({ statementId, total: 3, pending: [{ id: actionIds[2] }] });
  });

  it("refuses an action that is not in the statement, and a statement of another tenant's id", async () => {
    const missing = await call(addStatementActionToPlanAction, coordinator(), { ...holmeWood, statementId, actionId: randomUUID() });
    expect(missing).toMatchObject({ status: "error", code: "conflict" });
    const unknown = await call(addStatementActionToPlanAction, coordinator(), { ...holmeWood, statementId: randomUUID(), actionId: actionIds[2]! });
    expect(unknown).toMatchObject({ status: "error", code: "not_found" });
  });
});

describe("turning a meeting decision into an item", () => {
  it("makes one item from the decision, and the meeting page can tell", async () => {
    const first = await call(addDecisionToPlanAction, coordinator(), { ...holmeWood, decisionId });
    expect(first).toMatchObject({ status: "success", data: { created: true } });
    const second = await call(addDecisionToPlanAction, coordinator(), { ...holmeWood, decisionId });
    expect(second).toMatchObject({ status: "success", data: { created: false } });
    const items = await db().actionPlanItem.findMany({ where: { sourceDecisionId: decisionId } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ areaId, source: "meeting_decision", title: "The council will host the schools and VCSE forum each half term" });
    const inPlan = await decisionsInPlan(await contextOf("coordinator"), areaId, [decisionId]);
    expect(inPlan.get(decisionId)).toBe(items[0]!.id);
  });

  it("does not let another area's co-ordinator make Holme Wood's decision an item in their own area", async () => {
    const outcome = await call(addDecisionToPlanAction, demo.users["coordinator-mg"]!.id, { partnership: "bradford", area: "manningham-girlington", decisionId });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
  });
});

describe("items and their update log", () => {
  it("an update with a new status and RAG changes the item and is listed with its author", async () => {
    const itemId = await createItem();
    const outcome = await call(logActionItemUpdateAction, coordinator(), { ...holmeWood, itemId, text: "Mentors started with 12 children.", status: "in_progress", rag: "amber" });
    expect(outcome).toMatchObject({ status: "success", data: { changed: true } });

    const item = await db().actionPlanItem.findFirstOrThrow({ where: { id: itemId } });
    expect(item).toMatchObject({ status: "in_progress", rag: "amber" });
    const detail = await getActionPlanItem(await contextOf("member"), areaId, itemId);
    expect(detail?.updates[0]).toMatchObject({ text: "Mentors started with 12 children.", status: "in_progress", rag: "amber", authorName: "Sarah Hughes" });
    expect(detail?.updates[1]).toMatchObject({ text: "Added to the action plan.", status: "not_started", rag: "green" });
    expect(await db().auditEvent.count({ where: { action: "action_item.update_logged", entityId: itemId } })).toBe(1);
  });

  it("an update that keeps the status and RAG changes nothing but the log", async () => {
    const itemId = await createItem({ status: "in_progress" });
    const outcome = await call(logActionItemUpdateAction, coordinator(), { ...holmeWood, itemId, text: "Still going.", status: "", rag: "" });
    expect(outcome).toMatchObject({ status: "success", data: { changed: false } });
    const latest = await db().actionItemUpdate.findFirstOrThrow({ where: { itemId }, orderBy: { createdAt: "desc" } });
    expect(latest).toMatchObject({ text: "Still going.", status: null, rag: null });
  });

  it("logs a status or RAG changed by editing the item", async () => {
    const itemId = await createItem();
    const outcome = await call(updateActionItemAction, coordinator(), itemFields({ itemId, status: "blocked", rag: "red", title: "Attendance mentors (paused)" }));
    expect(outcome).toMatchObject({ status: "success" });
    const latest = await db().actionItemUpdate.findFirstOrThrow({ where: { itemId }, orderBy: { createdAt: "desc" } });
    expect(latest).toMatchObject({ text: "Changed when the item was edited.", status: "blocked", rag: "red", authorId: coordinator() });
    expect(await db().auditEvent.count({ where: { action: "action_item.updated", entityId: itemId } })).toBe(1);
  });

  it("refuses an owner organisation of another partnership, and saves nothing", async () => {
    const before = await db().actionPlanItem.count();
    const outcome = await call(createActionItemAction, coordinator(), itemFields({ ownerOrganisationId: demo.kirklees.orgs["Kirklees Council"]! }));
    expect(outcome).toMatchObject({ status: "error", code: "validation", fieldErrors: { ownerOrganisationId: ["Choose an organisation of this partnership from the list"] } });
    expect(await db().actionPlanItem.count()).toBe(before);
  });

  it("refuses an outcome that is not in the area's theory of change, and a date that does not exist", async () => {
    const outcome = await call(createActionItemAction, coordinator(), itemFields({ outcomeId: randomUUID() }));
    expect(outcome).toMatchObject({ status: "error", code: "validation", fieldErrors: { outcomeId: expect.any(Array) } });
    const date = await call(createActionItemAction, coordinator(), itemFields({ dueOn: "2026-02-30" }));
    expect(date).toMatchObject({ status: "error", code: "validation", fieldErrors: { dueOn: ["Enter a real date"] }, values: { title: "Attendance mentors in Year 2" } });
  });

  it("deletes an item with its log after confirmation, back to the plan", async () => {
    const itemId = await createItem();
    const outcome = await call(deleteActionItemAction, coordinator(), { ...holmeWood, itemId });
    expect(outcome).toEqual({ status: "redirect", to: "/p/bradford/areas/holme-wood/action-plan?deleted=1" });
    expect(await db().actionPlanItem.count({ where: { id: itemId } })).toBe(0);
    expect(await db().actionItemUpdate.count({ where: { itemId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "action_item.deleted", entityId: itemId } })).toBe(1);
  });
});

describe("who may change Holme Wood's plan", () => {
  it("refuses the co-ordinator of another area, changing nothing", async () => {
    const itemId = await createItem();
    const other = demo.users["coordinator-mg"]!.id;
    expect(await call(createActionItemAction, other, itemFields())).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(logActionItemUpdateAction, other, { ...holmeWood, itemId, text: "Forged", status: "done" })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(deleteActionItemAction, other, { ...holmeWood, itemId })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(addStatementActionToPlanAction, other, { ...holmeWood, statementId, actionId: actionIds[2]! })).toMatchObject({ status: "error", code: "not_found" });
    // Naming their own area with Holme Wood's item id finds nothing either.
    const ownArea = { partnership: "bradford", area: "manningham-girlington" };
    expect(await call(updateActionItemAction, other, { ...itemFields(), ...ownArea, itemId, outcomeId: "" })).toMatchObject({ status: "error", code: "not_found" });
    expect(await db().actionPlanItem.findFirstOrThrow({ where: { id: itemId } })).toMatchObject({ status: "not_started", title: "Attendance mentors in Year 2" });
  });

  it("lets a member read but not write", async () => {
    expect(await call(createActionItemAction, demo.users.member!.id, itemFields())).toMatchObject({ status: "error", code: "not_found" });
    const ctx = await contextOf("member");
    const items = await db().actionPlanItem.findFirstOrThrow({ where: { areaId } });
    expect(await getActionPlanItem(ctx, areaId, items.id)).not.toBeNull();
  });

  it("answers not found to a Kirklees user", async () => {
    const itemId = await createItem();
    for (const key of ["kirklees-coordinator", "kirklees-admin"]) {
      const user = demo.users[key]!.id;
      expect(await call(createActionItemAction, user, itemFields())).toMatchObject({ status: "error", code: "not_found" });
      expect(await call(logActionItemUpdateAction, user, { ...holmeWood, itemId, text: "Forged" })).toMatchObject({ status: "error", code: "not_found" });
      expect(await call(addDecisionToPlanAction, user, { ...holmeWood, decisionId })).toMatchObject({ status: "error", code: "not_found" });
      // Their own area, with a Bradford item's id.
      expect(await call(deleteActionItemAction, user, { partnership: "kirklees", area: "dewsbury-west", itemId })).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await db().actionPlanItem.count({ where: { id: itemId } })).toBe(1);
  });
});
