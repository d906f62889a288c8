import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ukToday } from "@/lib/blueprint/today";
import { loadActor, resolveArea, resolveTenant } from "@/lib/tenancy/resolve";
import { emptyStatement } from "@/lib/statement/content";
import { startStatement } from "@/lib/statement/services/start";
import { saveStatementDraft } from "@/lib/statement/services/save";
import { agreeStatement, publishStatement } from "@/lib/statement/services/lifecycle";
import { recordAskResponse } from "@/lib/statement/services/ask-responses";
import { statementCompleteness } from "@/lib/statement/completeness";
import { readStatementContent, type StatementContent } from "@/lib/statement/content";
import { readSharedStatement } from "@/lib/statement/services/share-links";
import { getStatementVersion, getStatementWorkspace } from "@/lib/statement/services/queries";
import { listShareLinks } from "@/lib/statement/services/share-links";
import {
  agreeStatementAction,
  createShareLinkAction,
  publishStatementAction,
  recordAskResponseAction,
  revokeShareLinkAction,
  saveStatementAction,
  startStatementAction,
} from "@/lib/statement/actions";
import { call, seedDemo, type Demo, type Outcome } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

const holmeWood = { partnership: "bradford", area: "holme-wood" };
const coordinator = () => demo.users.coordinator!.id;

async function statementOf(slug = "holme-wood") {
  return db().statementOfIntent.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas[slug]! } });
}
async function versionsOf(statementId: string) {
  return db().statementVersion.findMany({ where: { partnershipId: demo.bradford.id, statementId }, orderBy: { number: "asc" } });
}

/** The editor's field names for a document (components/statement/statement-editor.tsx). */
function formFields(content: StatementContent): Record<string, string> {
  const out: Record<string, string> = {
    title: content.title,
    introduction: content.introduction,
    priority: content.priority,
    mandate: content.mandate,
    academicPartners: content.academicPartners,
  };
  const rows = (section: string, list: Record<string, string | boolean>[]) =>
    list.forEach((row, i) => {
      for (const [field, value] of Object.entries(row)) {
        if (typeof value === "boolean") {
          if (value) out[`${section}.${i}.${field}`] = "on";
        } else out[`${section}.${i}.${field}`] = value;
      }
    });
  rows("whyItMatters", content.whyItMatters);
  rows("voices", content.voices);
  rows("figures", content.figures);
  rows("actions", content.actions);
  rows("outcomes", content.outcomes);
  rows("asks", content.asks);
  rows("academicQuestions", content.academicQuestions);
  rows("partners", content.partners.map((p) => ({ organisationId: p.organisationId })));
  return out;
}

async function save(userId: string, change: (c: StatementContent) => StatementContent, scope = holmeWood, slug = "holme-wood") {
  const s = await statementOf(slug);
  const content = change(readStatementContent(s.content));
  return call(saveStatementAction, userId, { ...scope, statementId: s.id, revision: String(s.revision), ...formFields(content) });
}

function dataOf<T>(outcome: Outcome<T>): T {
  if (outcome.status !== "success") throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome.data as T;
}

async function agreeAndPublish(userId = coordinator()) {
  let s = await statementOf();
  const meeting = await db().meeting.findFirstOrThrow({ where: { areaId: demo.bradford.areas["holme-wood"], kind: "convening" }, orderBy: { date: "asc" } });
  expect(await call(agreeStatementAction, userId, { ...holmeWood, statementId: s.id, revision: String(s.revision), agreedOn: ukToday(), meetingId: meeting.id })).toMatchObject({ status: "success" });
  s = await statementOf();
  const published = await call(publishStatementAction, userId, { ...holmeWood, statementId: s.id, revision: String(s.revision) });
  // Publishing sends the co-ordinator back to the statement page, which announces the new version.
  expect(published).toMatchObject({ status: "redirect", to: expect.stringMatching(/^\/p\/bradford\/areas\/holme-wood\/statement\?published=\d+$/) });
  const number = Number(published.status === "redirect" ? published.to.split("=").pop() : NaN);
  return { meeting, number };
}

