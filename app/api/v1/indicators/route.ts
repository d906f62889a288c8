import { authenticateApiRequest } from "@/lib/indicators/api-auth";
import { apiListIndicators } from "@/lib/indicators/api-figures";

export const dynamic = "force-dynamic";

/** GET: the partnership's indicators (code, name, unit, polarity, source, suppression threshold). */
export async function GET(request: Request) {
  const caller = await authenticateApiRequest(request);
  return caller instanceof Response ? caller : apiListIndicators(caller);
}
