import { NextResponse } from "next/server";
import { can } from "@/lib/auth/permissions";
import { currentUserId } from "@/lib/auth/current-user";
import { loadActor, resolveArea, resolveTenant } from "@/lib/tenancy/resolve";
import { requestInfo } from "@/lib/tenancy/request";
import { toCsvLine } from "@/lib/csv/escape";
import { loadReviewPack } from "@/lib/review/services/pack";
import { CSV_COLUMNS, packCsvRows } from "@/lib/review/pack";

/** The area's review pack as CSV: the same figures as the printed page, formula-leading cells escaped. 404 for anyone who cannot read the area. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string; area: string }> }) {
  const { partnership, area: areaSlug } = await params;
  const userId = await currentUserId();
  const actor = userId ? await loadActor(userId) : null;
  const ctx = actor ? await resolveTenant(actor, partnership, await requestInfo()) : null;
  const area = ctx ? await resolveArea(ctx, areaSlug) : null;
  if (!ctx || !area || !can(ctx.grants, "area.read", area.id)) return new NextResponse("Not found", { status: 404 });
  const pack = await loadReviewPack(ctx, area.id);
  if (!pack) return new NextResponse("Not found", { status: 404 });
  const body = [toCsvLine([...CSV_COLUMNS]), ...packCsvRows(pack).map((row) => toCsvLine(row))].join("");
  return new NextResponse(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="review-pack-${ctx.partnershipSlug}-${area.slug}-${pack.generatedOn}.csv"`,
      "cache-control": "no-store",
    },
  });
}
