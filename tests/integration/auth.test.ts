import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword, MAX_FAILED_SIGN_INS } from "@/lib/auth/sign-in";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { DEMO_PASSWORD } from "@/prisma/seed";
import { seedDemo, type Demo } from "./support/fixtures";

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

describe("sign-in", () => {
  it("signs in with the right password and audits it", async () => {
    const outcome = await signInWithPassword({ email: "Board@Bradford.act-locally.test ", password: DEMO_PASSWORD });
    expect(outcome).toEqual({ ok: true, userId: demo.users.board!.id });
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in", actorUserId: demo.users.board!.id } })).toBe(1);
  });

  it("gives the same answer for an unknown account and a wrong password", async () => {
    const unknown = await signInWithPassword({ email: "nobody@example.org", password: "whatever-it-is" });
    const wrong = await signInWithPassword({ email: "member@bradford.act-locally.test", password: "not-the-password" });
    expect(unknown).toMatchObject({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("throttles the eleventh attempt after ten failures in five minutes, even with the right password", async () => {
    const email = "research@bradford.act-locally.test";
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await signInWithPassword({ email, password: `wrong-${i}` })).toMatchObject({ ok: false, reason: "invalid" });
    }
    const throttled = await signInWithPassword({ email, password: DEMO_PASSWORD });
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    if (!throttled.ok) expect(throttled.message).toMatch(/Too many failed sign-in attempts.*Wait \d+ minutes?/);
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_failed", actorEmail: email } })).toBe(MAX_FAILED_SIGN_INS);
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_throttled", actorEmail: email } })).toBe(1);
    // Another account is not affected.
    expect(await signInWithPassword({ email: "admin@bradford.act-locally.test", password: DEMO_PASSWORD })).toMatchObject({ ok: true });
  });

  it("cannot be raced past the limit by concurrent guesses", async () => {
    const email = "admin@kirklees.act-locally.test";
    await Promise.all(Array.from({ length: 14 }, (_, i) => signInWithPassword({ email, password: `guess-${i}` })));
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_failed", actorEmail: email } })).toBe(MAX_FAILED_SIGN_INS);
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_throttled", actorEmail: email } })).toBe(4);
  });

  it("denies a deactivated user and ends their access on the next request", async () => {
    const id = demo.users["kirklees-coordinator"]!.id;
    expect(await loadActor(id)).not.toBeNull();
    await db().user.update({ where: { id }, data: { deactivatedAt: new Date() } });
    expect(await loadActor(id)).toBeNull();
    const outcome = await signInWithPassword({ email: "coordinator@kirklees.act-locally.test", password: DEMO_PASSWORD });
    expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_denied", entityId: id } })).toBe(1);
  });

  it("resolves a tenant only for its members", async () => {
    const bradfordAdmin = (await loadActor(demo.users.admin!.id))!;
    expect(await resolveTenant(bradfordAdmin, "bradford")).toMatchObject({ partnershipId: demo.bradford.id, areaIds: "all" });
    expect(await resolveTenant(bradfordAdmin, "kirklees")).toBeNull();
    expect(await resolveTenant(bradfordAdmin, "no-such-partnership")).toBeNull();
    const member = (await loadActor(demo.users.member!.id))!;
    expect((await resolveTenant(member, "bradford"))?.areaIds).toEqual([demo.bradford.areas["holme-wood"]]);
  });
});
