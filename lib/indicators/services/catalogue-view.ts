import { db } from "@/lib/db/client";
import { NATIONAL_CATALOGUE, type CatalogueEntry } from "@/lib/indicators/catalogue";
import type { TenantContext } from "@/lib/tenancy/context";

/** Reads for the indicator catalogue pages. Definitions are partnership-wide; targets and links are per area (readable ones only). */
export async function listPartnershipIndicators(ctx: TenantContext) {
  return db().indicatorDefinition.findMany({
    where: { partnershipId: ctx.partnershipId },
    select: { id: true, code: true, name: true, unit: true, polarity: true, source: true, suppressionThreshold: true, catalogueCode: true },
    orderBy: [{ name: "asc" }, { code: "asc" }],
  });
}

export type PartnershipIndicator = Awaited<ReturnType<typeof listPartnershipIndicators>>[number];

/** Catalogue entries the partnership has not adopted yet. */
export async function catalogueToAdopt(ctx: TenantContext): Promise<CatalogueEntry[]> {
  const adopted = await db().indicatorDefinition.findMany({ where: { partnershipId: ctx.partnershipId, catalogueCode: { not: null } }, select: { catalogueCode: true } });
  const taken = new Set(adopted.map((a) => a.catalogueCode));
  return NATIONAL_CATALOGUE.filter((e) => !taken.has(e.code));
}

const readableWhere = (ctx: TenantContext) => (ctx.areaIds === "all" ? {} : { areaId: { in: ctx.areaIds } });

/** One indicator with its targets and the outcome measures it shows, in the areas the reader can see. */
export async function getIndicatorByCode(ctx: TenantContext, code: string) {
  const indicator = await db().indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: ctx.partnershipId, code } } });
  if (!indicator) return null;
  const [targets, measures, areas] = await Promise.all([
    db().indicatorTarget.findMany({
      where: { partnershipId: ctx.partnershipId, indicatorId: indicator.id, ...readableWhere(ctx) },
      select: { id: true, areaId: true, value: true, byPeriod: true, note: true, updatedAt: true },
    }),
    db().outcomeMeasure.findMany({
      where: { partnershipId: ctx.partnershipId, indicatorId: indicator.id, ...readableWhere(ctx) },
      select: { id: true, name: true, areaId: true },
      orderBy: { createdAt: "asc" },
    }),
    db().conveningPartnership.findMany({
      where: { partnershipId: ctx.partnershipId, ...(ctx.areaIds === "all" ? {} : { id: { in: ctx.areaIds } }) },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { indicator, targets, measures, areas };
}

/** The choices for linking an outcome measure: the partnership's indicators, then catalogue ones to adopt. */
export async function indicatorChoices(ctx: TenantContext): Promise<{ value: string; label: string }[]> {
  const [own, toAdopt] = await Promise.all([listPartnershipIndicators(ctx), catalogueToAdopt(ctx)]);
  return [
    ...own.map((i) => ({ value: `indicator:${i.id}`, label: `${i.name} (${i.code})` })),
    ...toAdopt.map((e) => ({ value: `catalogue:${e.code}`, label: `${e.name} (${e.code}, from the national catalogue)` })),
  ];
}
