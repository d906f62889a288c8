import { db } from "@/lib/db/client";
import { markWithheld } from "@/lib/indicators/services/withheld";
import { notFoundError } from "@/lib/errors";
import { readSummary, type UploadSummary } from "@/lib/indicators/uploads/summary";
import { requireUploadReader } from "@/lib/indicators/uploads/services/access";
import type { GeographyType, IndicatorUnit, MissingReason, UploadChannel, UploadFormat, UploadStatus } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

/** Reads for the upload pages and the API; each names the tenant in every query. */
export type BatchRow = {
  id: string;
  fileName: string;
  sha256: string;
  bytes: number;
  format: UploadFormat;
  status: UploadStatus;
  channel: UploadChannel;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  values: number | null;
  createdAt: Date;
  uploadedBy: string | null;
  tokenName: string | null;
  committedAt: Date | null;
  committedBy: string | null;
  rolledBackAt: Date | null;
  rolledBackBy: string | null;
  /** Why the file was refused, for a batch that never got to a preview. */
  refusal: string | null;
  /** Still being read (no preview yet). */
  reading: boolean;
};

const PAGE = 25;

type BatchRecord = {
  id: string;
  fileName: string;
  sha256: string;
  bytes: bigint;
  format: UploadFormat;
  status: UploadStatus;
  channel: UploadChannel;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  summary: unknown;
  createdAt: Date;
  committedAt: Date | null;
  rolledBackAt: Date | null;
  committedById: string | null;
  rolledBackById: string | null;
  uploadedBy: { name: string } | null;
  apiToken: { name: string } | null;
};

const batchSelect = {
  id: true,
  fileName: true,
  sha256: true,
  bytes: true,
  format: true,
  status: true,
  channel: true,
  rowsRead: true,
  rowsAccepted: true,
  rowsRejected: true,
  summary: true,
  createdAt: true,
  committedAt: true,
  rolledBackAt: true,
  committedById: true,
  rolledBackById: true,
  uploadedBy: { select: { name: true } },
  apiToken: { select: { name: true } },
} as const;

function refusalOf(summary: unknown): string | null {
  if (summary && typeof summary === "object" && typeof (summary as { error?: unknown }).error === "string") return (summary as { error: string }).error;
  return null;
}

async function names(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const users = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function toRow(b: BatchRecord, people: Map<string, string>): BatchRow {
  const summary = readSummary(b.summary);
  return {
    id: b.id,
    fileName: b.fileName,
    sha256: b.sha256,
    bytes: Number(b.bytes),
    format: b.format,
    status: b.status,
    channel: b.channel,
    rowsRead: b.rowsRead,
    rowsAccepted: b.rowsAccepted,
    rowsRejected: b.rowsRejected,
    values: summary?.values ?? null,
    createdAt: b.createdAt,
    uploadedBy: b.uploadedBy?.name ?? null,
    tokenName: b.apiToken?.name ?? null,
    committedAt: b.committedAt,
    committedBy: b.committedById ? (people.get(b.committedById) ?? null) : null,
    rolledBackAt: b.rolledBackAt,
    rolledBackBy: b.rolledBackById ? (people.get(b.rolledBackById) ?? null) : null,
    refusal: refusalOf(b.summary),
    reading: b.status === "staged" && summary === null,
  };
}

export async function listBatches(ctx: TenantContext, page = 1): Promise<{ rows: BatchRow[]; total: number; pages: number; page: number }> {
  requireUploadReader(ctx);
  const where = { partnershipId: ctx.partnershipId };
  const total = await db().uploadBatch.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const batches = await db().uploadBatch.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (current - 1) * PAGE, take: PAGE, select: batchSelect });
  const people = await names(batches.flatMap((b) => [b.committedById, b.rolledBackById]));
  return { rows: batches.map((b) => toRow(b, people)), total, pages, page: current };
}

export type BatchDetail = BatchRow & {
  summary: UploadSummary | null;
  indicatorNames: Map<string, { name: string; code: string; unit: IndicatorUnit | null; threshold: number }>;
};

export async function getBatch(ctx: TenantContext, batchId: string): Promise<BatchDetail> {
  requireUploadReader(ctx);
  const b = await db().uploadBatch.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batchId } }, select: batchSelect });
  if (!b) throw notFoundError();
  const people = await names([b.committedById, b.rolledBackById]);
  const summary = readSummary(b.summary);
  const definitions = await db().indicatorDefinition.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, name: true, code: true, unit: true, suppressionThreshold: true } });
  const indicatorNames = new Map(definitions.map((d) => [d.id, { name: d.name, code: d.code, unit: d.unit as IndicatorUnit | null, threshold: d.suppressionThreshold }]));
  // Indicators the batch would create are not definitions yet: name them from the preview.
  for (const i of summary?.indicators ?? []) if (!indicatorNames.has(i.id)) indicatorNames.set(i.id, { name: i.name, code: i.code, unit: i.unit, threshold: 5 });
  // The values it would replace are shown beside the dashboards: withheld where they withhold them.
  if (summary) summary.replaced.examples = await markWithheld(ctx, summary.replaced.examples);
  return { ...toRow(b, people), summary, indicatorNames };
}

