import type pg from "pg";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg";
import { openBulkWriter, type BulkColumn, type BulkWriter } from "@/lib/db/bulk";
import { getEnv } from "@/lib/env";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { runPipeline, UploadRefused, type Limits, type SinkHandle } from "@/lib/indicators/uploads/pipeline";
import { IndicatorPlanner, type IndicatorDecisions } from "@/lib/indicators/uploads/plan";
import { buildSummary, indicatorsToWrite, type UploadSummary } from "@/lib/indicators/uploads/summary";
import { mappingProblems } from "@/lib/indicators/uploads/mapping-spec";
import { headerSignature } from "@/lib/indicators/uploads/header";
import { requireUploader } from "@/lib/indicators/uploads/services/access";
import { loadGeographyScope, loadKnownIndicators } from "@/lib/indicators/uploads/services/scope";
import { computeReplacements, pgQuery } from "@/lib/indicators/uploads/services/replacements";
import { assertMappingNameFree, getMapping, mappingsForSignature } from "@/lib/indicators/uploads/services/mappings";
import { discardStaleBatches } from "@/lib/indicators/uploads/services/batches";
import type { ColumnMappingSpec } from "@/lib/indicators/uploads/types";
import type { UploadChannel, UploadFormat } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Staging an upload: the file is streamed through the pipeline into DataPoint under a new
 * batch with status `staged` (invisible: CurrentDataPoint shows committed batches only) and
 * its rejected rows into UploadRejection, both bulk-loaded (COPY on a server). Nothing the
 * partnership sees changes until the batch is committed. A refused file (too big, too many
 * rows, not a CSV the importer reads) leaves a discarded batch with the reason, for the
 * history and the audit log.
 */
export type StageInput = {
  source: AsyncIterable<Uint8Array>;
  fileName: string;
  channel: UploadChannel;
  apiTokenId?: string | null;
  /** Chosen by the browser so it can watch the batch's progress while it uploads. */
  batchId?: string | null;
  mapping?: { id: string } | { spec: ColumnMappingSpec; saveAs?: string | null } | null;
  decisions?: IndicatorDecisions;
  /** Read only the first rows and say what the file is. */
  probe?: boolean;
  limits?: Partial<Limits>;
};

export type StageOutcome =
  | { kind: "staged"; batchId: string; summary: UploadSummary }
  | { kind: "probed"; format: UploadFormat; description: string; header: string[] }
  | { kind: "unrecognised"; header: string[]; signature: string; suggestion: ColumnMappingSpec; missing: string[]; savedMappings: { id: string; name: string; spec: ColumnMappingSpec }[] }
  | { kind: "refused"; message: string; batchId: string | null; status: 413 | 422 };

const DATA_COLUMNS: BulkColumn[] = [
  { name: "partnershipId", type: "uuid" },
  { name: "batchId", type: "uuid" },
  { name: "indicatorId", type: "uuid" },
  { name: "geographyType", type: '"GeographyType"' },
  { name: "geographyCode", type: "text" },
  { name: "period", type: "text" },
  { name: "periodType", type: '"PeriodType"' },
  { name: "periodStart", type: "date" },
  { name: "periodEnd", type: "date" },
  { name: "breakdown", type: "text" },
  { name: "value", type: "float8" },
  { name: "numerator", type: "float8" },
  { name: "denominator", type: "float8" },
  { name: "lowerCi", type: "float8" },
  { name: "upperCi", type: "float8" },
  { name: "missingReason", type: '"MissingReason"' },
  { name: "note", type: "text" },
  { name: "line", type: "int4" },
];

const REJECTION_COLUMNS: BulkColumn[] = [
  { name: "partnershipId", type: "uuid" },
  { name: "batchId", type: "uuid" },
  { name: "line", type: "int4" },
  { name: "reason", type: "text" },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A file name as shown in the history: no folders, no control characters, not endless. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean || "upload.csv";
}

export function uploadLimits(overrides: Partial<Limits> = {}): Limits {
  const env = getEnv();
  return { maxBytes: overrides.maxBytes ?? env.UPLOAD_MAX_BYTES, maxRows: overrides.maxRows ?? env.UPLOAD_MAX_ROWS };
}

