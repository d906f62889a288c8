import { cache } from "react";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getHub } from "@/lib/hub/services/queries";

/**
 * What every hub page starts from, once per request (metadata and page share it): the area
 * (a 404 unless the viewer may read it), its hub if it has one, and whether the viewer may
 * change it (co-ordinators of the area).
 */
export const loadHubPage = cache(async (partnership: string, areaSlug: string) => {
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const hub = await getHub(ctx, area.id);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  return { ctx, area, hub, base, hubBase: `${base}/hub`, canWrite: can(ctx.grants, "area.write", area.id), hidden: { partnership: ctx.partnershipSlug, area: area.slug } };
});

/** `?month=2026-11`, or undefined. */
export function monthParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && v >= "2000-01" && v <= "2099-12" ? v : undefined;
}

/** `?week=2026-11-02` (any day of the week), or undefined. */
export function dateParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2099-12-31" ? v : undefined;
}
