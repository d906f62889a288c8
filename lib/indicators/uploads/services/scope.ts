import { db } from "@/lib/db/client";
import type { GeographyType } from "@/lib/generated/prisma/enums";
import type { GeographyScope } from "@/lib/indicators/uploads/geography";
import type { KnownIndicator } from "@/lib/indicators/uploads/plan";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * What an upload may write for the partnership, read from the database once per upload:
 * its areas' geography codes, its local authority and the reference geographies inside it,
 * the comparators (country, regions) and its areas' short names.
 */
export async function loadGeographyScope(ctx: TenantContext): Promise<GeographyScope> {
  const [partnership, areaCodes, areas, comparators] = await Promise.all([
    db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { laCode: true } }),
    db().areaGeography.findMany({ where: { partnershipId: ctx.partnershipId }, select: { type: true, code: true } }),
    db().conveningPartnership.findMany({ where: { partnershipId: ctx.partnershipId }, select: { slug: true } }),
    db().geography.findMany({ where: { type: { in: ["country", "region"] } }, select: { code: true, type: true } }),
  ]);
  const own = new Map<string, GeographyType>();
  for (const c of comparators) own.set(c.code, c.type);
  if (partnership.laCode) {
    own.set(partnership.laCode.toUpperCase(), "la");
    const inside = await db().geography.findMany({ where: { laCode: partnership.laCode }, select: { code: true, type: true } });
    for (const g of inside) own.set(g.code, g.type);
  }
  for (const g of areaCodes) if (g.type !== "area") own.set(g.code.trim().toUpperCase(), g.type);
  return { own, areaSlugs: new Set(areas.map((a) => a.slug)) };
}

/** The partnership's indicator definitions, by code, for the planner. */
export async function loadKnownIndicators(ctx: TenantContext): Promise<KnownIndicator[]> {
  return db().indicatorDefinition.findMany({
    where: { partnershipId: ctx.partnershipId },
    select: { id: true, code: true, name: true, unit: true, polarity: true, source: true },
  });
}
