import { can } from "@/lib/auth/permissions";
import { notFoundError } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Uploads are partnership-wide work (research partners cover every area), so they need a
 * partnership-wide `indicators.upload` grant. Everyone else gets the same answer as for a
 * batch that does not exist.
 */
export function canUpload(ctx: TenantContext): boolean {
  return can(ctx.grants, "indicators.upload");
}

export function requireUploader(ctx: TenantContext): void {
  if (!canUpload(ctx)) throw notFoundError();
}
