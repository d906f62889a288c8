import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import { assertAnotherAdminRemains } from "@/lib/members/services/guard-last-admin";
import type { TenantContext } from "@/lib/tenancy/context";

export const removeMemberInput = z.object({ membershipId: z.string().uuid() });

/** Access ends on the member's next request: every request re-reads memberships. */
export async function removeMember(ctx: TenantContext, input: z.output<typeof removeMemberInput>): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.membershipId } },
      select: { id: true, role: true, areaId: true, userId: true, user: { select: { email: true } } },
    });
    if (!before) throw notFoundError();
    if (before.role === "partnership_admin") await assertAnotherAdminRemains(tx, ctx.partnershipId, before.id);
    await tx.membership.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } } });
    await audit(tx, ctx, { action: "membership.removed", entityType: "Membership", entityId: before.id, areaId: before.areaId, before });
  });
}
