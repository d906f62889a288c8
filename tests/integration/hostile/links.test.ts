import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { viewInvitation } from "@/lib/invitations/services/accept-invitation";
import { inviteMemberAction, revokeInvitationAction } from "@/lib/members/actions";
import { createShareLinkAction, revokeShareLinkAction } from "@/lib/statement/actions";
import { readSharedStatement } from "@/lib/statement/services/share-links";
import { submitPublicApplicationAction } from "@/lib/budget/actions";
import { getPublicRound } from "@/lib/budget/services/public-applications";
import { call, seedDemo, type Demo, type Outcome } from "../support/fixtures";
import { changedTables, DEVELOPER_WORDS, fingerprint } from "./support/corpus";

vi.mock("@/lib/action/runtime", () => import("../support/action-runtime"));

/**
 * Dead, reused and forged links (issue 9 item 5): invitation links, statement share links and
 * public funding-round application links. Each is refused with a plain message (or, for a page,
 * answers as a missing page does) and writes nothing: no row of either tenant changes.
 *
 * Covered elsewhere: an expired and a revoked invitation, a reused one and two tabs accepting
 * at once (partnership-admin.test.ts); a revoked and a malformed share link (statement.test.ts);
 * a guessed application token and a round with the panel (budget.test.ts). Here each kind of
 * dead link is also checked for its message and for leaving every table as it was.
 * A share link has no expiry (it works until revoked), so there is no expired case for it.
 */
let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

const bradford = { partnership: "bradford" };
const hw = { partnership: "bradford", area: "holme-wood" };

/** Calls the action and expects it refused plainly, with every tenant table as it was. */
async function refusedUnchanged(run: () => Promise<Outcome<unknown>>): Promise<{ code?: string; message: string }> {
  const before = await fingerprint();
  const outcome = await run();
  expect(outcome.status).toBe("error");
  if (outcome.status !== "error") throw new Error("accepted");
  expect(outcome.code).not.toBe("unexpected");
  for (const m of [outcome.message, ...Object.values(outcome.fieldErrors ?? {}).flat()]) expect(m).not.toMatch(DEVELOPER_WORDS);
  expect(changedTables(before, await fingerprint())).toEqual([]);
  return { code: outcome.code, message: [outcome.message, ...Object.values(outcome.fieldErrors ?? {}).flat()].join(" ") };
}

