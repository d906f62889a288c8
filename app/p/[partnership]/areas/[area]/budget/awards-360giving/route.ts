import { NextResponse } from "next/server";
import { can } from "@/lib/auth/permissions";
import { currentUserId } from "@/lib/auth/current-user";
import { loadActor, resolveArea, resolveTenant } from "@/lib/tenancy/resolve";
import { requestInfo } from "@/lib/tenancy/request";
import { toCsvLine } from "@/lib/csv/escape";
import { listAreaAwards } from "@/lib/budget/services/awards-list";
import { THREE_SIXTY_COLUMNS, threeSixtyRow } from "@/lib/budget/three-sixty-giving";
import { db } from "@/lib/db/client";

/** The area's awards as a 360Giving CSV; formula-leading cells are escaped. 404 for anyone who cannot read the area. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string; area: string }> }) {
  const { partnership, area: areaSlug } = await params;
  const userId = await currentUserId();
  const actor = userId ? await loadActor(userId) : null;
  const ctx = actor ? await resolveTenant(actor, partnership, await requestInfo()) : null;
  const area = ctx ? await resolveArea(ctx, areaSlug) : null;
  if (!ctx || !area || !can(ctx.grants, "area.read", area.id)) return new NextResponse("Not found", { status: 404 });
  const tenant = await db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { name: true } });
  const funder = { partnershipSlug: ctx.partnershipSlug, partnershipName: tenant.name, areaSlug: area.slug, areaName: area.name };
  const awards = await listAreaAwards(ctx, area.id);
  const body = [toCsvLine([...THREE_SIXTY_COLUMNS]), ...awards.map((a) => toCsvLine(threeSixtyRow(a, funder)))].join("");
  return new NextResponse(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="360giving-${ctx.partnershipSlug}-${area.slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}
