import { db } from "@/lib/db/client";
import { onceOnly } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { validationError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { areaFields, assertAreaReferences, type AreaFields } from "@/lib/areas/services/area-input";
import type { TenantContext } from "@/lib/tenancy/context";

export const createAreaInput = areaFields;

export async function createArea(ctx: TenantContext, input: AreaFields): Promise<{ id: string; slug: string }> {
  const slug = input.slug || slugify(input.name);
  if (!slug) throw validationError({ name: ["Use letters or numbers in the name"] });
  const taken = () => validationError({ slug: ["Another area already uses this web address"] });
  // The check gives the message; the unique key, caught by onceOnly, keeps two creations at once to one.
  const create = () =>
    db().$transaction(async (tx) => {
      await assertAreaReferences(tx, ctx.partnershipId, input);
      const clash = await tx.conveningPartnership.findUnique({
        where: { partnershipId_slug: { partnershipId: ctx.partnershipId, slug } },
        select: { id: true },
      });
      if (clash) throw taken();
      const area = await tx.conveningPartnership.create({
        data: {
          partnershipId: ctx.partnershipId,
          slug,
          name: input.name,
          backboneOrganisationId: input.backboneOrganisationId,
          researchPartnerId: input.researchPartnerId,
          coordinatorUserId: input.coordinatorUserId,
        },
      });
      await audit(tx, ctx, { action: "area.created", entityType: "ConveningPartnership", entityId: area.id, areaId: area.id, after: area });
      return { id: area.id, slug: area.slug };
    });
  return onceOnly(create, taken);
}
