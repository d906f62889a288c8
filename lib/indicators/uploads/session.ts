import { routeTenant } from "@/lib/tenancy/route";
import { canReadUploads, canUpload } from "@/lib/indicators/uploads/services/access";
import type { TenantContext } from "@/lib/tenancy/context";

export async function sessionUploader(partnershipSlug: string): Promise<TenantContext | null> {
  const ctx = await routeTenant(partnershipSlug);
  return ctx && canUpload(ctx) ? ctx : null;
}

/**
 * The browser's upload comes from the app's own pages: a cross-site page cannot send it
 * with the member's cookies (they are SameSite=Lax), and this refuses one whose Origin is
 * another site all the same.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function sessionUploadReader(partnershipSlug: string): Promise<TenantContext | null> {
  const ctx = await routeTenant(partnershipSlug);
  return ctx && canReadUploads(ctx) ? ctx : null;
}
