import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { mappingSpecSchema } from "@/lib/indicators/uploads/mapping-spec";
import { requireUploadReader, requireUploader } from "@/lib/indicators/uploads/services/access";
import type { ColumnMappingSpec } from "@/lib/indicators/uploads/types";
import type { TenantContext } from "@/lib/tenancy/context";

export type SavedMapping = { id: string; name: string; headerSignature: string; spec: ColumnMappingSpec; createdAt: Date };

function toSaved(row: { id: string; name: string; headerSignature: string; mapping: unknown; createdAt: Date }): SavedMapping {
  const parsed = mappingSpecSchema.safeParse(row.mapping);
  return { id: row.id, name: row.name, headerSignature: row.headerSignature, spec: parsed.success ? parsed.data : {}, createdAt: row.createdAt };
}

export async function listMappings(ctx: TenantContext): Promise<SavedMapping[]> {
  requireUploadReader(ctx);
  const rows = await db().columnMapping.findMany({ where: { partnershipId: ctx.partnershipId }, orderBy: { name: "asc" } });
  return rows.map(toSaved);
}

/** Saved mappings made for files with exactly these columns: offered when a file like it comes again. */
export async function mappingsForSignature(ctx: TenantContext, headerSignature: string): Promise<{ id: string; name: string; spec: ColumnMappingSpec }[]> {
  const rows = await db().columnMapping.findMany({ where: { partnershipId: ctx.partnershipId, headerSignature }, orderBy: { createdAt: "desc" } });
  return rows.map(toSaved).map(({ id, name, spec }) => ({ id, name, spec }));
}

export async function getMapping(ctx: TenantContext, id: string): Promise<SavedMapping> {
  const row = await db().columnMapping.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id } } });
  if (!row) throw notFoundError();
  return toSaved(row);
}

export async function getMappingByName(ctx: TenantContext, name: string): Promise<SavedMapping> {
  const row = await db().columnMapping.findUnique({ where: { partnershipId_name: { partnershipId: ctx.partnershipId, name } } });
  if (!row) throw validationError({ mapping: [`There is no saved mapping called "${name}"`] });
  return toSaved(row);
}

export async function assertMappingNameFree(ctx: TenantContext, name: string): Promise<void> {
  const taken = await db().columnMapping.findUnique({ where: { partnershipId_name: { partnershipId: ctx.partnershipId, name } }, select: { id: true } });
  if (taken) throw validationError({ saveAs: [`A mapping called "${name}" already exists: choose another name, or use the saved one`] });
}

export async function deleteMapping(ctx: TenantContext, input: { mappingId: string }): Promise<{ name: string }> {
  requireUploader(ctx);
  return db().$transaction(async (tx) => {
    const row = await tx.columnMapping.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.mappingId } } });
    if (!row) throw notFoundError();
    // Batches read through it keep their history; they no longer point at it.
    await tx.uploadBatch.updateMany({ where: { partnershipId: ctx.partnershipId, columnMappingId: row.id }, data: { columnMappingId: null } });
    await tx.columnMapping.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: row.id } } });
    await audit(tx, ctx, { action: "indicators.mapping_deleted", entityType: "ColumnMapping", entityId: row.id, before: row });
    return { name: row.name };
  });
}