/** The batch's status and rows read so far, for the progress bar while a big file is read. */
export async function batchProgress(ctx: TenantContext, batchId: string): Promise<{ status: UploadStatus; rowsRead: number; ready: boolean; refusal: string | null } | null> {
  requireUploadReader(ctx);
  const b = await db().uploadBatch.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batchId } }, select: { status: true, rowsRead: true, summary: true } });
  if (!b) return null;
  return { status: b.status, rowsRead: b.rowsRead, ready: readSummary(b.summary) !== null, refusal: refusalOf(b.summary) };
}

export async function firstRejections(ctx: TenantContext, batchId: string, limit = 100): Promise<{ line: number; reason: string }[]> {
  requireUploadReader(ctx);
  return db().uploadRejection.findMany({ where: { partnershipId: ctx.partnershipId, batchId }, orderBy: { line: "asc" }, take: limit, select: { line: true, reason: true } });
}

/** Every rejection of a batch, a page at a time, for the CSV download. */
export async function* iterateRejections(ctx: TenantContext, batchId: string): AsyncGenerator<{ line: number; reason: string }> {
  requireUploadReader(ctx);
  let after = 0;
  for (;;) {
    const page = await db().uploadRejection.findMany({ where: { partnershipId: ctx.partnershipId, batchId, line: { gt: after } }, orderBy: { line: "asc" }, take: 5_000, select: { line: true, reason: true } });
    for (const r of page) yield r;
    if (page.length < 5_000) return;
    after = page[page.length - 1]!.line;
  }
}

export type BatchValue = {
  line: number | null;
  indicatorId: string;
  geographyType: GeographyType;
  geographyCode: string;
  period: string;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  missingReason: MissingReason | null;
  /** What the cell shows now, and from which upload (this one, a later one, an earlier one). */
  currentValue: number | null;
  currentNumerator: number | null;
  currentMissing: MissingReason | null;
  currentBatchId: string | null;
  currentFileName: string | null;
  /** The dashboards show this cell as "c" now (a small count, or its complement): so does the batch page. */
  withheld: boolean;
};

export const VALUES_PAGE = 50;

/** A batch's values by line, each beside what its cell shows now: before and after a rollback, side by side. */
export async function listBatchValues(ctx: TenantContext, batchId: string, page = 1): Promise<{ rows: BatchValue[]; total: number; pages: number; page: number }> {
  requireUploadReader(ctx);
  const batch = await db().uploadBatch.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batchId } }, select: { id: true } });
  if (!batch) throw notFoundError();
  const [{ total }] = await db().$queryRaw<[{ total: bigint }]>`SELECT count(*) AS total FROM "DataPoint" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batchId}::uuid`;
  const pages = Math.max(1, Math.ceil(Number(total) / VALUES_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const offset = (current - 1) * VALUES_PAGE;
  const rows = await db().$queryRaw<Omit<BatchValue, "withheld">[]>`
    SELECT d."line", d."indicatorId", d."geographyType", d."geographyCode", d."period", d."breakdown", d."value", d."numerator", d."missingReason",
           c."value" AS "currentValue", c."numerator" AS "currentNumerator", c."missingReason" AS "currentMissing", c."batchId" AS "currentBatchId", cb."fileName" AS "currentFileName"
    FROM (
      SELECT * FROM "DataPoint" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batchId}::uuid
      ORDER BY "line", "id" LIMIT ${VALUES_PAGE} OFFSET ${offset}
    ) d
    LEFT JOIN LATERAL (
      SELECT * FROM "CurrentDataPoint" v
      WHERE v."partnershipId" = d."partnershipId" AND v."indicatorId" = d."indicatorId" AND v."geographyCode" = d."geographyCode"
        AND v."period" = d."period" AND v."geographyType" = d."geographyType" AND v."breakdown" = d."breakdown"
    ) c ON true
    LEFT JOIN "UploadBatch" cb ON cb."partnershipId" = d."partnershipId" AND cb."id" = c."batchId"
    ORDER BY d."line", d."id"`;
  return { rows: await markWithheld(ctx, rows), total: Number(total), pages, page: current };
}
