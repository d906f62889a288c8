import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { appUrl, sendMail } from "@/lib/mail/send";
import { invitationExpiry, newInvitationToken } from "@/lib/invitations/token";
import { ROLE_LABELS, roleMayBeAreaScoped } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { PlatformContext, TenantContext } from "@/lib/tenancy/context";

export const roleSchema = z.enum(["partnership_admin", "board_member", "coordinator", "research_partner", "member"], {
  message: "Choose a role",
});
export const emailSchema = z.string().trim().toLowerCase().email("Enter an email address like name@example.org").max(320);

export type CreatedInvitation = { id: string; email: string; link: string; delivered: boolean; expiresAt: Date };

/**
 * Writes the invitation and its audit row in the caller's transaction; the email is
 * sent after commit by `deliverInvitation`, so a failed send never loses the record.
 */
export async function createInvitation(
  tx: Tx,
  actor: TenantContext | PlatformContext,
  input: { partnershipId: string; email: string; role: Role; areaId: string | null },
): Promise<{ id: string; email: string; link: string; expiresAt: Date }> {
  if (input.areaId && !roleMayBeAreaScoped(input.role)) {
    throw validationError({ areaId: [`A ${ROLE_LABELS[input.role].toLowerCase()} covers the whole partnership: choose "Whole partnership".`] });
  }
  const existingMember = await tx.membership.findFirst({
    where: { partnershipId: input.partnershipId, user: { email: input.email }, role: input.role, areaId: input.areaId },
    select: { id: true },
  });
  if (existingMember) throw validationError({ email: ["This person already has that role here."] });

  const { token, tokenHash } = newInvitationToken();
  const invitation = await tx.invitation.create({
    data: {
      partnershipId: input.partnershipId,
      email: input.email,
      role: input.role,
      areaId: input.areaId,
      tokenHash,
      expiresAt: invitationExpiry(),
      invitedById: actor.userId,
    },
    select: { id: true, email: true, role: true, areaId: true, expiresAt: true },
  });
  await audit(tx, actor, {
    action: "invitation.created",
    entityType: "Invitation",
    entityId: invitation.id,
    areaId: input.areaId,
    partnershipId: input.partnershipId,
    after: invitation,
  });
  return { id: invitation.id, email: invitation.email, link: appUrl(`/invitations/${token}`), expiresAt: invitation.expiresAt };
}

export async function deliverInvitation(
  invitation: { email: string; link: string; expiresAt: Date },
  partnershipName: string,
  role: Role,
): Promise<boolean> {
  const { delivered } = await sendMail({
    to: invitation.email,
    subject: `You're invited to ${partnershipName} on Act Locally`,
    text: [
      `You have been invited to join ${partnershipName} on Act Locally as ${ROLE_LABELS[role].toLowerCase()}.`,
      "",
      `Open this link to set your password and join: ${invitation.link}`,
      "",
      `The link works once and expires on ${invitation.expiresAt.toUTCString()}.`,
    ].join("\n"),
  });
  return delivered;
}
