import { toCsvLine } from "@/lib/csv/escape";
import { templateCsvRows } from "@/lib/indicators/uploads/formats/template";
import { sessionTenant } from "@/lib/indicators/uploads/session";

export const dynamic = "force-dynamic";

/** The platform's CSV template: its header and example rows. For any member of the partnership. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string }> }) {
  const ctx = await sessionTenant((await params).partnership);
  if (!ctx) return new Response("Not found", { status: 404 });
  const body = templateCsvRows().map((row) => toCsvLine(row)).join("");
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="act-locally-indicator-template.csv"', "cache-control": "no-store" },
  });
}
