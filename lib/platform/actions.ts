"use server";

import { defineAction } from "@/lib/action/define-action";
import { createPartnership, createPartnershipInput } from "@/lib/platform/services/create-partnership";
import { setUserActive, setUserActiveInput } from "@/lib/platform/services/set-user-active";

export const createPartnershipAction = defineAction({
  name: "platform.create_partnership",
  scope: "platform",
  input: createPartnershipInput,
  run: createPartnership,
  success: (r) =>
    r.invitation.delivered
      ? `Partnership created. Invitation emailed to ${r.invitation.email}.`
      : `Partnership created. No mail server is configured, so send ${r.invitation.email} this single-use link yourself (it expires in 7 days): ${r.invitation.link}`,
  revalidate: () => ["/admin"],
});

export const setUserActiveAction = defineAction({
  name: "platform.set_user_active",
  scope: "platform",
  input: setUserActiveInput,
  run: setUserActive,
  success: "Account updated. It applies from the user's next click.",
  revalidate: () => ["/admin"],
});
