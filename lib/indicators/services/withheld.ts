import { db } from "@/lib/db/client";
import type { GeographyType } from "@/lib/generated/prisma/enums";
import { ENGLAND_CODE, readIndicator } from "@/lib/indicators/services/read";
import type { SafeFigure } from "@/lib/indicators/suppression";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Which single cells the dashboards withhold now: those readIndicator shows as "c", for a
 * small count of their own or as the complement that stops one being recovered from a
 * total. Pages that list cells one by one (an upload's values, its preview of the values it
 * would replace) withhold the same cells, so they cannot be set beside a dashboard's area
 * totals to work out a hidden count. Headline figures only: breakdowns have no totals shown.
 */
export type Cell = { indicatorId: string; geographyType: GeographyType; geographyCode: string; period: string; breakdown: string };

const cellKey = (c: Omit<Cell, "breakdown">) => `${c.indicatorId}\u0000${c.geographyType}\u0000${c.geographyCode}\u0000${c.period}`;

const hidden = (f: SafeFigure) => f.value === "c" || f.numerator === "c";

async function withheldCells(ctx: TenantContext, cells: readonly Cell[]): Promise<Set<string>> {
  const periods = new Map<string, Set<string>>();
  for (const c of cells) if (c.breakdown === "") (periods.get(c.indicatorId) ?? periods.set(c.indicatorId, new Set()).get(c.indicatorId)!).add(c.period);
  const out = new Set<string>();
  if (periods.size === 0) return out;
  const areas = await db().conveningPartnership.findMany({ where: { partnershipId: ctx.partnershipId, ...(ctx.areaIds === "all" ? {} : { id: { in: ctx.areaIds } }) }, select: { id: true, slug: true } });
  const slugs = new Map(areas.map((a) => [a.id, a.slug]));
  for (const [indicatorId, wanted] of periods) {
    const reading = await readIndicator(ctx, { indicatorId, areaIds: [...slugs.keys()], periods: [...wanted], geographies: true });
    if (!reading) continue;
    const add = (geographyType: GeographyType, geographyCode: string, period: string) => out.add(cellKey({ indicatorId, geographyType, geographyCode, period }));
    for (const [areaId, byPeriod] of reading.areas) {
      for (const [period, area] of byPeriod) {
        if (area.how === "published" && hidden(area.figure)) add("area", slugs.get(areaId)!, period);
        for (const g of area.geographies) if (hidden(g.figure)) add(g.type, g.code, period);
      }
    }
    for (const [period, f] of reading.england) if (hidden(f)) add("country", ENGLAND_CODE, period);
    if (reading.localAuthority) for (const [period, f] of reading.localAuthority.figures) if (hidden(f)) add("la", reading.localAuthority.code, period);
  }
  return out;
}

/** The cells, each marked with whether the dashboards withhold it now. */
export async function markWithheld<T extends Cell>(ctx: TenantContext, cells: readonly T[]): Promise<(T & { withheld: boolean })[]> {
  const withheld = await withheldCells(ctx, cells);
  return cells.map((c) => ({ ...c, withheld: withheld.has(cellKey(c)) }));
}
