import { z } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { apiError } from "@/lib/indicators/api-auth";
import { mappingSpecSchema } from "@/lib/indicators/uploads/mapping-spec";
import { describeBytes, UploadRefused } from "@/lib/indicators/uploads/pipeline";
import { stageUpload, uploadLimits, type StageInput } from "@/lib/indicators/uploads/services/stage";
import { getMappingByName } from "@/lib/indicators/uploads/services/mappings";
import { firstRejections } from "@/lib/indicators/uploads/services/queries";
import { summaryHeadline, type UploadSummary } from "@/lib/indicators/uploads/summary";
import type { UploadChannel } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * An upload as an HTTP request, for the browser's route and the API alike: the CSV is the
 * request body (never a form: server actions cap bodies, and a form would be buffered),
 * streamed into the staging pipeline as it arrives. Options travel in the query string.
 */
const query = z.object({
  fileName: z.string().max(500).optional(),
  batch: z.string().uuid().optional(),
  probe: z.enum(["1", "true"]).optional(),
  /** A saved mapping, by id (the browser) or by name (scripts). */
  mapping: z.string().max(200).optional(),
  /** A mapping given in full, as JSON (the browser's mapping step). */
  mappingSpec: z.string().max(20_000).optional(),
  saveMappingAs: z.string().trim().max(100).optional(),
  newIndicators: z.enum(["create", "skip"]).optional(),
});

async function* bodyChunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      // The client closed the connection (a tab closed, a network drop) before the end of the file.
      throw new UploadRefused("The upload was interrupted before the whole file arrived, so nothing of it was kept. Upload it again.");
    }
    if (next.done) return;
    if (next.value && next.value.length) yield next.value;
  }
}

/**
 * Reads and drops what is left of a body, giving up past `max` bytes; true when the body was
 * read to its end. A body left half-read holds its connection: the client's next request on
 * it (the browser sends the upload on the connection of its first look at the file) waits
 * behind bytes nobody reads, and through Next's request handler it never gets an answer.
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, max: number): Promise<boolean> {
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      seen += value?.length ?? 0;
      if (seen > max) {
        await reader.cancel();
        return false;
      }
    }
  } catch {
    // The client went away: nothing to answer.
    return false;
  }
}

/** A little more than the browser's first look sends (PROBE_BYTES in components/indicators/upload-flow.tsx). */
const DRAIN_BYTES = 1024 * 1024;

/** Answers once the body is done with: read to its end, or else the connection closes after the answer. */
async function afterBody(reader: ReadableStreamDefaultReader<Uint8Array>, response: Response, max = DRAIN_BYTES): Promise<Response> {
  if (!(await drain(reader, max))) response.headers.set("connection", "close");
  return response;
}

export function batchJson(partnershipSlug: string, batch: { id: string; fileName: string; status: string }, summary: UploadSummary | null) {
  return {
    id: batch.id,
    fileName: batch.fileName,
    status: batch.status,
    url: `/p/${partnershipSlug}/indicators/uploads/${batch.id}`,
    ...(summary
      ? {
          format: summary.format,
          headline: summaryHeadline(summary),
          rows: summary.rows,
          values: summary.values,
          indicators: summary.indicators.map((i) => ({ key: i.key, action: i.action, code: i.code, name: i.name, unit: i.unit, values: i.values })),
          outside: summary.outside,
          replaced: { cells: summary.replaced.cells, changed: summary.replaced.changed },
          warnings: summary.warnings,
        }
      : {}),
  };
}

export async function handleUploadRequest(ctx: TenantContext, request: Request, options: { channel: UploadChannel; apiTokenId?: string | null }): Promise<Response> {
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) return apiError(422, "Check the query string: " + params.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const q = params.data;
  const limits = uploadLimits();
  const type = request.headers.get("content-type") ?? "";
  if (/^multipart\//i.test(type)) {
    return apiError(415, "Send the CSV file itself as the request body, not as a form (curl --data-binary @file.csv, httr::upload_file, requests' data=open(...)).");
  }
  const length = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(length) && length > limits.maxBytes) {
    return apiError(413, `The file is larger than ${describeBytes(limits.maxBytes)}, the most one upload may hold. Split it (by year or by indicator) and upload the parts one after another.`);
  }
  if (!request.body) return apiError(422, "The request has no body: send the CSV file as the request body.");

  let mapping: StageInput["mapping"] = null;
  try {
    if (q.mappingSpec) {
      let json: unknown;
      try {
        json = JSON.parse(q.mappingSpec);
      } catch {
        return apiError(422, "mappingSpec is not valid JSON.");
      }
      const spec = mappingSpecSchema.safeParse(json);
      if (!spec.success) return apiError(422, `The column mapping is not complete: ${spec.error.issues.map((i) => i.message).join("; ")}.`);
      mapping = { spec: spec.data, saveAs: q.saveMappingAs || null };
    } else if (q.mapping) {
      mapping = z.string().uuid().safeParse(q.mapping).success ? { id: q.mapping } : { id: (await getMappingByName(ctx, q.mapping)).id };
    }
  } catch (error) {
    if (error instanceof AppError) return apiError(error.code === "not_found" ? 404 : 422, error.code === "not_found" ? "There is no such saved mapping." : error.message, { fieldErrors: error.fieldErrors });
    throw error;
  }

  const reader = request.body.getReader();
  try {
    const outcome = await stageUpload(ctx, {
      source: bodyChunks(reader),
      fileName: q.fileName ?? "upload.csv",
      channel: options.channel,
      apiTokenId: options.apiTokenId ?? null,
      batchId: q.batch ?? null,
      probe: Boolean(q.probe),
      mapping,
      decisions: { unknown: q.newIndicators ?? "create" },
    });
    switch (outcome.kind) {
      case "staged": {
        const rejections = await firstRejections(ctx, outcome.batchId);
        return Response.json(
          { batch: batchJson(ctx.partnershipSlug, { id: outcome.batchId, fileName: q.fileName ?? "upload.csv", status: "staged" }, outcome.summary), rejections },
          { status: 201, headers: { "cache-control": "no-store" } },
        );
      }
      case "probed":
        return afterBody(reader, Response.json({ recognised: { format: outcome.format, description: outcome.description, header: outcome.header } }, { headers: { "cache-control": "no-store" } }));
      case "unrecognised":
        return afterBody(
          reader,
          apiError(
            422,
            "The importer does not recognise this file's columns: it is not the platform's template, a Fingertips export or a DfE explore education statistics file. Map its columns to the template (on the upload page, or with ?mapping=<saved mapping name>).",
            { kind: "unrecognised", header: outcome.header, signature: outcome.signature, suggestion: outcome.suggestion, missing: outcome.missing, savedMappings: outcome.savedMappings },
          ),
          // The mapping step follows: a whole file is read to its end so its connection can carry the next try.
          q.probe ? DRAIN_BYTES : limits.maxBytes,
        );
      case "refused":
        return afterBody(reader, apiError(outcome.status, outcome.message, { batchId: outcome.batchId }));
    }
  } catch (error) {
    if (error instanceof AppError) {
      const status = error.code === "not_found" ? 404 : error.code === "conflict" ? 409 : error.code === "rate_limited" ? 429 : 422;
      return afterBody(reader, apiError(status, error.code === "not_found" ? "Not found" : error.message, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}));
    }
    logger.error("upload request failed", { requestId: ctx.requestId, error });
    return afterBody(reader, apiError(500, `Something went wrong and nothing was kept. Try again; if it keeps happening, quote reference ${ctx.requestId ?? "unknown"}.`));
  }
}
