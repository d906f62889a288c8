import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { advancePhaseAction, attestItemAction, rankPrioritiesAction, startNextCycleAction, waiveItemAction, withdrawWaiverAction } from "@/lib/blueprint/actions";
import { call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

const bradford = { partnership: "bradford" };
async function phaseOf(slug: string) {
  return db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas[slug]! } } });
}
async function moves(slug: string) {
  return db().auditEvent.count({ where: { action: "blueprint.phase.advanced", areaId: demo.bradford.areas[slug]!, actorUserId: { not: null }, createdAt: { gt: new Date(Date.now() - 60_000) } } });
}

describe("the phase gate", () => {
  it("refuses a forged advance with unmet items, naming them, and changes nothing", async () => {
    const outcome = await call(advancePhaseAction, demo.users.coordinator!.id, { ...bradford, area: "keighley", fromPhase: "1" });
    expect(outcome).toMatchObject({ status: "error", code: "conflict" });
    const message = outcome.status === "error" ? outcome.message : "";
    expect(message).toContain("Secure buy-in and backing from the strategic partnership (Not confirmed by a co-ordinator yet)");
    expect(message).toContain("Map area assets and allies (3 assets and allies wanted: 1 so far)");
    expect((await phaseOf("keighley")).currentPhase).toBe(1);
  });

  it("lets a board member waive a required item with a reason, but not a co-ordinator", async () => {
    const fields = { ...bradford, area: "manningham-girlington", itemKey: "p2.barriers", reason: "Barriers were mapped with the council in the spring workshop" };
    expect(await call(waiveItemAction, demo.users["coordinator-mg"]!.id, fields)).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(waiveItemAction, demo.users.board!.id, fields)).toMatchObject({ status: "success" });
    const mark = await db().checklistItemState.findFirstOrThrow({ where: { areaId: demo.bradford.areas["manningham-girlington"], itemKey: "p2.barriers" } });
    expect(mark).toMatchObject({ waivedById: demo.users.board!.id, waiverReason: fields.reason });
    expect(await db().auditEvent.count({ where: { action: "blueprint.item.waived", actorUserId: demo.users.board!.id } })).toBe(1);
  });

  it("refuses to tick a derived item by hand, and to waive an optional one", async () => {
    const tick = await call(attestItemAction, demo.users.coordinator!.id, { ...bradford, area: "keighley", itemKey: "p1.assets", note: "We have lots of assets" });
    expect(tick).toMatchObject({ status: "error", code: "conflict" });
    const optional = await call(waiveItemAction, demo.users.board!.id, { ...bradford, area: "holme-wood", itemKey: "p3.commissioners", reason: "Not needed for this focus issue" });
    expect(optional).toMatchObject({ status: "error", code: "conflict" });
  });

  it("advances exactly once when two tabs advance at the same moment", async () => {
    const mg = { ...bradford, area: "manningham-girlington" };
    const coordinator = demo.users["coordinator-mg"]!.id;
    // Complete phase 2: a third focus priority ranked (the barrier was waived above).
    const candidates = await db().priority.findMany({ where: { areaId: demo.bradford.areas["manningham-girlington"] }, orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] });
    expect(await call(rankPrioritiesAction, coordinator, { ...mg, priorityIds: candidates.map((p) => p.id) })).toMatchObject({ status: "success" });
    expect(await call(attestItemAction, coordinator, { ...mg, itemKey: "p2.purpose", note: "Shared at the symposium" })).toMatchObject({ status: "success" });

    const [a, b] = await Promise.all([call(advancePhaseAction, coordinator, { ...mg, fromPhase: "2" }), call(advancePhaseAction, coordinator, { ...mg, fromPhase: "2" })]);
    expect([a.status, b.status].sort()).toEqual(["error", "success"]);
    expect((await phaseOf("manningham-girlington")).currentPhase).toBe(3);
    expect(await moves("manningham-girlington")).toBe(1);
  });

  it("keeps a co-ordinator of one area out of another area's gate", async () => {
    const outcome = await call(advancePhaseAction, demo.users["coordinator-mg"]!.id, { ...bradford, area: "holme-wood", fromPhase: "3" });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
  });

  it("withdrawing a waiver closes the gate again", async () => {
    const area = { ...bradford, area: "holme-wood" };
    const board = demo.users.board!.id;
    // Holme Wood's seeded records meet every phase 3 item but the convening partnership's confirmation.
    for (const itemKey of ["p3.statement", "p3.action-plan", "p3.theory-of-change", "p3.community-budget", "p3.convening-partnership"]) {
      expect(await call(waiveItemAction, board, { ...area, itemKey, reason: "Recorded outside the platform for the pilot" })).toMatchObject({ status: "success" });
    }
    expect(await call(withdrawWaiverAction, board, { ...area, itemKey: "p3.convening-partnership" })).toMatchObject({ status: "success" });
    const refused = await call(advancePhaseAction, demo.users.coordinator!.id, { ...area, fromPhase: "3" });
    expect(refused).toMatchObject({ status: "error", code: "conflict" });
    expect(refused.status === "error" ? refused.message : "").toContain("Establish the convening partnership");
  });
});

describe("the next cycle", () => {
  it("after phase 5 moves the focus to the next ranked priority and returns to phase 3", async () => {
    const key = { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } };
    const before = await db().phaseState.update({ where: key, data: { currentPhase: 5 } });
    const outcome = await call(startNextCycleAction, demo.users.coordinator!.id, { ...bradford, area: "holme-wood", fromCycle: "1" });
    expect(outcome).toMatchObject({ status: "success" });
    const after = await db().phaseState.findUniqueOrThrow({ where: key });
    expect(after).toMatchObject({ cycle: 2, currentPhase: 3 });
    const focus = await db().priority.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: after.focusPriorityId! } } });
    expect(focus.rank).toBe(2);
    expect(after.focusPriorityId).not.toBe(before.focusPriorityId);
    // A replayed request finds the cycle already started.
    expect(await call(startNextCycleAction, demo.users.coordinator!.id, { ...bradford, area: "holme-wood", fromCycle: "1" })).toMatchObject({ status: "error", code: "conflict" });
  });
});
