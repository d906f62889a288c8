import { z } from "zod";
import { batchProgress } from "@/lib/indicators/uploads/services/queries";
import { sessionUploadReader } from "@/lib/indicators/uploads/session";

export const dynamic = "force-dynamic";

/** How far the server has read a file being uploaded: the upload page polls it for big files. */
export async function GET(_request: Request, { params }: { params: Promise<{ partnership: string; batch: string }> }) {
  const { partnership, batch } = await params;
  const ctx = await sessionUploadReader(partnership);
  const progress = ctx && z.string().uuid().safeParse(batch).success ? await batchProgress(ctx, batch) : null;
  if (!ctx) return new Response("Not found", { status: 404 });
  // Not started yet is not an error: the batch appears once the file's first rows are read.
  return Response.json(progress ?? { status: "waiting", rowsRead: 0, ready: false, refusal: null }, { headers: { "cache-control": "no-store" } });
}
