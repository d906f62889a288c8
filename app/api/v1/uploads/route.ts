import { authenticateApiRequest } from "@/lib/indicators/api-auth";
import { apiListBatches, apiUpload } from "@/lib/indicators/uploads/api";

export const dynamic = "force-dynamic";

/** GET: the partnership's upload batches, newest first. POST: upload a CSV (the request body) and get its preview. */
export async function GET(request: Request) {
  const caller = await authenticateApiRequest(request);
  return caller instanceof Response ? caller : apiListBatches(caller, request);
}

export async function POST(request: Request) {
  const caller = await authenticateApiRequest(request);
  return caller instanceof Response ? caller : apiUpload(caller, request);
}
