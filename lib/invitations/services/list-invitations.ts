import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";

export async function listPendingInvitations(ctx: TenantContext) {
  return db().invitation.findMany({
    where: { partnershipId: ctx.partnershipId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, area: { select: { name: true } }, invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}
