"use server";

import { defineAction } from "@/lib/action/define-action";
import { acceptInvitation, acceptInvitationInput } from "@/lib/invitations/services/accept-invitation";

export const acceptInvitationAction = defineAction({
  name: "invitations.accept",
  scope: "public",
  input: acceptInvitationInput,
  run: (ctx, input) => acceptInvitation(input, { requestId: ctx.requestId, ip: ctx.ip }),
  redirectTo: (_ctx, r) => `/sign-in?accepted=1&email=${encodeURIComponent(r.email)}`,
});
