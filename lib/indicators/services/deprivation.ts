import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";

export const IMD_EDITION = "IMD2019";

export type DeprivationProfile = {
  /** How many of the area's LSOAs fall in each IMD 2019 decile, decile 1 (most deprived) first. */
  deciles: number[];
  /** LSOA codes of the area that IMD 2019 does not rank (2021 codes, typing errors). */
  unmatched: number;
  lsoas: { code: string; name: string | null; rank: number | null; decile: number | null }[];
};

/** The area's deprivation profile from the IMD 2019 reference data (about places, not people: nothing to suppress). */
export async function deprivationProfile(ctx: TenantContext, areaId: string): Promise<DeprivationProfile> {
  const lsoas = await db().areaGeography.findMany({ where: { partnershipId: ctx.partnershipId, areaId, type: "lsoa" }, select: { code: true, name: true }, orderBy: { code: "asc" } });
  const ranks = lsoas.length
    ? await db().deprivation.findMany({ where: { edition: IMD_EDITION, lsoaCode: { in: lsoas.map((l) => l.code) } }, select: { lsoaCode: true, rank: true, decile: true, geography: { select: { name: true } } } })
    : [];
  const byCode = new Map(ranks.map((r) => [r.lsoaCode, r]));
  const deciles = new Array<number>(10).fill(0);
  let unmatched = 0;
  const rows = lsoas.map((l) => {
    const r = byCode.get(l.code);
    if (r && r.decile >= 1 && r.decile <= 10) deciles[r.decile - 1]! += 1;
    else unmatched += 1;
    return { code: l.code, name: r?.geography.name ?? l.name, rank: r?.rank ?? null, decile: r?.decile ?? null };
  });
  return { deciles, unmatched, lsoas: rows };
}
