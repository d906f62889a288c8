import { authenticateApiRequest } from "@/lib/indicators/api-auth";
import { apiIndicatorFigures } from "@/lib/indicators/api-figures";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ indicator: string }> };

/** GET: one indicator's figures (by its code) for the areas the token may see, suppressed; ?format=csv for a spreadsheet. */
export async function GET(request: Request, { params }: Params) {
  const caller = await authenticateApiRequest(request);
  if (caller instanceof Response) return caller;
  const { indicator } = await params;
  return apiIndicatorFigures(caller, request, indicator);
}
