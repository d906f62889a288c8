import { authenticateApiRequest } from "@/lib/indicators/api-auth";
import { rejectionsCsv } from "@/lib/indicators/uploads/api";

export const dynamic = "force-dynamic";

/** Every rejected row of a batch as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ batch: string }> }) {
  const caller = await authenticateApiRequest(request);
  return caller instanceof Response ? caller : rejectionsCsv(caller.ctx, (await params).batch);
}
