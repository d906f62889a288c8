import { authenticateApiRequest } from "@/lib/indicators/api-auth";
import { apiBatchStep } from "@/lib/indicators/uploads/api";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ batch: string }> }) {
  const caller = await authenticateApiRequest(request);
  return caller instanceof Response ? caller : apiBatchStep(caller, (await params).batch, "commit");
}
