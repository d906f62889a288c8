import { z } from "zod";
import { AppError } from "@/lib/errors";
import { toCsvLine } from "@/lib/csv/escape";
import { csvResponse } from "@/lib/csv/response";
import { apiError, type ApiCaller } from "@/lib/indicators/api-auth";
import { canReadUploads, canUpload } from "@/lib/indicators/uploads/services/access";
import { commitBatch, discardBatch, rollbackBatch } from "@/lib/indicators/uploads/services/batches";
import { firstRejections, getBatch, iterateRejections, listBatches, type BatchRow } from "@/lib/indicators/uploads/services/queries";
import { batchJson, handleUploadRequest } from "@/lib/indicators/uploads/http";

/**
 * The upload API for scripts (/api/v1/uploads…), behind the token check of
 * lib/indicators/api-auth.ts: list batches, upload (stage), read one, commit, roll back,
 * discard, download its rejections. Each answers JSON; not allowed and not found are 404.
 */
const notFound = () => apiError(404, "Not found");
const UUID = z.string().uuid();

function rowJson(slug: string, b: BatchRow) {
  return {
    id: b.id,
    fileName: b.fileName,
    sha256: b.sha256,
    bytes: b.bytes,
    format: b.format,
    status: b.status,
    channel: b.channel,
    rowsRead: b.rowsRead,
    rowsAccepted: b.rowsAccepted,
    rowsRejected: b.rowsRejected,
    values: b.values,
    uploadedBy: b.uploadedBy,
    token: b.tokenName,
    createdAt: b.createdAt.toISOString(),
    committedAt: b.committedAt?.toISOString() ?? null,
    rolledBackAt: b.rolledBackAt?.toISOString() ?? null,
    refusal: b.refusal,
    url: `/p/${slug}/indicators/uploads/${b.id}`,
  };
}

function fromAppError(error: unknown): Response {
  if (error instanceof AppError) {
    if (error.code === "not_found") return notFound();
    return apiError(error.code === "conflict" ? 409 : 422, error.message, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {});
  }
  throw error;
}

export async function apiListBatches(caller: ApiCaller, request: Request): Promise<Response> {
  if (!canReadUploads(caller.ctx)) return notFound();
  const page = Math.max(1, Number(new URL(request.url).searchParams.get("page") ?? "1") || 1);
  const list = await listBatches(caller.ctx, page);
  return Response.json({ batches: list.rows.map((b) => rowJson(caller.ctx.partnershipSlug, b)), page: list.page, pages: list.pages, total: list.total }, { headers: { "cache-control": "no-store" } });
}

export async function apiUpload(caller: ApiCaller, request: Request): Promise<Response> {
  if (!canUpload(caller.ctx)) return notFound();
  return handleUploadRequest(caller.ctx, request, { channel: "api", apiTokenId: caller.tokenId });
}

export async function apiGetBatch(caller: ApiCaller, batchId: string): Promise<Response> {
  if (!canReadUploads(caller.ctx) || !UUID.safeParse(batchId).success) return notFound();
  try {
    const batch = await getBatch(caller.ctx, batchId);
    const rejections = await firstRejections(caller.ctx, batchId);
    return Response.json({ batch: { ...rowJson(caller.ctx.partnershipSlug, batch), ...batchJson(caller.ctx.partnershipSlug, batch, batch.summary) }, rejections }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return fromAppError(error);
  }
}

const STEPS = { commit: commitBatch, rollback: rollbackBatch, discard: discardBatch } as const;

export async function apiBatchStep(caller: ApiCaller, batchId: string, step: keyof typeof STEPS): Promise<Response> {
  if (!canUpload(caller.ctx) || !UUID.safeParse(batchId).success) return notFound();
  try {
    await STEPS[step](caller.ctx, { batchId });
    const batch = await getBatch(caller.ctx, batchId);
    return Response.json({ batch: rowJson(caller.ctx.partnershipSlug, batch) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return fromAppError(error);
  }
}

/** Every rejected row of a batch as CSV (line, reason), streamed; formula-leading cells are escaped. */
export async function rejectionsCsv(ctx: ApiCaller["ctx"], batchId: string): Promise<Response> {
  if (!canReadUploads(ctx) || !UUID.safeParse(batchId).success) return new Response("Not found", { status: 404 });
  let batch;
  try {
    batch = await getBatch(ctx, batchId);
  } catch (error) {
    if (error instanceof AppError) return new Response("Not found", { status: 404 });
    throw error;
  }
  const encoder = new TextEncoder();
  const rows = iterateRejections(ctx, batchId);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsvLine(["line", "reason"])));
    },
    async pull(controller) {
      const lines: string[] = [];
      for (let i = 0; i < 500; i++) {
        const next = await rows.next();
        if (next.done) {
          if (lines.length) controller.enqueue(encoder.encode(lines.join("")));
          return controller.close();
        }
        lines.push(toCsvLine([next.value.line, next.value.reason]));
      }
      controller.enqueue(encoder.encode(lines.join("")));
    },
  });
  const name = batch.fileName.replace(/\.csv$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80) || "upload";
  return csvResponse(stream, `rejected-rows-${name}.csv`);
}
