"use server";

import { defineAction } from "@/lib/action/define-action";
import { changeMemberRole, changeMemberRoleInput } from "@/lib/members/services/change-member-role";
import { removeMember, removeMemberInput } from "@/lib/members/services/remove-member";
import { inviteMember, inviteMemberInput } from "@/lib/invitations/services/invite-member";
import { revokeInvitation, revokeInvitationInput } from "@/lib/invitations/services/revoke-invitation";

const revalidate = (ctx: { partnershipSlug: string }) => [`/p/${ctx.partnershipSlug}/members`];

export const inviteMemberAction = defineAction({
  name: "members.invite",
  scope: "partnership",
  capability: "partnership.manage",
  input: inviteMemberInput,
  run: inviteMember,
  success: (invitation) =>
    invitation.delivered
      ? `Invitation emailed to ${invitation.email}.`
      : `Invitation created for ${invitation.email}. No mail server is configured, so send them this single-use link yourself (it expires in 7 days): ${invitation.link}`,
  revalidate,
});

export const revokeInvitationAction = defineAction({
  name: "members.revoke_invitation",
  scope: "partnership",
  capability: "partnership.manage",
  input: revokeInvitationInput,
  run: revokeInvitation,
  success: "Invitation withdrawn: its link no longer works.",
  revalidate,
});

export const changeMemberRoleAction = defineAction({
  name: "members.change_role",
  scope: "partnership",
  capability: "partnership.manage",
  input: changeMemberRoleInput,
  run: changeMemberRole,
  success: "Role changed. It applies from the member's next click.",
  revalidate,
});

export const removeMemberAction = defineAction({
  name: "members.remove",
  scope: "partnership",
  capability: "partnership.manage",
  input: removeMemberInput,
  run: removeMember,
  success: "Member removed. Their access ended now.",
  revalidate,
});
