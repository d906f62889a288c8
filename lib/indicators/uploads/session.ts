import { currentUserId } from "@/lib/auth/current-user";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { requestInfo } from "@/lib/tenancy/request";
import { canReadUploads, canUpload } from "@/lib/indicators/uploads/services/access";
import type { TenantContext } from "@/lib/tenancy/context";

/** The signed-in member's context for a route handler under a partnership, or null (answered 404). */
export async function sessionTenant(partnershipSlug: string): Promise<TenantContext | null> {
  const userId = await currentUserId();
  const actor = userId ? await loadActor(userId) : null;
  return actor ? resolveTenant(actor, partnershipSlug, await requestInfo()) : null;
}

export async function sessionUploader(partnershipSlug: string): Promise<TenantContext | null> {
  const ctx = await sessionTenant(partnershipSlug);
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
  const ctx = await sessionTenant(partnershipSlug);
  return ctx && canReadUploads(ctx) ? ctx : null;
}
