import { routeArea } from "@/lib/tenancy/route";
import { csvResponse } from "@/lib/csv/response";
import { toCsvLine } from "@/lib/csv/escape";
import { listAreaAwards } from "@/lib/budget/services/awards-list";
import { THREE_SIXTY_COLUMNS, threeSixtyRow } from "@/lib/budget/three-sixty-giving";
import { db } from "@/lib/db/client";

/** The area's awards as a 360Giving CSV; formula-leading cells are escaped. 404 for anyone who cannot read the area. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string; area: string }> }) {
  const { partnership, area: areaSlug } = await params;
  const found = await routeArea(partnership, areaSlug);
  if (!found) return new Response("Not found", { status: 404 });
  const { ctx, area } = found;
  const tenant = await db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { name: true } });
  const funder = { partnershipSlug: ctx.partnershipSlug, partnershipName: tenant.name, areaSlug: area.slug, areaName: area.name };
  const awards = await listAreaAwards(ctx, area.id);
  const body = [toCsvLine([...THREE_SIXTY_COLUMNS]), ...awards.map((a) => toCsvLine(threeSixtyRow(a, funder)))].join("");
  return csvResponse(body, `360giving-${ctx.partnershipSlug}-${area.slug}.csv`);
}
