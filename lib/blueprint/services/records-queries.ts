import { db } from "@/lib/db/client";
import type { AssetType, FocusAreaType, GeographyType, StakeholderKind } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Reads of one area's phase 1 and phase 2 records for its pages. Every query names
 * the tenant and the area; an area the context may not read gives nothing back.
 */
function readable(ctx: TenantContext, areaId: string): boolean {
  return ctx.areaIds === "all" || ctx.areaIds.includes(areaId);
}

function scope(ctx: TenantContext, areaId: string) {
  return { partnershipId: ctx.partnershipId, areaId };
}

export const FOCUS_TYPE_LABELS: Record<FocusAreaType, string> = {
  town: "Town",
  ward: "Ward",
  estate: "Housing estate",
  school_cluster: "School cluster or network",
  deprivation_led: "Area of multiple deprivation (data-led)",
};

/** The kinds of code a co-ordinator can add; "area" codes are the platform's own and are not entered by hand. */
export const GEOGRAPHY_TYPE_LABELS: Record<GeographyType, string> = {
  lsoa: "LSOA",
  ward: "Ward",
  msoa: "MSOA",
  la: "Local authority",
  school: "School URN",
  area: "Whole area",
  region: "Region",
  country: "Country",
};

export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  school: "School or school partnership",
  early_years: "Early-years setting",
  vcse: "VCSE organisation or group",
  residents: "Residents or individuals",
  service: "Public service",
  other: "Other",
};

export const STAKEHOLDER_KIND_LABELS: Record<StakeholderKind, string> = {
  person: "Person",
  place: "Place",
  project: "Project",
  organisation: "Organisation",
};

export async function listGeographies(ctx: TenantContext, areaId: string) {
  if (!readable(ctx, areaId)) return [];
  return db().areaGeography.findMany({
    where: scope(ctx, areaId),
    select: { id: true, type: true, code: true, name: true },
    orderBy: [{ type: "asc" }, { code: "asc" }],
  });
}

export async function listAssets(ctx: TenantContext, areaId: string) {
  if (!readable(ctx, areaId)) return [];
  return db().asset.findMany({
    where: scope(ctx, areaId),
    select: { id: true, name: true, type: true, contact: true, notes: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function listOutcomeMeasures(ctx: TenantContext, areaId: string) {
  if (!readable(ctx, areaId)) return [];
  return db().outcomeMeasure.findMany({
    where: scope(ctx, areaId),
    select: { id: true, name: true, description: true, indicatorId: true, indicator: { select: { code: true, name: true } }, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function listStakeholders(ctx: TenantContext, areaId: string) {
  if (!readable(ctx, areaId)) return [];
  return db().stakeholder.findMany({
    where: scope(ctx, areaId),
    select: { id: true, kind: true, name: true, notes: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function listBarriers(ctx: TenantContext, areaId: string) {
  if (!readable(ctx, areaId)) return [];
  return db().barrier.findMany({
    where: scope(ctx, areaId),
    select: { id: true, description: true, needed: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function getAreaFocus(ctx: TenantContext, areaId: string) {
  if (!readable(ctx, areaId)) return null;
  return db().areaFocus.findUnique({
    where: { partnershipId_areaId: scope(ctx, areaId) },
    select: { focusType: true, description: true, updatedAt: true },
  });
}

/** The partnership's organisations, for choosing an area's backbone organisation and research partner. */
export async function organisationOptions(ctx: TenantContext) {
  return db().organisation.findMany({
    where: { partnershipId: ctx.partnershipId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
