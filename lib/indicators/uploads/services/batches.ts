import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import { catalogueEntry } from "@/lib/indicators/catalogue";
import { adoptCatalogueIndicator } from "@/lib/indicators/services/adopt";
import { indicatorsToWrite, readSummary, type SummaryIndicator, type UploadSummary } from "@/lib/indicators/uploads/summary";
import { requireUploader } from "@/lib/indicators/uploads/services/access";
import { computeReplacements, type RawQuery } from "@/lib/indicators/uploads/services/replacements";
import type { IndicatorPolarity, IndicatorUnit, UploadStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * A batch's life after staging, each step one transaction with the batch's row locked:
 * commit (all or nothing: the indicators it needs are created, the batch becomes visible
 * with the next commit sequence number), rollback (it stops being visible: each of its cells
 * shows again whatever the latest other committed batch says, which is exactly what was
 * visible before it, and later batches' cells are untouched), discard (a staged batch's rows
 * are deleted). The view, not a copy of old values, is what makes rollback exact.
 */
const STALE_HOURS = 24;
const LONG = { timeout: 120_000, maxWait: 15_000 } as const;

const STATUS_WORDS: Record<UploadStatus, string> = {
  staged: "waiting to be committed",
  committed: "already committed",
  rolled_back: "rolled back",
  discarded: "discarded",
};

async function lockBatch(tx: Tx, ctx: TenantContext, batchId: string) {
  await tx.$queryRaw`SELECT 1 FROM "UploadBatch" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${batchId}::uuid FOR UPDATE`;
  const batch = await tx.uploadBatch.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batchId } } });
  if (!batch) throw notFoundError();
  return batch;
}

function txQuery(tx: Tx): RawQuery {
  return <T,>(sql: string, params: unknown[]) => tx.$queryRawUnsafe<T[]>(sql, ...params);
}

function stagedSummary(batch: { status: UploadStatus; summary: unknown; fileName: string }): UploadSummary {
  if (batch.status !== "staged") throw new AppError("conflict", `${batch.fileName} is ${STATUS_WORDS[batch.status]}.`);
  const summary = readSummary(batch.summary);
  if (!summary) throw new AppError("conflict", `${batch.fileName} is still being read: wait for its preview.`);
  return summary;
}

const brief = (b: { id: string; fileName: string; sha256: string; status: UploadStatus; rowsAccepted: number; commitSeq: bigint | null }) => ({
  id: b.id,
  fileName: b.fileName,
  sha256: b.sha256,
  status: b.status,
  rowsAccepted: b.rowsAccepted,
  commitSeq: b.commitSeq,
});

/** Creates (or finds, when made meanwhile) the partnership indicator a new or adopted entry stands for; returns the id its rows must carry. */
async function ensureIndicator(tx: Tx, ctx: TenantContext, batchId: string, entry: SummaryIndicator): Promise<string> {
  const existing = await tx.indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: ctx.partnershipId, code: entry.code } }, select: { id: true } });
  const moveRows = async (to: string) => {
    await tx.$executeRaw`UPDATE "DataPoint" SET "indicatorId" = ${to}::uuid WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batchId}::uuid AND "indicatorId" = ${entry.id}::uuid`;
  };
  if (existing) {
    if (existing.id !== entry.id) await moveRows(existing.id);
    return existing.id;
  }
  if (entry.action === "adopt" && entry.catalogueCode) {
    const claimed = await adoptCatalogueIndicator(tx, ctx.partnershipId, entry.catalogueCode, { id: entry.id });
    if (!claimed) throw new AppError("conflict", `"${entry.name}" is no longer in the national catalogue: upload the file again.`);
    // Adopted a moment ago by another request, under its own id: the rows follow it.
    if (!claimed.created) {
      if (claimed.id !== entry.id) await moveRows(claimed.id);
      return claimed.id;
    }
    const adopted = await tx.indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: claimed.id } } });
    await audit(tx, ctx, { action: "indicators.definition_adopted", entityType: "IndicatorDefinition", entityId: claimed.id, after: adopted });
    return claimed.id;
  }
  if (!entry.unit) throw validationError({ [`unit.${entry.key}`]: [`Choose a unit for the new indicator "${entry.name}" before committing`] }, `Choose a unit for the new indicator "${entry.name}" before committing.`);
  const created = await tx.indicatorDefinition.create({
    data: {
      partnershipId: ctx.partnershipId,
      id: entry.id,
      code: entry.code,
      name: entry.name,
      description: `Created from an upload (${entry.sourceName}).`,
      unit: entry.unit,
      polarity: entry.polarity,
      source: entry.source,
    },
  });
  await audit(tx, ctx, { action: "indicators.definition_created", entityType: "IndicatorDefinition", entityId: created.id, after: created });
  return created.id;
}

