import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { createAreaAction, updateAreaAction } from "@/lib/areas/actions";
import { createOrganisationAction, deleteOrganisationAction, updateOrganisationAction } from "@/lib/organisations/actions";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/lib/members/actions";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { createPartnershipAction } from "@/lib/platform/actions";
import { call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
beforeAll(async () => {
  demo = await seedDemo();
});

const bradford = { partnership: "bradford" };
function tokenOf(link: string): string {
  return link.split("/invitations/")[1]!;
}

describe("areas and organisations", () => {
  it("creates an area with a backbone organisation and redirects to it", async () => {
    const outcome = await call(createAreaAction, demo.users.admin!.id, {
      ...bradford,
      name: "Bradford Moor",
      backboneOrganisationId: demo.bradford.orgs["The VCS Alliance"],
      researchPartnerId: demo.bradford.orgs["University of Leeds"],
    });
    expect(outcome).toEqual({ status: "redirect", to: "/p/bradford/areas/bradford-moor" });
    const area = await db().conveningPartnership.findFirstOrThrow({ where: { slug: "bradford-moor" }, include: { backboneOrganisation: true } });
    expect(area.backboneOrganisation?.name).toBe("The VCS Alliance");
  });

  it("explains what is wrong and keeps what was typed", async () => {
    const outcome = await call(createAreaAction, demo.users.admin!.id, { ...bradford, name: "X", slug: "Not A Slug!" });
    expect(outcome).toMatchObject({ status: "error", code: "validation", values: { name: "X", slug: "Not A Slug!" } });
    if (outcome.status === "error") {
      expect(outcome.fieldErrors?.name?.[0]).toMatch(/Enter the area's name/);
      expect(outcome.fieldErrors?.slug?.[0]).toMatch(/lower-case/);
    }
  });

  it("refuses an area naming another tenant's organisation", async () => {
    const outcome = await call(createAreaAction, demo.users.admin!.id, {
      ...bradford,
      name: "Forged Area",
      backboneOrganisationId: demo.kirklees.orgs["Dewsbury West Community Trust"],
    });
    expect(outcome).toMatchObject({ status: "error", code: "validation" });
    expect(await db().conveningPartnership.count({ where: { slug: "forged-area" } })).toBe(0);
  });

  it("answers 404 to a forged id of another tenant's record, and changes nothing", async () => {
    const kirkleesOrg = demo.kirklees.orgs["Westborough Primary"]!;
    const admin = demo.users.admin!.id;
    expect(await call(updateOrganisationAction, admin, { ...bradford, organisationId: kirkleesOrg, name: "Hijacked", type: "school" })).toMatchObject({ code: "not_found" });
    expect(await call(deleteOrganisationAction, admin, { ...bradford, organisationId: kirkleesOrg })).toMatchObject({ code: "not_found" });
    expect(await call(updateAreaAction, admin, { ...bradford, areaId: demo.kirklees.areas["dewsbury-west"], name: "Hijacked" })).toMatchObject({ code: "not_found" });
    const kirkleesMembership = await db().membership.findFirstOrThrow({ where: { partnershipId: demo.kirklees.id } });
    expect(await call(removeMemberAction, admin, { ...bradford, membershipId: kirkleesMembership.id })).toMatchObject({ code: "not_found" });
    expect(await call(changeMemberRoleAction, admin, { ...bradford, membershipId: kirkleesMembership.id, role: "member" })).toMatchObject({ code: "not_found" });
    expect((await db().organisation.findFirstOrThrow({ where: { id: kirkleesOrg } })).name).toBe("Westborough Primary");
    expect(await db().membership.count({ where: { id: kirkleesMembership.id } })).toBe(1);
  });

  it("refuses to delete an organisation an area still names", async () => {
    const outcome = await call(deleteOrganisationAction, demo.users.admin!.id, { ...bradford, organisationId: demo.bradford.orgs["Holme Wood Youth Partnership"] });
    expect(outcome).toMatchObject({ status: "error", code: "conflict" });
  });

  it("is for partnership admins only", async () => {
    for (const key of ["board", "coordinator", "research", "member"]) {
      expect(await call(createOrganisationAction, demo.users[key]!.id, { ...bradford, name: "Sneaky", type: "vcse" })).toMatchObject({ code: "not_found" });
    }
  });
});

describe("members and invitations", () => {
  it("invites a member with a scope; the single-use link sets a password and grants the role", async () => {
    const invited = await call(inviteMemberAction, demo.users.admin!.id, {
      ...bradford,
      email: "New.Coordinator@Example.org",
      role: "coordinator",
      areaId: demo.bradford.areas.keighley,
    });
    expect(invited).toMatchObject({ status: "success", data: { email: "new.coordinator@example.org", delivered: false } });
    if (invited.status !== "success") return;
    const token = tokenOf(invited.data!.link);
    const stored = await db().invitation.findFirstOrThrow({ where: { email: "new.coordinator@example.org" } });
    expect(stored.tokenHash).not.toContain(token);

    const accepted = await call(acceptInvitationAction, null, { token, name: "New Co-ordinator", password: "a long enough password" });
    expect(accepted).toMatchObject({ status: "redirect" });
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.coordinator@example.org" }, include: { memberships: true } });
    expect(user.memberships).toMatchObject([{ role: "coordinator", areaId: demo.bradford.areas.keighley }]);

    const reused = await call(acceptInvitationAction, null, { token, name: "Someone Else", password: "another long password" });
    expect(reused).toMatchObject({ status: "error", code: "not_found" });
  });

  it("accepts an invitation once when two tabs accept at the same moment", async () => {
    const invited = await call(inviteMemberAction, demo.users.admin!.id, { ...bradford, email: "twice@example.org", role: "member", areaId: demo.bradford.areas["holme-wood"] });
    if (invited.status !== "success") throw new Error("invite failed");
    const token = tokenOf(invited.data!.link);
    const outcomes = await Promise.all([
      call(acceptInvitationAction, null, { token, name: "Tab One", password: "first tab password" }),
      call(acceptInvitationAction, null, { token, name: "Tab Two", password: "second tab password" }),
    ]);
    expect(outcomes.filter((o) => o.status === "redirect")).toHaveLength(1);
    expect(await db().membership.count({ where: { user: { email: "twice@example.org" } } })).toBe(1);
  });

  it("refuses an expired or revoked link", async () => {
    const a = await call(inviteMemberAction, demo.users.admin!.id, { ...bradford, email: "late@example.org", role: "member", areaId: demo.bradford.areas.keighley });
    const b = await call(inviteMemberAction, demo.users.admin!.id, { ...bradford, email: "revoked@example.org", role: "member", areaId: demo.bradford.areas.keighley });
    if (a.status !== "success" || b.status !== "success") throw new Error("invite failed");
    await db().invitation.updateMany({ where: { email: "late@example.org" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await call(revokeInvitationAction, demo.users.admin!.id, { ...bradford, invitationId: b.data!.id })).toMatchObject({ status: "success" });
    for (const link of [a.data!.link, b.data!.link]) {
      expect(await call(acceptInvitationAction, null, { token: tokenOf(link), name: "Late", password: "a long enough password" })).toMatchObject({ code: "not_found" });
    }
    expect(await db().user.count({ where: { email: { in: ["late@example.org", "revoked@example.org"] } } })).toBe(0);
  });

  it("ends a removed member's access on their next request", async () => {
    const member = demo.users.member!.id;
    expect(await resolveTenant((await loadActor(member))!, "bradford")).not.toBeNull();
    const membership = await db().membership.findFirstOrThrow({ where: { userId: member, partnershipId: demo.bradford.id } });
    expect(await call(removeMemberAction, demo.users.admin!.id, { ...bradford, membershipId: membership.id })).toMatchObject({ status: "success" });
    expect(await resolveTenant((await loadActor(member))!, "bradford")).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "membership.removed", entityId: membership.id } })).toBe(1);
  });

  it("never removes or demotes the last partnership admin", async () => {
    const adminMembership = await db().membership.findFirstOrThrow({ where: { partnershipId: demo.kirklees.id, role: "partnership_admin" } });
    const admin = demo.users["kirklees-admin"]!.id;
    expect(await call(changeMemberRoleAction, admin, { partnership: "kirklees", membershipId: adminMembership.id, role: "member" })).toMatchObject({ code: "conflict" });
    expect(await call(removeMemberAction, admin, { partnership: "kirklees", membershipId: adminMembership.id })).toMatchObject({ code: "conflict" });
  });
});

describe("platform admin", () => {
  it("creates a partnership and invites its first admin, who can then manage it", async () => {
    const outcome = await call(createPartnershipAction, demo.users.platform!.id, { name: "Leeds Children's Partnership", laCode: "e08000035", adminEmail: "first.admin@leeds.example.org" });
    expect(outcome).toMatchObject({ status: "success", data: { slug: "leeds-children-s-partnership" } });
    if (outcome.status !== "success") return;
    await call(acceptInvitationAction, null, { token: tokenOf(outcome.data!.invitation.link), name: "First Admin", password: "leeds admin password" });
    const user = await db().user.findUniqueOrThrow({ where: { email: "first.admin@leeds.example.org" } });
    const ctx = await resolveTenant((await loadActor(user.id))!, "leeds-children-s-partnership");
    expect(ctx?.grants).toEqual([{ role: "partnership_admin", areaId: null }]);
    // The platform admin has no membership there, so no access to its content.
    expect(await resolveTenant((await loadActor(demo.users.platform!.id))!, "leeds-children-s-partnership")).toBeNull();
  });
});
