import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { keptRead, keptUnder } from "@/lib/db/read-cache";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { addAssetAction } from "@/lib/blueprint/actions";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { call, seedDemo, type Demo } from "./support/fixtures";
import { tenantContext } from "./support/uploads";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

const snapshot = async () => (await db().$queryRaw<[{ s: string }]>`SELECT pg_current_snapshot()::text AS s`)[0].s;
/**
 * The snapshot is the whole server's: on a shared server other test files' writes move it too.
 * So run `round` until one starts and ends within one unchanged snapshot, and only then check
 * what it returns: what was kept is only seen in such a round.
 */
async function withinOneSnapshot(round: () => Promise<() => void>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const before = await snapshot();
    const check = await round();
    if ((await snapshot()) === before) return check();
  }
  throw new Error("no round of reads stayed within one database snapshot");
}
const assets = (areaId: string) => db().asset.count({ where: { partnershipId: demo.bradford.id, areaId } });

describe("page data kept between requests", () => {
  it("is served again only while the database is unchanged, and a write anywhere makes the next request load afresh", async () => {
    const ctx = await tenantContext(demo.users.coordinator!.id);
    const hw = demo.bradford.areas["holme-wood"]!;
    let loads = 0;
    const read = () => keptRead(ctx, "assets", [hw], async () => (loads++, { assets: await assets(hw) }));
    const first = await read();
    // Read twice within one unchanged snapshot: the second must not load.
    await withinOneSnapshot(async () => {
      await read();
      const loadsAfterFirst = loads;
      expect(await read()).toEqual(first);
      return () => expect(loads).toBe(loadsAfterFirst);
    });
    const loadsBeforeWrite = loads;

    expect(await call(addAssetAction, demo.users.coordinator!.id, { partnership: "bradford", area: "holme-wood", name: "Kept-read youth club", type: "vcse" })).toMatchObject({ status: "success" });
    expect(await read()).toEqual({ assets: first.assets + 1 });
    expect(loads).toBe(loadsBeforeWrite + 1);
  });

  it("never gives one member's value to another, even for the same loader and arguments", async () => {
    const hw = demo.bradford.areas["holme-wood"]!;
    const coordinator = await tenantContext(demo.users.coordinator!.id);
    const board = await tenantContext(demo.users.board!.id);
    await withinOneSnapshot(async () => {
      await keptRead(coordinator, "whose", [hw], async () => "the co-ordinator's");
      expect(await keptRead(board, "whose", [hw], async () => "the board member's")).toBe("the board member's");
      const again = await keptRead(coordinator, "whose", [hw], async () => "loaded again");
      return () => expect(again).toBe("the co-ordinator's");
    });
  });

  it("hands out a copy, so a page that edits what it got cannot change what the next request sees", async () => {
    const ctx = await tenantContext(demo.users.board!.id);
    const hw = demo.bradford.areas["holme-wood"]!;
    const view = await keptRead(ctx, "blueprint", [hw], () => getBlueprintView(ctx, hw));
    const phase = view.currentPhase;
    const again = await keptRead(ctx, "blueprint", [hw], () => getBlueprintView(ctx, hw));
    again.currentPhase = 99;
    again.phases.length = 0;
    const third = await keptRead(ctx, "blueprint", [hw], () => getBlueprintView(ctx, hw));
    expect(third.currentPhase).toBe(phase);
    expect(third.phases.length).toBeGreaterThan(0);
  });

  it("keeps who is signed in and their membership only until a deactivation or a removal is written", async () => {
    const id = demo.users.member!.id;
    const actor = () => keptUnder(["actor", id], () => loadActor(id));
    const signedIn = (await actor())!;
    expect(signedIn).toMatchObject({ id });
    expect(await keptUnder(["tenant", signedIn, "bradford"], () => resolveTenant(signedIn, "bradford"))).toMatchObject({ partnershipId: demo.bradford.id });

    await db().membership.deleteMany({ where: { partnershipId: demo.bradford.id, userId: id } });
    expect(await keptUnder(["tenant", signedIn, "bradford"], () => resolveTenant(signedIn, "bradford"))).toBeNull();
    await db().user.update({ where: { id }, data: { deactivatedAt: new Date() } });
    expect(await actor()).toBeNull();
  });
});
