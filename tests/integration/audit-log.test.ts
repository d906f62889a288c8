import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAuditEvents, auditFilters, iterateAuditEvents } from "@/lib/audit/query";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createOrganisation } from "@/lib/organisations/services/organisations";
import { seedDemo, type Demo } from "./support/fixtures";

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

async function ctxOf(key: string, slug: string) {
  return (await resolveTenant((await loadActor(demo.users[key]!.id))!, slug))!;
}

describe("audit log", () => {
  it("records a change in the same transaction, and only within its tenant", async () => {
    const ctx = await ctxOf("admin", "bradford");
    await createOrganisation(ctx, { name: "Bierley Community Centre", type: "vcse", urn: null, website: null });
    const bradford = await listAuditEvents(ctx, auditFilters.parse({ action: "organisation." }));
    expect(bradford.rows.map((r) => r.action)).toEqual(["organisation.created"]);
    expect(bradford.rows[0]!.after).toMatchObject({ name: "Bierley Community Centre" });
    const kirklees = await listAuditEvents(await ctxOf("kirklees-admin", "kirklees"), auditFilters.parse({ action: "organisation." }));
    expect(kirklees.total).toBe(0);
  });

  it("shows a member's sign-ins and refusals to their partnership's admins only", async () => {
    await signInWithPassword({ email: "member@bradford.act-locally.test", password: "act-locally-demo" });
    await signInWithPassword({ email: "member@bradford.act-locally.test", password: "wrong" });
    const bradford = await listAuditEvents(await ctxOf("admin", "bradford"), auditFilters.parse({ person: "member@bradford", action: "auth." }));
    expect(bradford.rows.map((r) => r.action).sort()).toEqual(["auth.sign_in", "auth.sign_in_failed"]);
    const kirklees = await listAuditEvents(await ctxOf("kirklees-admin", "kirklees"), auditFilters.parse({ action: "auth." }));
    expect(kirklees.rows.every((r) => r.actorEmail?.endsWith("@kirklees.act-locally.test"))).toBe(true);
    expect(kirklees.rows.some((r) => r.actorEmail === "member@bradford.act-locally.test")).toBe(false);
  });

  it("rolls the audit row back with a failed change", async () => {
    const ctx = await ctxOf("admin", "bradford");
    const before = await db().auditEvent.count();
    await expect(createOrganisation(ctx, { name: "Bierley Community Centre", type: "vcse", urn: null, website: null })).rejects.toMatchObject({
      fieldErrors: { name: [expect.stringMatching(/already exists/)] },
    });
    expect(await db().auditEvent.count()).toBe(before);
  });

  it("filters by person and date, and iterates every matching row for export", async () => {
    const ctx = await ctxOf("admin", "bradford");
    const byPerson = await listAuditEvents(ctx, auditFilters.parse({ person: "ADMIN@bradford" }));
    expect(byPerson.rows.every((r) => r.actorEmail === "admin@bradford.act-locally.test")).toBe(true);
    const future = await listAuditEvents(ctx, auditFilters.parse({ from: "2999-01-01" }));
    expect(future.total).toBe(0);
    const all: unknown[] = [];
    for await (const row of iterateAuditEvents(ctx, auditFilters.parse({}))) all.push(row);
    expect(all.length).toBe((await listAuditEvents(ctx, auditFilters.parse({}))).total);
  });

  it("is refused by the database when anyone tries to change or delete history", async () => {
    const row = await db().auditEvent.findFirstOrThrow({ where: { partnershipId: demo.bradford.id } });
    await expect(db().auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db().auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db().$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow();
    expect((await db().auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe(row.action);
  });
});
