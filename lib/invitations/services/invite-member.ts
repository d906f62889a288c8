import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenancy/context";
import { createInvitation, deliverInvitation, emailSchema, roleSchema, type CreatedInvitation } from "@/lib/invitations/services/create-invitation";

export const inviteMemberInput = z.object({
  email: emailSchema,
  role: roleSchema,
  areaId: z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null),
});

export async function inviteMember(ctx: TenantContext, input: z.output<typeof inviteMemberInput>): Promise<CreatedInvitation> {
  const { invitation, partnershipName } = await db().$transaction(async (tx) => {
    const partnership = await tx.localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { name: true } });
    if (input.areaId) {
      // The area must belong to this tenant: the composite key makes that one lookup.
      const area = await tx.conveningPartnership.findUnique({
        where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.areaId } },
        select: { id: true },
      });
      if (!area) throw notFoundError();
    }
    const invitation = await createInvitation(tx, ctx, { partnershipId: ctx.partnershipId, ...input });
    return { invitation, partnershipName: partnership.name };
  });
  const delivered = await deliverInvitation(invitation, partnershipName, input.role);
  return { id: invitation.id, email: invitation.email, link: invitation.link, expiresAt: invitation.expiresAt, delivered };
}
