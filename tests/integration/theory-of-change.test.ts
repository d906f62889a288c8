import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { readTheoryContent, type TheoryContent } from "@/lib/theory-of-change/content";
import { getAreaTheoryWorkspace, getPartnershipTheory, getTheoryVersion } from "@/lib/theory-of-change/services/queries";
import { saveAreaTheoryAction, savePartnershipTheoryAction } from "@/lib/theory-of-change/actions";
import { loadPhase3Records } from "@/lib/blueprint/services/phase3-snapshot";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

const mg = { partnership: "bradford", area: "manningham-girlington" };
const holmeWood = { partnership: "bradford", area: "holme-wood" };
const user = (key: string) => demo.users[key]!.id;

/** The editor's field names (components/theory-of-change/theory-editor.tsx). */
function fields(content: TheoryContent, baseVersion: number, changeNote = ""): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { baseVersion: String(baseVersion), changeNote, focus: content.focus, vision: content.vision, mission: content.mission };
  for (const key of ["waysOfWorking", "activities", "outcomes", "impacts"] as const) {
    content[key].forEach((n, i) => {
      out[`${key}.${i}.id`] = n.id;
      out[`${key}.${i}.text`] = n.text;
      if (n.leadsTo.length) out[`${key}.${i}.leadsTo`] = n.leadsTo;
    });
  }
  content.outcomes.forEach((n, i) => (out[`outcomes.${i}.indicatorCodes`] = n.indicatorCodes.join(", ")));
  for (const key of ["assumptions", "foundations"] as const) {
    content[key].forEach((n, i) => {
      out[`${key}.${i}.id`] = n.id;
      out[`${key}.${i}.text`] = n.text;
    });
  }
  return out;
}

/** A small, complete theory: every activity and outcome leads on. */
function smallTheory(): TheoryContent {
  const [w, a, o, i] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  return {
    focus: "Attendance",
    waysOfWorking: [{ id: w, text: "Schools lead, services come to them", leadsTo: [a] }],
    activities: [{ id: a, text: "A family worker in each school", leadsTo: [o] }],
    outcomes: [{ id: o, text: "Fewer children persistently absent", leadsTo: [i], indicatorCodes: ["PERSISTENT-ABSENCE"] }],
    impacts: [{ id: i, text: "Better life chances", leadsTo: [] }],
    assumptions: [{ id: randomUUID(), text: "Families trust their school" }],
    foundations: [],
    vision: "Every child in school, every day.",
    mission: "",
  };
}

async function areaTheory(slug: string) {
  return db().theoryOfChange.findFirst({
    where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas[slug]! },
    include: { versions: { orderBy: { number: "asc" } } },
  });
}

async function tenantCtx(userKey: string, slug: string) {
  const actor = (await loadActor(user(userKey)))!;
  return (await resolveTenant(actor, slug, { requestId: "test" }))!;
}

