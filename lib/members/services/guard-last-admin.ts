import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** A partnership must keep at least one admin, or nobody could manage it again. */
export async function assertAnotherAdminRemains(tx: Tx, partnershipId: string, membershipId: string): Promise<void> {
  // Lock the partnership's admin rows so two admins demoting each other at once cannot both succeed.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership"
    WHERE "partnershipId" = ${partnershipId}::uuid AND role = 'partnership_admin'
    FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === membershipId)) {
    throw new AppError("conflict", "This is the partnership's only admin. Invite or promote another admin first.");
  }
}
