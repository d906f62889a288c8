import { toCsvLine } from "@/lib/csv/escape";
import { templateCsvRows } from "@/lib/indicators/uploads/formats/template";
import { routeTenant } from "@/lib/tenancy/route";
import { csvResponse } from "@/lib/csv/response";

export const dynamic = "force-dynamic";

/** The platform's CSV template: its header and example rows. For any member of the partnership. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string }> }) {
  const ctx = await routeTenant((await params).partnership);
  if (!ctx) return new Response("Not found", { status: 404 });
  const body = templateCsvRows().map((row) => toCsvLine(row)).join("");
  return csvResponse(body, "act-locally-indicator-template.csv");
}