describe("an area's theory of change", () => {
  it("saves a first version from the form, keeping the browser's ids and links, and meets the checklist rule", async () => {
    const theory = smallTheory();
    const forged = { ...mg, ...fields(theory, 0), "activities.0.leadsTo": [theory.outcomes[0]!.id, theory.impacts[0]!.id, randomUUID()] };
    const saved = await call(saveAreaTheoryAction, user("coordinator-mg"), forged);
    expect(saved).toMatchObject({ status: "success", message: "Saved as version 1." });

    const row = await areaTheory("manningham-girlington");
    expect(row?.versions).toHaveLength(1);
    const content = readTheoryContent(row!.versions[0]!.content);
    expect(content.waysOfWorking[0]!.id).toBe(theory.waysOfWorking[0]!.id);
    // A link that skips a column, or to nothing, is dropped; the real one stays.
    expect(content.activities[0]!.leadsTo).toEqual([theory.outcomes[0]!.id]);
    expect(content.outcomes[0]!.indicatorCodes).toEqual(["PERSISTENT-ABSENCE"]);

    const phase = await db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["manningham-girlington"]! } } });
    const records = await loadPhase3Records(db(), { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["manningham-girlington"]! }, phase.cycle);
    expect(records.theoryOfChange).toEqual({ missing: [], versions: 1 });
    expect(await auditCount({ action: "theory_of_change.saved", partnershipId: demo.bradford.id })).toBe(1);
  });

  it("asks what changed and why for every later version, and keeps the earlier one as it was", async () => {
    const before = await areaTheory("manningham-girlington");
    const first = readTheoryContent(before!.versions[0]!.content);
    const changed = { ...first, vision: "Every child in school, every day, ready to learn." };

    const noNote = await call(saveAreaTheoryAction, user("coordinator-mg"), { ...mg, ...fields(changed, 1) });
    expect(noNote).toMatchObject({ status: "error", code: "validation", fieldErrors: { changeNote: [expect.stringContaining("Say what changed and why")] } });
    expect(noNote.status === "error" ? noNote.values?.vision : undefined).toBe(changed.vision);

    const saved = await call(saveAreaTheoryAction, user("coordinator-mg"), { ...mg, ...fields(changed, 1, "The symposium asked for readiness to learn.") });
    expect(saved).toMatchObject({ status: "success", message: "Saved as version 2." });
    const after = await areaTheory("manningham-girlington");
    expect(after!.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(after!.versions[0]!.content).toEqual(before!.versions[0]!.content);
    expect(after!.versions[1]!.changeNote).toBe("The symposium asked for readiness to learn.");
  });

  it("writes nothing when nothing changed, and refuses a save from an older version", async () => {
    const row = await areaTheory("manningham-girlington");
    const latest = readTheoryContent(row!.versions.at(-1)!.content);
    expect(await call(saveAreaTheoryAction, user("coordinator-mg"), { ...mg, ...fields(latest, 2, "Nothing really") })).toMatchObject({ status: "success", message: "No changes to save." });

    const stale = await call(saveAreaTheoryAction, user("coordinator-mg"), { ...mg, ...fields({ ...latest, vision: "From an old tab" }, 1, "Old tab") });
    expect(stale).toMatchObject({ status: "error", code: "conflict", message: expect.stringContaining("Someone saved a new version") });
    expect((await areaTheory("manningham-girlington"))!.versions).toHaveLength(2);
  });

  it("says which row is wrong and saves nothing", async () => {
    const theory = smallTheory();
    const outcome = await call(saveAreaTheoryAction, user("coordinator-mg"), { ...mg, ...fields(theory, 2, "More"), "activities.1.text": "", "activities.1.indicatorCodes": "", "outcomes.0.text": "x".repeat(601) });
    expect(outcome).toMatchObject({ status: "error", code: "validation", fieldErrors: { "outcomes.0.text": ["Outcome 1: keep each entry under 600 characters"] } });
    expect((await areaTheory("manningham-girlington"))!.versions).toHaveLength(2);
  });

  it("the database refuses to change or delete a saved version", async () => {
    const row = await areaTheory("manningham-girlington");
    await expect(db().$executeRaw`UPDATE "TheoryOfChangeVersion" SET "content" = '{}'::jsonb WHERE "theoryId" = ${row!.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(db().$executeRaw`DELETE FROM "TheoryOfChangeVersion" WHERE "theoryId" = ${row!.id}::uuid`).rejects.toThrow(/immutable/);
    expect((await areaTheory("manningham-girlington"))!.versions).toHaveLength(2);
  });

  it("only a co-ordinator of the area may write it", async () => {
    const theory = smallTheory();
    const before = (await areaTheory("holme-wood"))!.versions.length;
    for (const key of ["coordinator-mg", "board", "member", "research", "admin"]) {
      const outcome = await call(saveAreaTheoryAction, user(key), { ...holmeWood, ...fields(theory, before, "Forged") });
      expect(outcome, key).toMatchObject({ status: "error" });
      expect(outcome.status === "error" ? outcome.code : "", key).toMatch(/not_found|forbidden/);
    }
    expect((await areaTheory("holme-wood"))!.versions).toHaveLength(before);
  });
});

describe("the partnership's theory of change", () => {
  it("is seeded for Bradford from the guide's section 3", async () => {
    const theory = await getPartnershipTheory(await tenantCtx("board", "bradford"));
    expect(theory?.latest.content.waysOfWorking).toHaveLength(8);
    expect(theory?.latest.content.waysOfWorking[0]!.text).toMatch(/^Challenging and supporting/);
    expect(theory?.latest.content.vision).toMatch(/^By 2040/);
  });

  it("only the partnership admin may change it", async () => {
    const ctx = await tenantCtx("admin", "bradford");
    const theory = (await getPartnershipTheory(ctx))!;
    const next = { ...theory.latest.content, vision: `${theory.latest.content.vision} Refreshed.` };
    for (const key of ["coordinator", "board"]) {
      expect(await call(savePartnershipTheoryAction, user(key), { partnership: "bradford", ...fields(next, theory.latest.number, "Forged") }), key).toMatchObject({ status: "error" });
    }
    expect(await call(savePartnershipTheoryAction, user("admin"), { partnership: "bradford", ...fields(next, theory.latest.number, "Board review") })).toMatchObject({
      status: "success",
      message: "Saved as version 2.",
    });
  });

  it("two first saves at once make one theory with one first version", async () => {
    const both = await Promise.all([
      call(savePartnershipTheoryAction, user("kirklees-admin"), { partnership: "kirklees", ...fields(smallTheory(), 0) }),
      call(savePartnershipTheoryAction, user("kirklees-admin"), { partnership: "kirklees", ...fields(smallTheory(), 0) }),
    ]);
    expect(both.map((o) => (o.status === "error" ? o.code : o.status)).sort()).toEqual(["conflict", "success"]);
    const rows = await db().theoryOfChange.findMany({ where: { partnershipId: demo.kirklees.id, scope: "partnership" }, include: { versions: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.versions).toHaveLength(1);
  });
});

describe("across tenants", () => {
  it("a Kirklees user can read none of Bradford's theories of change, by id or by area", async () => {
    const kirklees = await tenantCtx("kirklees-admin", "kirklees");
    const bradfordTheories = await db().theoryOfChange.findMany({ where: { partnershipId: demo.bradford.id } });
    expect(bradfordTheories.length).toBeGreaterThan(1);
    for (const t of bradfordTheories) expect(await getTheoryVersion(kirklees, t.id, 1)).toBeNull();
    const workspace = await getAreaTheoryWorkspace(kirklees, demo.bradford.areas["holme-wood"]!);
    expect(workspace).toEqual({ focus: null, theory: null, outcomesLinkedToActions: 0 });
    expect(JSON.stringify(await getPartnershipTheory(kirklees))).not.toMatch(/Bradford|CAER/);
  });

  it("a Kirklees user's forged save names Bradford and is not found", async () => {
    const before = await db().theoryOfChangeVersion.count({ where: { partnershipId: demo.bradford.id } });
    for (const [action, claim] of [
      [saveAreaTheoryAction, holmeWood],
      [savePartnershipTheoryAction, { partnership: "bradford" }],
    ] as const) {
      const outcome = await call(action, user("kirklees-admin"), { ...claim, ...fields(smallTheory(), 1, "Forged") });
      expect(outcome).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await db().theoryOfChangeVersion.count({ where: { partnershipId: demo.bradford.id } })).toBe(before);
  });
});
