import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenancy/context";

export const revokeInvitationInput = z.object({ invitationId: z.string().uuid() });

export async function revokeInvitation(ctx: TenantContext, input: z.output<typeof revokeInvitationInput>): Promise<void> {
  await db().$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { partnershipId: ctx.partnershipId, id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw await whyNotRevoked(tx, ctx, input.invitationId);
    await audit(tx, ctx, { action: "invitation.revoked", entityType: "Invitation", entityId: input.invitationId });
  });
}

/** A second withdrawal (a double click, another admin a moment before) is told what happened; another tenant's invitation is not found. */
async function whyNotRevoked(tx: Tx, ctx: TenantContext, invitationId: string): Promise<AppError> {
  const invitation = await tx.invitation.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: invitationId } }, select: { acceptedAt: true, revokedAt: true } });
  if (invitation?.revokedAt) return new AppError("conflict", "This invitation is already withdrawn: its link no longer works.");
  if (invitation?.acceptedAt) return new AppError("conflict", "This invitation was accepted a moment ago, so it can no longer be withdrawn. Remove the member instead if they should not have access.");
  return notFoundError();
}
