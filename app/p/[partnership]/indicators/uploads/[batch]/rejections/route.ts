import { rejectionsCsv } from "@/lib/indicators/uploads/api";
import { sessionUploadReader } from "@/lib/indicators/uploads/session";

export const dynamic = "force-dynamic";

/** Every rejected row of a batch as CSV (line, reason), formula-safe. 404 for anyone but the partnership's uploaders. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string; batch: string }> }) {
  const { partnership, batch } = await params;
  const ctx = await sessionUploadReader(partnership);
  if (!ctx) return new Response("Not found", { status: 404 });
  return rejectionsCsv(ctx, batch);
}
