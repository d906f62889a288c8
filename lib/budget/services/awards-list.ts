import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/blueprint/today";
import type { ExportAward, Funder } from "@/lib/budget/three-sixty-giving";
import type { TenantContext } from "@/lib/tenancy/context";

const select = {
  id: true,
  amountPence: true,
  decidedOn: true,
  createdAt: true,
  round: { select: { title: true } },
  application: { select: { organisationName: true, summary: true } },
} as const;

type Row = { id: string; amountPence: number; decidedOn: Date; createdAt: Date; round: { title: string }; application: { organisationName: string; summary: string } };

const toExport = (a: Row): ExportAward => ({
  id: a.id,
  amountPence: a.amountPence,
  decidedOn: isoDate(a.decidedOn),
  createdAt: a.createdAt,
  organisationName: a.application.organisationName,
  summary: a.application.summary,
  roundTitle: a.round.title,
});

/** Every award of the area, for the 360Giving export of its own members. */
export async function listAreaAwards(ctx: TenantContext, areaId: string): Promise<ExportAward[]> {
  const rows = await db().award.findMany({ where: { partnershipId: ctx.partnershipId, round: { areaId } }, orderBy: { decidedOn: "asc" }, select });
  return rows.map(toExport);
}

/**
 * The area's public page of funded projects: only rounds the co-ordinator chose to list,
 * and only what a funded project's public record holds (who, how much, what for). An area
 * with nothing listed answers null, as if it did not exist.
 */
export async function listPublicAwards(partnershipSlug: string, areaSlug: string): Promise<{ funder: Funder; awards: ExportAward[] } | null> {
  const partnership = await db().localAuthorityPartnership.findUnique({ where: { slug: partnershipSlug }, select: { id: true, name: true } });
  if (!partnership) return null;
  const area = await db().conveningPartnership.findUnique({ where: { partnershipId_slug: { partnershipId: partnership.id, slug: areaSlug } }, select: { id: true, name: true, archivedAt: true } });
  if (!area || area.archivedAt) return null;
  const rows = await db().award.findMany({
    where: { partnershipId: partnership.id, round: { areaId: area.id, publicListing: true } },
    orderBy: { decidedOn: "desc" },
    select,
  });
  if (!rows.length) return null;
  return { funder: { partnershipSlug, partnershipName: partnership.name, areaSlug, areaName: area.name }, awards: rows.map(toExport) };
}
