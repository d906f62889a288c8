import { z } from "zod";
import { db } from "@/lib/db/client";
import { onceOnly } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { areaFields, assertAreaReferences } from "@/lib/areas/services/area-input";
import type { TenantContext } from "@/lib/tenancy/context";

export const updateAreaInput = areaFields.extend({ areaId: z.string().uuid() });

const slugTaken = () => validationError({ slug: ["Another area already uses this web address"] });

export async function updateArea(ctx: TenantContext, input: z.output<typeof updateAreaInput>): Promise<{ id: string; slug: string }> {
  // Two renames to the same address at once both pass the check; the unique key stops the second.
  return onceOnly(() => db().$transaction(async (tx) => {
    const before = await tx.conveningPartnership.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.areaId } },
    });
    if (!before) throw notFoundError();
    await assertAreaReferences(tx, ctx.partnershipId, input);
    const slug = input.slug || before.slug;
    if (slug !== before.slug) {
      const clash = await tx.conveningPartnership.findUnique({
        where: { partnershipId_slug: { partnershipId: ctx.partnershipId, slug } },
        select: { id: true },
      });
      if (clash) throw slugTaken();
    }
    const after = await tx.conveningPartnership.update({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } },
      data: {
        name: input.name,
        slug,
        backboneOrganisationId: input.backboneOrganisationId,
        researchPartnerId: input.researchPartnerId,
        coordinatorUserId: input.coordinatorUserId,
      },
    });
    await audit(tx, ctx, { action: "area.updated", entityType: "ConveningPartnership", entityId: after.id, areaId: after.id, before, after });
    return { id: after.id, slug: after.slug };
  }), slugTaken);
}
