import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { ROLE_LABELS, roleMayBeAreaScoped } from "@/lib/auth/permissions";
import { roleSchema } from "@/lib/invitations/services/create-invitation";
import { assertAnotherAdminRemains } from "@/lib/members/services/guard-last-admin";
import type { TenantContext } from "@/lib/tenancy/context";

export const changeMemberRoleInput = z.object({
  membershipId: z.string().uuid(),
  role: roleSchema,
  areaId: z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null),
});

export async function changeMemberRole(ctx: TenantContext, input: z.output<typeof changeMemberRoleInput>): Promise<void> {
  if (input.areaId && !roleMayBeAreaScoped(input.role)) {
    throw validationError({ areaId: [`A ${ROLE_LABELS[input.role].toLowerCase()} covers the whole partnership: choose "Whole partnership".`] });
  }
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.membershipId } },
      select: { id: true, role: true, areaId: true, userId: true },
    });
    if (!before) throw notFoundError();
    if (before.role === "partnership_admin" && input.role !== "partnership_admin") {
      await assertAnotherAdminRemains(tx, ctx.partnershipId, before.id);
    }
    if (input.areaId) {
      const area = await tx.conveningPartnership.findUnique({
        where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.areaId } },
        select: { id: true },
      });
      if (!area) throw notFoundError();
    }
    const after = await tx.membership.update({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } },
      data: { role: input.role, areaId: input.areaId },
      select: { id: true, role: true, areaId: true, userId: true },
    });
    await audit(tx, ctx, { action: "membership.role_changed", entityType: "Membership", entityId: before.id, areaId: after.areaId, before, after });
  });
}