export async function commitBatch(ctx: TenantContext, input: { batchId: string }): Promise<{ batchId: string; fileName: string; values: number; created: number }> {
  requireUploader(ctx);
  return db().$transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, input.batchId);
    const summary = stagedSummary(batch);
    let created = 0;
    for (const entry of indicatorsToWrite(summary)) {
      if (entry.action === "existing") continue;
      const before = entry.id;
      entry.id = await ensureIndicator(tx, ctx, batch.id, entry);
      if (entry.id === before) created++;
    }
    // Every indicator the rows name must be the partnership's, and stay so until this commits:
    // the check a foreign key would make (with its lock), once per indicator, not per row.
    const ids = indicatorsToWrite(summary).map((i) => i.id);
    const held = ids.length ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "IndicatorDefinition" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ANY(${ids}::uuid[]) FOR KEY SHARE` : [];
    if (held.length !== new Set(ids).size) throw new AppError("conflict", "An indicator of this upload was deleted while it waited: upload the file again.");
    const leftOut = summary.indicators.filter((i) => i.action === "skip" && i.values > 0).map((i) => i.id);
    if (leftOut.length) {
      await tx.$executeRaw`DELETE FROM "DataPoint" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batch.id}::uuid AND "indicatorId" = ANY(${leftOut}::uuid[])`;
      await tx.batchPeriod.deleteMany({ where: { partnershipId: ctx.partnershipId, batchId: batch.id, indicatorId: { in: leftOut } } });
    }
    const [{ seq }] = await tx.$queryRaw<[{ seq: bigint }]>`SELECT nextval('"UploadBatch_commitSeq_seq"') AS seq`;
    const after = await tx.uploadBatch.update({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batch.id } },
      data: { status: "committed", commitSeq: seq, committedAt: new Date(), committedById: ctx.userId, summary: summary as unknown as Prisma.InputJsonValue },
    });
    await audit(tx, ctx, { action: "indicators.upload_committed", entityType: "UploadBatch", entityId: batch.id, before: brief(batch), after: { ...brief(after), values: summary.values, replaced: summary.replaced.cells, indicatorsCreated: created } });
    return { batchId: batch.id, fileName: batch.fileName, values: summary.values - summary.indicators.filter((i) => i.action === "skip").reduce((n, i) => n + i.values, 0), created };
  }, LONG);
}

export async function rollbackBatch(ctx: TenantContext, input: { batchId: string }): Promise<{ fileName: string }> {
  requireUploader(ctx);
  return db().$transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, input.batchId);
    if (batch.status !== "committed") throw new AppError("conflict", `${batch.fileName} is ${STATUS_WORDS[batch.status]}: only a committed upload can be rolled back.`);
    const after = await tx.uploadBatch.update({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batch.id } },
      data: { status: "rolled_back", rolledBackAt: new Date(), rolledBackById: ctx.userId },
    });
    await audit(tx, ctx, { action: "indicators.upload_rolled_back", entityType: "UploadBatch", entityId: batch.id, before: brief(batch), after: brief(after) });
    return { fileName: batch.fileName };
  });
}

async function deleteStagedRows(tx: Tx, ctx: TenantContext, batchId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM "DataPoint" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batchId}::uuid`;
  await tx.uploadRejection.deleteMany({ where: { partnershipId: ctx.partnershipId, batchId } });
}

export async function discardBatch(ctx: TenantContext, input: { batchId: string }): Promise<{ fileName: string }> {
  requireUploader(ctx);
  return db().$transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, input.batchId);
    stagedSummary(batch);
    await deleteStagedRows(tx, ctx, batch.id);
    const after = await tx.uploadBatch.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batch.id } }, data: { status: "discarded" } });
    await audit(tx, ctx, { action: "indicators.upload_discarded", entityType: "UploadBatch", entityId: batch.id, before: brief(batch), after: brief(after) });
    return { fileName: batch.fileName };
  }, LONG);
}

