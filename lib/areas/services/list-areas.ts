import { cache } from "react";
import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The areas the context may read, with their people and organisations. Deduplicated per
 * request (the partnership layout's navigation and the page often both ask, with the same
 * context object from requirePartnership); outside a render it is a plain call.
 */
export const listAreas = cache(async function listAreas(ctx: TenantContext) {
  return db().conveningPartnership.findMany({
    where: { partnershipId: ctx.partnershipId, ...(ctx.areaIds === "all" ? {} : { id: { in: ctx.areaIds } }) },
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      backboneOrganisation: { select: { id: true, name: true } },
      researchPartner: { select: { id: true, name: true } },
      coordinator: { select: { id: true, name: true } },
    },
    orderBy: { name: "asc" },
  });
});

export type AreaSummary = Awaited<ReturnType<typeof listAreas>>[number];

export async function getArea(ctx: TenantContext, areaId: string) {
  if (ctx.areaIds !== "all" && !ctx.areaIds.includes(areaId)) return null;
  return db().conveningPartnership.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: areaId } },
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      backboneOrganisationId: true,
      researchPartnerId: true,
      coordinatorUserId: true,
      backboneOrganisation: { select: { id: true, name: true, type: true } },
      researchPartner: { select: { id: true, name: true, type: true } },
      coordinator: { select: { id: true, name: true, email: true } },
    },
  });
}
