import { apiError } from "@/lib/indicators/api-auth";
import { handleUploadRequest } from "@/lib/indicators/uploads/http";
import { sameOrigin, sessionUploader } from "@/lib/indicators/uploads/session";

export const dynamic = "force-dynamic";

/**
 * The upload page's endpoint: the CSV is the request body, streamed into the pipeline as it
 * arrives (a server action's body is capped and buffered). Signed-in research partners of
 * the partnership only; anyone else gets 404. Outside the proxy's matcher, so Next does not
 * buffer the body for it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ partnership: string }> }) {
  const ctx = await sessionUploader((await params).partnership);
  if (!ctx || !sameOrigin(request)) return apiError(404, "Not found");
  return handleUploadRequest(ctx, request, { channel: "web" });
}
