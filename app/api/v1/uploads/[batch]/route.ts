import { authenticateApiRequest } from "@/lib/indicators/api-auth";
import { apiGetBatch } from "@/lib/indicators/uploads/api";

export const dynamic = "force-dynamic";

/** One batch: its status, preview and first 100 rejected rows. */
export async function GET(request: Request, { params }: { params: Promise<{ batch: string }> }) {
  const caller = await authenticateApiRequest(request);
  return caller instanceof Response ? caller : apiGetBatch(caller, (await params).batch);
}