export async function stageUpload(ctx: TenantContext, input: StageInput): Promise<StageOutcome> {
  requireUploader(ctx);
  const fileName = cleanFileName(input.fileName);
  const limits = uploadLimits(input.limits);
  if (input.batchId && !UUID.test(input.batchId)) throw validationError({ batch: ["The upload id is not a valid id"] });
  if (input.batchId) {
    const taken = await db().uploadBatch.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.batchId } }, select: { id: true } });
    if (taken) throw new AppError("conflict", "This upload has already been sent. Start a new upload.");
  }
  if (!input.probe) await discardStaleBatches(ctx);

  let spec: ColumnMappingSpec | null = null;
  let mappingId: string | null = null;
  let saveAs: string | null = null;
  if (input.mapping && "id" in input.mapping) {
    const saved = await getMapping(ctx, input.mapping.id);
    spec = saved.spec;
    mappingId = saved.id;
  } else if (input.mapping) {
    spec = input.mapping.spec;
    saveAs = input.mapping.saveAs?.trim() || null;
    if (saveAs) await assertMappingNameFree(ctx, saveAs);
  }

  // A first look at a file needs neither the partnership's geographies nor its indicators.
  const [scope, known] = input.probe ? [{ own: new Map(), areaSlugs: new Set<string>() }, []] : await Promise.all([loadGeographyScope(ctx), loadKnownIndicators(ctx)]);
  const planner = new IndicatorPlanner(known, input.decisions);
  let batchId: string | null = null;
  const clients: pg.PoolClient[] = [];
  const writers: BulkWriter[] = [];
  let failed = false;

  try {
    const result = await runPipeline({
      source: input.source,
      limits,
      scope,
      planner,
      mapping: spec,
      fileName,
      probe: input.probe,
      open: async (reader, header) => {
        if (spec) {
          const problems = mappingProblems(spec, header);
          if (problems.length) throw new UploadRefused(`${problems.join(". ")}.`);
        }
        const batch = await db().uploadBatch.create({
          data: {
            partnershipId: ctx.partnershipId,
            id: input.batchId ?? undefined,
            channel: input.channel,
            uploadedById: ctx.userId,
            apiTokenId: input.apiTokenId ?? null,
            fileName,
            sha256: "",
            bytes: 0,
            format: reader.format,
            columnMappingId: mappingId,
          },
          select: { id: true },
        });
        batchId = batch.id;
        const pool = pgPool();
        for (let i = 0; i < 2; i++) clients.push(await pool.connect());
        const values = await openBulkWriter(clients[0]!, "DataPoint", DATA_COLUMNS, { format: "binary" });
        writers.push(values);
        const rejections = await openBulkWriter(clients[1]!, "UploadRejection", REJECTION_COLUMNS);
        writers.push(rejections);
        const p = ctx.partnershipId;
        const b = batch.id;
        const sink: SinkHandle = {
          value: values.binary
            ? (o, indicatorId, type, code, line) => {
                // The hot loop of a big upload: each field straight into COPY's binary format, in
                // DATA_COLUMNS' order. The server parses nothing; ids and dates are cached bytes.
                const e = values.binary!;
                e.beginRow();
                e.uuid(p);
                e.uuid(b);
                e.uuid(indicatorId);
                e.text(type);
                e.text(code);
                e.text(o.period.label);
                e.text(o.period.type);
                e.date(o.period.start);
                e.date(o.period.end);
                e.text(o.breakdown);
                e.float8(o.value);
                e.float8(o.numerator);
                e.float8(o.denominator);
                e.float8(o.lowerCi);
                e.float8(o.upperCi);
                if (o.missingReason === null) e.nul();
                else e.text(o.missingReason);
                if (o.note === null) e.nul();
                else e.text(o.note);
                e.int4(line);
                e.endRow();
              }
            : (o, indicatorId, type, code, line) => {
                values.write([p, b, indicatorId, type, code, o.period.label, o.period.type, o.period.start, o.period.end, o.breakdown, o.value, o.numerator, o.denominator, o.lowerCi, o.upperCi, o.missingReason, o.note, line]);
              },
          rejection(line, reason) {
            rejections.write([p, b, line, reason.slice(0, 500)]);
          },
          needsDrain: () => values.needsDrain || rejections.needsDrain,
          drain: async () => {
            await Promise.all([values.drain(), rejections.drain()]);
          },
        };
        return sink;
      },
      progress: async (rows) => {
        if (batchId) await db().uploadBatch.updateMany({ where: { partnershipId: ctx.partnershipId, id: batchId }, data: { rowsRead: rows } });
      },
    });

    if (result.kind === "unrecognised") {
      const r = result.recognition;
      return { kind: "unrecognised", header: r.header, signature: r.signature, suggestion: r.suggestion, missing: r.missing, savedMappings: await mappingsForSignature(ctx, r.signature) };
    }
    if (result.kind === "probed") return { kind: "probed", format: result.reader.format, description: result.reader.description, header: result.header };

    await Promise.all(writers.map((w) => w.end()));
    const summary = buildSummary({ reader: result.reader, processor: result.processor, planned: planner.all(), header: result.header, encoding: result.encoding, bom: result.bom, delimiter: result.delimiter });
    summary.replaced = await computeReplacements(pgQuery(clients[0]!), ctx.partnershipId, batchId!, indicatorsToWrite(summary).map((i) => i.id));
    const id = batchId!;
    await db().$transaction(async (tx) => {
      let savedMappingId = mappingId;
      if (saveAs && spec) {
        const saved = await tx.columnMapping.create({ data: { partnershipId: ctx.partnershipId, name: saveAs, headerSignature: headerSignature(result.header), mapping: spec, createdById: ctx.userId } });
        savedMappingId = saved.id;
        await audit(tx, ctx, { action: "indicators.mapping_saved", entityType: "ColumnMapping", entityId: saved.id, after: saved });
      }
      const after = await tx.uploadBatch.update({
        where: { partnershipId_id: { partnershipId: ctx.partnershipId, id } },
        data: {
          sha256: result.sha256,
          bytes: BigInt(result.bytes),
          rowsRead: summary.rows.read,
          rowsAccepted: summary.rows.accepted,
          rowsRejected: summary.rows.rejected,
          summary,
          columnMappingId: savedMappingId,
        },
        select: { id: true, fileName: true, sha256: true, format: true, rowsRead: true, rowsAccepted: true, rowsRejected: true, channel: true },
      });
      // The batch's periods per indicator, for the dashboards (lib/indicators/services/periods.ts): read only once committed.
      // One statement of arrays, not createMany: thousands of rows through Prisma's query compiler cost tens of MB.
      const periods = [...result.processor.indicatorPeriods()];
      if (periods.length) {
        await tx.$executeRaw`
          INSERT INTO "BatchPeriod" ("partnershipId", "batchId", "indicatorId", "period", "headline", "periodType", "periodStart", "periodEnd")
          SELECT ${ctx.partnershipId}::uuid, ${id}::uuid, p.*
          FROM unnest(${periods.map((x) => x.indicatorId)}::uuid[], ${periods.map((x) => x.period)}::text[], ${periods.map((x) => x.headline)}::boolean[],
                      ${periods.map((x) => x.type)}::"PeriodType"[], ${periods.map((x) => x.start)}::date[], ${periods.map((x) => x.end)}::date[]) AS p
          ON CONFLICT DO NOTHING`;
      }
      await audit(tx, ctx, { action: "indicators.upload_staged", entityType: "UploadBatch", entityId: id, after: { ...after, values: summary.values } });
    });
    return { kind: "staged", batchId: id, summary };
  } catch (error) {
    failed = true;
    await Promise.all(writers.map((w) => w.abort(error instanceof Error ? error.message : "upload failed").catch(() => undefined)));
    const message = error instanceof UploadRefused ? error.message : error instanceof AppError ? error.message : null;
    if (batchId) await refuseBatch(ctx, batchId, message ?? "The upload failed on the server and nothing was kept. Try again.");
    if (message !== null && error instanceof UploadRefused) return { kind: "refused", message, batchId, status: error.status };
    if (!(error instanceof AppError)) logger.error("indicator upload failed", { requestId: ctx.requestId, error });
    throw error;
  } finally {
    // A connection that was mid-COPY when something failed is not handed out again.
    for (const c of clients) c.release(failed);
  }
}

/** A batch whose file was refused part-way: its rows go, its reason stays. */
async function refuseBatch(ctx: TenantContext, batchId: string, message: string): Promise<void> {
  try {
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM "DataPoint" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batchId}::uuid`;
      await tx.uploadRejection.deleteMany({ where: { partnershipId: ctx.partnershipId, batchId } });
      const after = await tx.uploadBatch.update({
        where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batchId } },
        data: { status: "discarded", summary: { version: 0, error: message } },
        select: { id: true, fileName: true, status: true },
      });
      await audit(tx, ctx, { action: "indicators.upload_refused", entityType: "UploadBatch", entityId: batchId, after: { ...after, reason: message } });
    });
  } catch (error) {
    logger.error("could not record a refused upload", { requestId: ctx.requestId, batchId, error });
  }
}
