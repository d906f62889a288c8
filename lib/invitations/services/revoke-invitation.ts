import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenancy/context";

export const revokeInvitationInput = z.object({ invitationId: z.string().uuid() });

export async function revokeInvitation(ctx: TenantContext, input: z.output<typeof revokeInvitationInput>): Promise<void> {
  await db().$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { partnershipId: ctx.partnershipId, id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw notFoundError();
    await audit(tx, ctx, { action: "invitation.revoked", entityType: "Invitation", entityId: input.invitationId });
  });
}