describe("the Statement of Intent lifecycle", () => {
  it("publishing freezes a version, and a later edit starts a new draft without changing it", async () => {
    const seeded = await statementOf();
    const [v1] = await versionsOf(seeded.id);
    expect(seeded.state).toBe("published");

    const edited = await save(coordinator(), (c) => ({ ...c, mandate: "Our Holme Wood Convening Partnership is open, transparent and acting together." }));
    expect(edited).toMatchObject({ status: "success", message: expect.stringContaining("draft again") });
    let s = await statementOf();
    expect(s).toMatchObject({ state: "draft", revision: seeded.revision + 1, agreedOn: null });
    expect((await versionsOf(s.id))[0]!.content).toEqual(v1!.content);

    const { meeting, number } = await agreeAndPublish();
    expect(number).toBe(2);
    const versions = await versionsOf(s.id);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[1]).toMatchObject({ agreedAtMeetingId: meeting.id, agreedAtMeeting: meeting.title, publishedById: coordinator() });
    expect(readStatementContent(versions[1]!.content).mandate).toBe("Our Holme Wood Convening Partnership is open, transparent and acting together.");
    s = await statementOf();
    expect(s.state).toBe("published");

    expect(await save(coordinator(), (c) => ({ ...c, mandate: "A later rewording, not yet agreed." }))).toMatchObject({ status: "success" });
    s = await statementOf();
    expect(s.state).toBe("draft");
    const after = await versionsOf(s.id);
    expect(after).toHaveLength(2);
    expect(after[1]!.content).toEqual(versions[1]!.content);
    expect(after[0]!.content).toEqual(v1!.content);

    for (const action of ["statement.saved", "statement.agreed", "statement.published"]) {
      expect(await db().auditEvent.count({ where: { action, entityId: s.id, actorUserId: coordinator() } }), action).toBeGreaterThan(0);
    }
  });

  it("refuses to publish a draft that has not been agreed", async () => {
    const s = await statementOf();
    expect(s.state).toBe("draft");
    const outcome = await call(publishStatementAction, coordinator(), { ...holmeWood, statementId: s.id, revision: String(s.revision) });
    expect(outcome).toMatchObject({ status: "error", code: "conflict" });
    expect(await versionsOf(s.id)).toHaveLength(2);
  });

  it("a save that changes nothing keeps the state and the revision", async () => {
    const before = await statementOf();
    expect(await save(coordinator(), (c) => c)).toMatchObject({ status: "success", message: "No changes to save." });
    expect(await statementOf()).toMatchObject({ revision: before.revision, state: before.state });
  });

  it("the database refuses to change or delete a published version", async () => {
    const s = await statementOf();
    await expect(db().$executeRaw`UPDATE "StatementVersion" SET "content" = '{}'::jsonb WHERE "statementId" = ${s.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(db().$executeRaw`DELETE FROM "StatementVersion" WHERE "statementId" = ${s.id}::uuid`).rejects.toThrow(/immutable/);
    expect(await versionsOf(s.id)).toHaveLength(2);
  });

  it("refuses a save from an older revision, overwriting nothing and keeping the typed text in the form", async () => {
    const s = await statementOf();
    const base = readStatementContent(s.content);
    const fields = (mandate: string) => ({ ...holmeWood, statementId: s.id, revision: String(s.revision), ...formFields({ ...base, mandate }) });
    expect(await call(saveStatementAction, coordinator(), fields("First tab's words."))).toMatchObject({ status: "success" });
    const stale = await call(saveStatementAction, coordinator(), fields("Second tab's words."));
    expect(stale).toMatchObject({ status: "error", code: "conflict", message: expect.stringContaining("Someone saved this statement") });
    expect(stale.status === "error" ? stale.values?.mandate : undefined).toBe("Second tab's words.");
    expect(readStatementContent((await statementOf()).content).mandate).toBe("First tab's words.");
  });

  it("shows validation messages beside the row typed in and changes nothing", async () => {
    const before = await statementOf();
    const outcome = await save(coordinator(), (c) => ({ ...c, voices: [...c.voices, { id: "", quote: "Nobody asked me", role: "Parent", consent: false as unknown as true }] }));
    const index = readStatementContent(before.content).voices.length;
    expect(outcome).toMatchObject({ status: "error", code: "validation", fieldErrors: { [`voices.${index}.consent`]: [`Community voice ${index + 1}: record that the speaker agreed to be quoted`] } });
    expect(outcome.status === "error" ? outcome.values?.[`voices.${index}.quote`] : undefined).toBe("Nobody asked me");
    expect((await statementOf()).revision).toBe(before.revision);
  });

  it("takes partners only from the partnership's own organisations, named as the organisation is", async () => {
    const kirkleesOrg = demo.kirklees.orgs["Kirklees Council"]!;
    const refused = await save(coordinator(), (c) => ({ ...c, partners: [...c.partners, { organisationId: kirkleesOrg, name: "Kirklees Council" }] }));
    expect(refused).toMatchObject({ status: "error", code: "validation", fieldErrors: { partners: [expect.stringContaining("not in this partnership")] } });
    const vcs = demo.bradford.orgs["The VCS Alliance"]!;
    expect(await save(coordinator(), (c) => ({ ...c, partners: [...c.partners, { organisationId: vcs, name: "Forged name" }] }))).toMatchObject({ status: "success" });
    expect(readStatementContent((await statementOf()).content).partners.at(-1)).toEqual({ organisationId: vcs, name: "The VCS Alliance" });
  });
});

describe("responses to asks", () => {
  it("records a response beside the statement without touching a published version", async () => {
    const s = await statementOf();
    const versions = await versionsOf(s.id);
    const ask = readStatementContent(versions[1]!.content).asks[0]!;
    const outcome = await call(recordAskResponseAction, coordinator(), { ...holmeWood, statementId: s.id, askId: ask.id, status: "in_discussion", respondedOn: ukToday(), note: "The council will reply after the budget round." });
    expect(outcome).toMatchObject({ status: "success" });
    const response = await db().statementAskResponse.findUniqueOrThrow({ where: { partnershipId_statementId_askId: { partnershipId: demo.bradford.id, statementId: s.id, askId: ask.id } } });
    expect(response).toMatchObject({ status: "in_discussion", note: "The council will reply after the budget round." });
    expect(await versionsOf(s.id)).toEqual(versions);
    expect(await db().auditEvent.count({ where: { action: "statement.ask_response", entityId: response.id } })).toBe(1);
  });

  it("refuses an ask the statement does not have, and a date in the future", async () => {
    const s = await statementOf();
    const unknown = await call(recordAskResponseAction, coordinator(), { ...holmeWood, statementId: s.id, askId: "7d9e1c1a-0000-4000-8000-000000000000", status: "agreed" });
    expect(unknown).toMatchObject({ status: "error", code: "not_found" });
    const ask = readStatementContent(s.content).asks[0]!;
    const future = await call(recordAskResponseAction, coordinator(), { ...holmeWood, statementId: s.id, askId: ask.id, status: "agreed", respondedOn: "2999-01-01" });
    expect(future).toMatchObject({ status: "error", code: "validation", fieldErrors: { respondedOn: ["The date cannot be in the future"] } });
  });
});

describe("share links", () => {
  it("show the latest published version, never the draft, until revoked", async () => {
    const s = await statementOf();
    const created = dataOf(await call(createShareLinkAction, coordinator(), { ...holmeWood, statementId: s.id }));
    const token = created.path.replace("/s/", "");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const link = await db().statementShareLink.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: created.id } } });
    expect(link.tokenHash).not.toContain(token);
    const events = await db().auditEvent.findMany({ where: { entityId: created.id }, select: { action: true, before: true, after: true } });
    expect(events.map((e) => e.action)).toEqual(["statement.share_link_created"]);
    expect(JSON.stringify(events)).not.toContain(token);

    const published = (await versionsOf(s.id)).at(-1)!;
    const shared = await readSharedStatement(token);
    expect(shared).toMatchObject({ areaName: "Holme Wood", number: published.number });
    expect(shared!.content).toEqual(readStatementContent(published.content));
    expect(Object.keys(shared!).sort()).toEqual(["agreedAtMeeting", "agreedOn", "areaName", "content", "number", "publishedAt"]);

    // The working copy is a draft with other words: the link still shows the published text.
    expect(await save(coordinator(), (c) => ({ ...c, mandate: "Draft words nobody outside should see yet." }))).toMatchObject({ status: "success" });
    const again = await readSharedStatement(token);
    expect(again!.content.mandate).toBe(readStatementContent(published.content).mandate);
    expect(JSON.stringify(again)).not.toContain("Draft words nobody outside should see yet.");

    expect(await call(revokeShareLinkAction, coordinator(), { ...holmeWood, linkId: created.id })).toMatchObject({ status: "success" });
    expect(await readSharedStatement(token)).toBeNull();
    expect(await call(revokeShareLinkAction, coordinator(), { ...holmeWood, linkId: created.id })).toMatchObject({ status: "error", code: "conflict", message: "This link is already revoked: it no longer works." });
    expect(await db().auditEvent.count({ where: { action: "statement.share_link_revoked", entityId: created.id } })).toBe(1);
  });

  it("an unknown or malformed token is not found", async () => {
    expect(await readSharedStatement("A".repeat(43))).toBeNull();
    expect(await readSharedStatement("not-a-token")).toBeNull();
    expect(await readSharedStatement("")).toBeNull();
  });

  it("cannot be made before anything is published", async () => {
    const mg = { partnership: "bradford", area: "manningham-girlington" };
    const coordinatorMg = demo.users["coordinator-mg"]!.id;
    const started = dataOf(await call(startStatementAction, coordinatorMg, mg));
    expect(started.created).toBe(true);
    expect(dataOf(await call(startStatementAction, coordinatorMg, mg))).toEqual({ id: started.id, created: false });
    const outcome = await call(createShareLinkAction, coordinatorMg, { ...mg, statementId: started.id });
    expect(outcome).toMatchObject({ status: "error", code: "conflict" });
    expect(await db().statementShareLink.count({ where: { statementId: started.id } })).toBe(0);
  });
});

describe("starting a statement", () => {
  it("starts from the focus priority, and refuses an area that has none", async () => {
    const s = await statementOf("manningham-girlington");
    const focus = await db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["manningham-girlington"]! } } });
    expect(s.priorityId).toBe(focus.focusPriorityId);
    const content = readStatementContent(s.content);
    expect(content.introduction).toContain("In Manningham & Girlington the Act Locally group have prioritised");
    expect(await call(startStatementAction, coordinator(), { partnership: "bradford", area: "keighley" })).toMatchObject({ status: "error", code: "conflict" });
  });
});

describe("the service functions, as a seed or an import calls them", () => {
  it("create, save, agree, publish and answer an ask without going through a form", async () => {
    const scope = { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! };
    const priority = await db().priority.create({ data: { ...scope, title: "School readiness in the early years", status: "focus", rank: 1 } });
    await db().phaseState.update({ where: { partnershipId_areaId: scope }, data: { focusPriorityId: priority.id } });
    const actor = (await loadActor(coordinator()))!;
    const tenant = (await resolveTenant(actor, "bradford"))!;
    const ctx = { ...tenant, area: (await resolveArea(tenant, "keighley"))! };

    const content = emptyStatement(priority.title, "Keighley");
    const ask = { id: crypto.randomUUID(), text: "We'd like a speech and language therapist in every primary school." };
    const { id } = await startStatement(ctx, { content: { ...content, asks: [ask] } });
    const saved = await saveStatementDraft(ctx, {
      statementId: id,
      revision: 1,
      content: {
        ...content,
        asks: [ask],
        voices: [{ id: crypto.randomUUID(), quote: "Children arrive not ready to learn.", role: "Reception Teacher", consent: true }],
        figures: [{ id: crypto.randomUUID(), figure: "58% reach a good level of development.", source: "EYFS profile", period: "2023-24", indicatorCode: "" }],
        actions: [{ id: crypto.randomUUID(), text: "Run a school readiness programme." }],
        outcomes: [{ id: crypto.randomUUID(), text: "More children ready for school." }],
        partners: [{ organisationId: demo.bradford.orgs["Keighley Central Primary"]!, name: "" }],
      },
    });
    expect(saved).toMatchObject({ revision: 2, state: "draft", changed: true });
    const agreedOn = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const agreed = await agreeStatement(ctx, { statementId: id, revision: 2, agreedOn, meetingId: null });
    expect(agreed.missing).toEqual([]);
    const publishedAt = new Date(Date.now() - 10 * 86_400_000);
    expect(await publishStatement(ctx, { statementId: id, revision: 3 }, { publishedAt })).toMatchObject({ number: 1 });
    await recordAskResponse(ctx, { statementId: id, askId: ask.id, status: "agreed", respondedOn: ukToday(), note: "Funded by the council for a year." });

    const version = await getStatementVersion(tenant, id, 1);
    expect(version).toMatchObject({ number: 1, publishedAt });
    expect(statementCompleteness(version!.content).complete).toBe(true);
    expect(version!.content.partners).toEqual([{ organisationId: demo.bradford.orgs["Keighley Central Primary"], name: "Keighley Central Primary" }]);
    expect(await statementOf("keighley")).toMatchObject({ state: "published", revision: 4, cycle: 1 });
  });
});

describe("tenant and area isolation", () => {
  async function unchanged<T>(work: () => Promise<T>): Promise<T> {
    const before = await db().statementOfIntent.findMany({ where: { partnershipId: demo.bradford.id }, orderBy: { id: "asc" } });
    const versions = await db().statementVersion.count({ where: { partnershipId: demo.bradford.id } });
    const links = await db().statementShareLink.count({ where: { partnershipId: demo.bradford.id } });
    const result = await work();
    expect(await db().statementOfIntent.findMany({ where: { partnershipId: demo.bradford.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db().statementVersion.count({ where: { partnershipId: demo.bradford.id } })).toBe(versions);
    expect(await db().statementShareLink.count({ where: { partnershipId: demo.bradford.id } })).toBe(links);
    return result;
  }

  it("a Kirklees user can neither read, save, publish nor share Bradford's statement", async () => {
    const s = await statementOf();
    const kirklees = demo.users["kirklees-coordinator"]!.id;
    const own = { partnership: "kirklees", area: "dewsbury-west" };
    await unchanged(async () => {
      for (const scope of [holmeWood, own]) {
        const fields = { ...scope, statementId: s.id, revision: String(s.revision) };
        expect(await call(saveStatementAction, kirklees, { ...fields, ...formFields(readStatementContent(s.content)) })).toMatchObject({ status: "error", code: "not_found" });
        expect(await call(agreeStatementAction, kirklees, { ...fields, agreedOn: ukToday() })).toMatchObject({ status: "error", code: "not_found" });
        expect(await call(publishStatementAction, kirklees, fields)).toMatchObject({ status: "error", code: "not_found" });
        expect(await call(createShareLinkAction, kirklees, fields)).toMatchObject({ status: "error", code: "not_found" });
      }
    });
    const actor = (await loadActor(kirklees))!;
    const ctx = (await resolveTenant(actor, "kirklees"))!;
    expect((await getStatementWorkspace(ctx, demo.bradford.areas["holme-wood"]!)).statement).toBeNull();
    expect(await getStatementVersion(ctx, s.id, 1)).toBeNull();
    expect(await listShareLinks(ctx, demo.bradford.areas["holme-wood"]!, s.id)).toEqual([]);
    expect(await resolveTenant(actor, "bradford")).toBeNull();
  });

  it("a co-ordinator of another area, and a member who only reads, cannot write Holme Wood's statement", async () => {
    const s = await statementOf();
    await unchanged(async () => {
      for (const user of [demo.users["coordinator-mg"]!.id, demo.users.member!.id]) {
        const fields = { ...holmeWood, statementId: s.id, revision: String(s.revision) };
        expect(await call(saveStatementAction, user, { ...fields, ...formFields(readStatementContent(s.content)) })).toMatchObject({ status: "error", code: "not_found" });
        expect(await call(publishStatementAction, user, fields)).toMatchObject({ status: "error", code: "not_found" });
        expect(await call(createShareLinkAction, user, fields)).toMatchObject({ status: "error", code: "not_found" });
      }
    });
  });

  it("refuses a forged id of another area's statement, even from its own area", async () => {
    const s = await statementOf();
    const link = dataOf(await call(createShareLinkAction, coordinator(), { ...holmeWood, statementId: s.id }));
    const mg = { partnership: "bradford", area: "manningham-girlington" };
    const coordinatorMg = demo.users["coordinator-mg"]!.id;
    await unchanged(async () => {
      const fields = { ...mg, statementId: s.id, revision: String(s.revision) };
      expect(await call(publishStatementAction, coordinatorMg, fields)).toMatchObject({ status: "error", code: "not_found" });
      expect(await call(agreeStatementAction, coordinatorMg, { ...fields, agreedOn: ukToday() })).toMatchObject({ status: "error", code: "not_found" });
      expect(await call(saveStatementAction, coordinatorMg, { ...fields, ...formFields(readStatementContent(s.content)) })).toMatchObject({ status: "error", code: "not_found" });
      expect(await call(createShareLinkAction, coordinatorMg, fields)).toMatchObject({ status: "error", code: "not_found" });
      expect(await call(revokeShareLinkAction, coordinatorMg, { ...mg, linkId: link.id })).toMatchObject({ status: "error", code: "not_found" });
      const ask = readStatementContent(s.content).asks[0]!;
      expect(await call(recordAskResponseAction, coordinatorMg, { ...mg, statementId: s.id, askId: ask.id, status: "declined" })).toMatchObject({ status: "error", code: "not_found" });
    });
  });
});