/** Staged batches nobody committed within a day are discarded (run before each new upload and on the history page). */
export async function discardStaleBatches(ctx: TenantContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - STALE_HOURS * 3600_000);
  const stale = await db().uploadBatch.findMany({ where: { partnershipId: ctx.partnershipId, status: "staged", createdAt: { lt: cutoff } }, select: { id: true } });
  for (const { id } of stale) {
    await db().$transaction(async (tx) => {
      const batch = await lockBatch(tx, ctx, id);
      if (batch.status !== "staged") return;
      await deleteStagedRows(tx, ctx, id);
      const after = await tx.uploadBatch.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id } }, data: { status: "discarded" } });
      await audit(tx, ctx, { action: "indicators.upload_expired", entityType: "UploadBatch", entityId: id, before: brief(batch), after: { ...brief(after), reason: `Not committed within ${STALE_HOURS} hours` } });
    }, LONG);
  }
  return stale.length;
}

export type IndicatorChoice =
  | { batchId: string; key: string; choice: "create"; name: string; unit: IndicatorUnit; polarity: IndicatorPolarity }
  | { batchId: string; key: string; choice: "adopt" }
  | { batchId: string; key: string; choice: "skip" }
  | { batchId: string; key: string; choice: "existing"; indicatorId: string };

/**
 * What to do with an indicator of a staged file that the partnership does not have: create
 * it (named and with the unit the user gives), take the catalogue's, use one of the
 * partnership's own, or leave its rows out. Staged rows follow the choice, and the values it
 * would replace are worked out again, so the preview stays exact.
 */
export async function chooseIndicator(ctx: TenantContext, input: IndicatorChoice): Promise<{ name: string; choice: string }> {
  requireUploader(ctx);
  return db().$transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, input.batchId);
    const summary = stagedSummary(batch);
    const entry = summary.indicators.find((i) => i.key === input.key);
    if (!entry) throw notFoundError();
    if (entry.action === "existing" && !entry.mappedFrom) throw new AppError("conflict", `"${entry.name}" is already one of the partnership's indicators.`);
    const before = { ...entry };
    const moveRows = async (from: string, to: string) => {
      await tx.$executeRaw`UPDATE "DataPoint" SET "indicatorId" = ${to}::uuid WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "batchId" = ${batch.id}::uuid AND "indicatorId" = ${from}::uuid`;
    };
    // Undo an earlier "use an existing indicator": the rows go back to the id of their own.
    if (entry.mappedFrom) {
      await moveRows(entry.id, entry.mappedFrom);
      entry.id = entry.mappedFrom;
      entry.mappedFrom = null;
    }
    const catalogue = entry.catalogueCode ? catalogueEntry(entry.catalogueCode) : undefined;
    if (input.choice === "create") {
      if (catalogue) throw validationError({ choice: ["This indicator is in the national catalogue: take the catalogue's definition or use one of the partnership's"] });
      const taken = await tx.indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: ctx.partnershipId, code: entry.code } }, select: { id: true } });
      if (taken) throw validationError({ choice: [`The partnership already has an indicator with the code ${entry.code}: use it instead`] });
      Object.assign(entry, { action: "create", name: input.name, unit: input.unit, polarity: input.polarity });
    } else if (input.choice === "adopt") {
      if (!catalogue) throw validationError({ choice: ["This indicator is not in the national catalogue"] });
      Object.assign(entry, { action: "adopt", code: catalogue.code, name: catalogue.name, unit: catalogue.unit, polarity: catalogue.polarity, source: catalogue.source });
    } else if (input.choice === "skip") {
      entry.action = "skip";
    } else {
      const target = await tx.indicatorDefinition.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.indicatorId } } });
      if (!target) throw validationError({ indicatorId: ["Choose one of the partnership's indicators"] });
      if (summary.indicators.some((i) => i !== entry && i.id === target.id && i.action !== "skip")) {
        throw validationError({ indicatorId: [`"${target.name}" has its own rows in this file: both would fill the same cells`] });
      }
      await moveRows(entry.id, target.id);
      Object.assign(entry, { action: "existing", mappedFrom: entry.id, id: target.id, code: target.code, name: target.name, unit: target.unit, polarity: target.polarity, source: target.source });
    }
    summary.replaced = await computeReplacements(txQuery(tx), ctx.partnershipId, batch.id, indicatorsToWrite(summary).map((i) => i.id));
    await tx.uploadBatch.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: batch.id } }, data: { summary: summary as unknown as Prisma.InputJsonValue } });
    await audit(tx, ctx, { action: "indicators.upload_indicator_chosen", entityType: "UploadBatch", entityId: batch.id, before, after: entry });
    return { name: entry.name, choice: input.choice };
  }, LONG);
}
