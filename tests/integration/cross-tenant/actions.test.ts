import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_USERS } from "@/prisma/seed";
import { call, seedDemo, type Demo } from "../support/fixtures";
import { discoverActions, type DiscoveredAction } from "../support/action-modules";

vi.mock("@/lib/action/runtime", () => import("../support/action-runtime"));

let demo: Demo;
let actions: DiscoveredAction[];
let unwrapped: string[];

beforeAll(async () => {
  demo = await seedDemo();
  ({ actions, unwrapped } = await discoverActions());
});

/** Counts of every tenant-owned table, to prove a refused call changed nothing. */
async function snapshot(): Promise<string> {
  const tables = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'partnershipId' AND table_name <> 'AuditEvent'`;
  const counts: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" WHERE "partnershipId" = $1::uuid`, demo.bradford.id);
    counts.push(`${table_name}=${row!.n}`);
  }
  return counts.sort().join(",");
}

describe("every exported server action", () => {
  it("is built with the one action wrapper", () => {
    expect(unwrapped).toEqual([]);
    expect(actions.length).toBeGreaterThan(5);
  });

  it("answers 404 to members of another partnership, for every role there, and changes nothing", async () => {
    const before = await snapshot();
    const outsiders = DEMO_USERS.filter((u) => u.partnership === "kirklees").map((u) => demo.users[u.key]!.id);
    const failures: string[] = [];
    for (const { file, exportName, action, meta } of actions) {
      if (meta.scope === "public") continue;
      for (const userId of outsiders) {
        const outcome = await call(action, userId, {
          partnership: "bradford",
          area: "holme-wood",
          // Plausible values for common fields, so a refusal cannot be blamed on validation.
          name: "Forged", title: "Forged", email: "forged@example.org", role: "member", type: "vcse",
          areaId: demo.bradford.areas["holme-wood"], organisationId: demo.bradford.orgs["The VCS Alliance"],
        });
        if (outcome.status !== "error" || outcome.code !== "not_found") failures.push(`${file}#${exportName} as ${userId}: ${JSON.stringify(outcome)}`);
        else if (JSON.stringify(outcome).match(/bradford|holme/i)) failures.push(`${file}#${exportName} leaks tenant text: ${JSON.stringify(outcome)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("answers 404 to a signed-out caller and to a forged partnership claim", async () => {
    const failures: string[] = [];
    for (const { file, exportName, action, meta } of actions) {
      if (meta.scope === "public") continue;
      const signedOut = await call(action, null, { partnership: "bradford", area: "holme-wood" });
      if (signedOut.status !== "error" || signedOut.code !== "unauthenticated") failures.push(`${file}#${exportName} signed out: ${JSON.stringify(signedOut)}`);
      const nonsense = await call(action, demo.users.admin!.id, { partnership: "no-such-tenant", area: "nowhere" });
      if (nonsense.status !== "error" || nonsense.code !== "not_found") failures.push(`${file}#${exportName} unknown tenant: ${JSON.stringify(nonsense)}`);
    }
    expect(failures).toEqual([]);
  });

  it("refuses platform actions to everyone but platform admins", async () => {
    for (const { action, meta } of actions.filter((a) => a.meta.scope === "platform")) {
      const outcome = await call(action, demo.users.admin!.id, { name: "Leeds", adminEmail: "a@example.org", email: "member@bradford.act-locally.test", active: "false" });
      expect(outcome, meta.name).toMatchObject({ status: "error", code: "not_found" });
    }
  });

  it("keeps area-scoped actions to the areas the member is scoped to", async () => {
    const coordinatorMg = demo.users["coordinator-mg"]!.id;
    for (const { action, meta } of actions.filter((a) => a.meta.scope === "area" && a.meta.capability === "area.write")) {
      const outcome = await call(action, coordinatorMg, { partnership: "bradford", area: "holme-wood" });
      expect(outcome, meta.name).toMatchObject({ status: "error", code: "not_found" });
    }
  });
});
