import { routeArea } from "@/lib/tenancy/route";
import { csvResponse } from "@/lib/csv/response";
import { toCsvLine } from "@/lib/csv/escape";
import { loadReviewPack } from "@/lib/review/services/pack";
import { CSV_COLUMNS, packCsvRows } from "@/lib/review/pack";

/** The area's review pack as CSV: the same figures as the printed page, formula-leading cells escaped. 404 for anyone who cannot read the area. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string; area: string }> }) {
  const { partnership, area: areaSlug } = await params;
  const found = await routeArea(partnership, areaSlug);
  const pack = found ? await loadReviewPack(found.ctx, found.area.id) : null;
  if (!found || !pack) return new Response("Not found", { status: 404 });
  const { ctx, area } = found;
  const body = [toCsvLine([...CSV_COLUMNS]), ...packCsvRows(pack).map((row) => toCsvLine(row))].join("");
  return csvResponse(body, `review-pack-${ctx.partnershipSlug}-${area.slug}-${pack.generatedOn}.csv`);
}
