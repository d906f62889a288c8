import { can } from "@/lib/auth/permissions";
import { notFoundError } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Uploads are partnership-wide work (research partners cover every area), so uploading,
 * committing and rolling back need a partnership-wide `indicators.upload` grant. Partnership
 * admins may read the upload history and batches (oversight of what the partnership
 * publishes) but change nothing. Everyone else gets the same answer as for a batch that
 * does not exist.
 */
export function canUpload(ctx: TenantContext): boolean {
  return can(ctx.grants, "indicators.upload");
}

export function canReadUploads(ctx: TenantContext): boolean {
  return canUpload(ctx) || can(ctx.grants, "partnership.manage");
}

export function requireUploader(ctx: TenantContext): void {
  if (!canUpload(ctx)) throw notFoundError();
}

export function requireUploadReader(ctx: TenantContext): void {
  if (!canReadUploads(ctx)) throw notFoundError();
}
