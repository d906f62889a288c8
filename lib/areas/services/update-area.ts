import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { areaFields, assertAreaReferences } from "@/lib/areas/services/area-input";
import type { TenantContext } from "@/lib/tenancy/context";

export const updateAreaInput = areaFields.extend({ areaId: z.string().uuid() });

export async function updateArea(ctx: TenantContext, input: z.output<typeof updateAreaInput>): Promise<{ id: string; slug: string }> {
  return db().$transaction(async (tx) => {
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
      if (clash) throw validationError({ slug: ["Another area already uses this web address"] });
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
  });
}
