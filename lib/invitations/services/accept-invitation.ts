import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { hashPassword, PASSWORD_RULES, verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/invitations/token";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export const acceptInvitationInput = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1, "Enter your name").max(120),
  password: z
    .string()
    .min(PASSWORD_RULES.minLength, `Use at least ${PASSWORD_RULES.minLength} characters`)
    .max(PASSWORD_RULES.maxLength, `Use at most ${PASSWORD_RULES.maxLength} characters`),
});

const GONE = "This invitation link has expired, has already been used or was withdrawn. Ask your partnership admin for a new one.";

export type InvitationView = {
  email: string;
  partnershipName: string;
  roleLabel: string;
  areaName: string | null;
  existingAccount: boolean;
};

/** What the invitation page shows; null when the link is not usable (it then answers like any dead link). */
export async function viewInvitation(token: string): Promise<InvitationView | null> {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      partnership: { select: { name: true } },
      area: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  const user = await db().user.findUnique({ where: { email: invitation.email }, select: { passwordHash: true } });
  return {
    email: invitation.email,
    partnershipName: invitation.partnership.name,
    roleLabel: ROLE_LABELS[invitation.role],
    areaName: invitation.area?.name ?? null,
    existingAccount: Boolean(user?.passwordHash),
  };
}

/**
 * Single use: the invitation is claimed by a conditional update inside the transaction,
 * so two tabs accepting at once produce one membership and one failure.
 * An existing account proves itself with its current password instead of setting a new one.
 */
export async function acceptInvitation(
  input: z.output<typeof acceptInvitationInput>,
  request: { requestId?: string; ip?: string } = {},
): Promise<{ email: string; partnershipSlug: string }> {
  const tokenHash = hashToken(input.token);
  const newHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("not_found", GONE);
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, partnershipId: true, email: true, role: true, areaId: true, partnership: { select: { slug: true } } },
    });

    let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, email: true, passwordHash: true, deactivatedAt: true } });
    if (user?.deactivatedAt) throw new AppError("not_found", GONE);
    if (user?.passwordHash) {
      if (!(await verifyPassword(input.password, user.passwordHash))) {
        throw validationError({ password: ["You already have an account: enter its current password to accept."] });
      }
    } else if (user) {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash: newHash, name: input.name } });
    } else {
      user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash: newHash },
        select: { id: true, email: true, passwordHash: true, deactivatedAt: true },
      });
    }
    const membership = await tx.membership.create({
      data: { partnershipId: invitation.partnershipId, userId: user.id, role: invitation.role, areaId: invitation.areaId },
      select: { id: true, role: true, areaId: true, userId: true },
    });
    const actor = { userId: user.id, userEmail: user.email, ...request };
    await audit(tx, actor, {
      action: "invitation.accepted",
      entityType: "Membership",
      entityId: membership.id,
      areaId: membership.areaId,
      partnershipId: invitation.partnershipId,
      after: membership,
    });
    return { email: user.email, partnershipSlug: invitation.partnership.slug };
  });
}