describe("invitation links", () => {
  const DEAD = { code: "not_found", message: expect.stringContaining("This invitation link has expired, has already been used or was withdrawn") };

  async function invite(email: string): Promise<{ id: string; token: string }> {
    const invited = await call(inviteMemberAction, demo.users.admin!.id, { ...bradford, email, role: "member", areaId: demo.bradford.areas["holme-wood"] });
    if (invited.status !== "success") throw new Error("invite failed");
    return { id: invited.data!.id, token: invited.data!.link.split("/invitations/")[1]! };
  }
  const accept = (token: string, name = "Link Holder") => () => call(acceptInvitationAction, null, { token, name, password: "a long enough password" });

  it("refuses an expired, a used and a withdrawn link plainly, and the page answers as a missing one", async () => {
    const expired = await invite("expired.link@example.org");
    await db().invitation.updateMany({ where: { email: "expired.link@example.org" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const used = await invite("used.link@example.org");
    expect(await accept(used.token)()).toMatchObject({ status: "redirect" });
    const withdrawn = await invite("withdrawn.link@example.org");
    expect(await call(revokeInvitationAction, demo.users.admin!.id, { ...bradford, invitationId: withdrawn.id })).toMatchObject({ status: "success" });

    for (const link of [expired, used, withdrawn]) {
      expect(await refusedUnchanged(accept(link.token, "Someone Else"))).toEqual(DEAD);
      expect(await viewInvitation(link.token)).toBeNull();
    }
    expect(await db().user.count({ where: { email: { in: ["expired.link@example.org", "withdrawn.link@example.org"] } } })).toBe(0);
  });

  it("refuses a forged token, well-formed or not, without a developer's words", async () => {
    expect(await refusedUnchanged(accept(randomBytes(32).toString("base64url")))).toEqual(DEAD);
    for (const forged of ["short", "x".repeat(201), "../../etc/passwd"]) {
      // Not a token the product issues (the page only ever renders one that works): refused by its shape.
      expect(await refusedUnchanged(accept(forged))).toMatchObject({ code: "validation" });
      expect(await viewInvitation(forged)).toBeNull();
    }
  });

  it("withdraws once when three tabs withdraw at once; the others, and a replay, are told it is already withdrawn", async () => {
    const link = await invite("withdrawn.twice@example.org");
    const outcomes = await Promise.all([1, 2, 3].map(() => call(revokeInvitationAction, demo.users.admin!.id, { ...bradford, invitationId: link.id })));
    expect(outcomes.filter((o) => o.status === "success")).toHaveLength(1);
    const ALREADY = { code: "conflict", message: "This invitation is already withdrawn: its link no longer works." };
    expect(outcomes.filter((o) => o.status === "error")).toEqual(Array(2).fill(expect.objectContaining(ALREADY)));
    expect(await refusedUnchanged(() => call(revokeInvitationAction, demo.users.admin!.id, { ...bradford, invitationId: link.id }))).toEqual(ALREADY);
    expect(await db().auditEvent.count({ where: { action: "invitation.revoked", entityId: link.id } })).toBe(1);
  });

  it("refuses to withdraw an invitation already accepted, saying what to do instead", async () => {
    const link = await invite("accepted.first@example.org");
    expect(await accept(link.token)()).toMatchObject({ status: "redirect" });
    expect(await refusedUnchanged(() => call(revokeInvitationAction, demo.users.admin!.id, { ...bradford, invitationId: link.id }))).toEqual({ code: "conflict", message: expect.stringContaining("Remove the member instead") });
  });

  it("does not let another partnership's admin withdraw the link, which still works for its holder", async () => {
    const link = await invite("other.partnership@example.org");
    expect(await refusedUnchanged(() => call(revokeInvitationAction, demo.users["kirklees-admin"]!.id, { partnership: "kirklees", invitationId: link.id }))).toMatchObject({ code: "not_found" });
    expect(await refusedUnchanged(() => call(revokeInvitationAction, demo.users["kirklees-admin"]!.id, { ...bradford, invitationId: link.id }))).toMatchObject({ code: "not_found" });
    expect(await viewInvitation(link.token)).toMatchObject({ partnershipName: expect.stringContaining("Bradford") });
    expect(await accept(link.token)()).toMatchObject({ status: "redirect" });
  });
});

describe("statement share links", () => {
  let statementId: string;
  let link: { id: string; token: string };
  beforeAll(async () => {
    statementId = (await db().statementOfIntent.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } })).id;
    const created = await call(createShareLinkAction, demo.users.coordinator!.id, { ...hw, statementId });
    if (created.status !== "success") throw new Error("share link not created");
    link = { id: created.data!.id, token: created.data!.path.split("/s/")[1]! };
    expect(await readSharedStatement(link.token)).not.toBeNull();
  });

  it("does not let another partnership, or another area's co-ordinator, revoke the link", async () => {
    expect(await refusedUnchanged(() => call(revokeShareLinkAction, demo.users["kirklees-coordinator"]!.id, { partnership: "kirklees", area: "dewsbury-west", linkId: link.id }))).toMatchObject({ code: "not_found" });
    expect(await refusedUnchanged(() => call(revokeShareLinkAction, demo.users["coordinator-mg"]!.id, { partnership: "bradford", area: "manningham-girlington", linkId: link.id }))).toMatchObject({ code: "not_found" });
    expect(await readSharedStatement(link.token)).not.toBeNull();
  });

  it("stops a revoked link at once: revoked by three tabs at once, it is revoked once and the others are told so; a replay changes nothing", async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => call(revokeShareLinkAction, demo.users.coordinator!.id, { ...hw, linkId: link.id })));
    expect(outcomes.filter((o) => o.status === "success")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "error")).toEqual(Array(2).fill(expect.objectContaining({ code: "conflict", message: "This link is already revoked: it no longer works." })));
    expect(await readSharedStatement(link.token)).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "statement.share_link_revoked", entityId: link.id } })).toBe(1);
    expect(await refusedUnchanged(() => call(revokeShareLinkAction, demo.users.coordinator!.id, { ...hw, linkId: link.id }))).toEqual({ code: "conflict", message: "This link is already revoked: it no longer works." });
  });

  it("answers a forged token, well-formed or not, as a missing page", async () => {
    const wellFormed = randomBytes(32).toString("base64url");
    for (const forged of [wellFormed, link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A"), "short", "../../etc/passwd", `${wellFormed}x`]) {
      expect(await readSharedStatement(forged), forged).toBeNull();
    }
  });
});

describe("public application links", () => {
  const NO_LINK = { code: "not_found", message: "This application link does not exist. Check the address with whoever gave it to you." };
  const NOT_TAKING = { code: "conflict", message: expect.stringContaining("This round is not taking applications") };

  function fields(token: string) {
    return {
      token,
      organisationName: "Tong Street Club",
      contactName: "Sam Patel",
      contactEmail: "sam@example.org",
      amountRequested: "500",
      summary: "Detached youth work on Friday evenings",
      priorityFit: "Reaches young people at risk",
      aboveAndBeyond: "on",
    };
  }
  const apply = (token: string) => () => call(submitPublicApplicationAction, null, fields(token));

  /** A round of Holme Wood's in `status`, with a token (a round gets one when it first opens; set directly here). */
  async function roundIn(status: "draft" | "awarded" | "closed"): Promise<string> {
    const seeded = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]!, status: "closed" } });
    if (status === "closed") return seeded.publicToken!;
    const token = randomBytes(18).toString("base64url");
    const { partnershipId, areaId, budgetId, criteria, allocationPence, maxAwardPence } = seeded;
    await db().fundingRound.create({
      data: { partnershipId, areaId, budgetId, criteria, allocationPence, maxAwardPence, rubric: [], title: `A ${status} round`, status, publicToken: token, opensOn: new Date("2026-01-01"), closesOn: new Date("2099-01-01") },
    });
    return token;
  }

  it("refuses a draft round's link as one that does not exist, and the page shows nothing of it", async () => {
    const token = await roundIn("draft");
    expect(await refusedUnchanged(apply(token))).toEqual(NO_LINK);
    expect(await getPublicRound(token)).toBeNull();
  });

  it("refuses an awarded and a closed round's link, saying it is not taking applications", async () => {
    for (const status of ["awarded", "closed"] as const) {
      const token = await roundIn(status);
      expect(await refusedUnchanged(apply(token))).toEqual(NOT_TAKING);
      expect(await getPublicRound(token)).toMatchObject({ accepting: false });
    }
  });

  it("refuses a forged token, well-formed or not", async () => {
    for (const forged of [randomBytes(18).toString("base64url"), "short", "../../etc/passwd", "x".repeat(100)]) {
      expect(await refusedUnchanged(apply(forged))).toEqual(NO_LINK);
    }
  });
});
