import { currentUserId } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { loadActor, resolveArea, resolveTenant, type AreaRef } from "@/lib/tenancy/resolve";
import { requestInfo } from "@/lib/tenancy/request";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The one way a route handler under /p/… learns who is asking (pages use lib/tenancy/page.ts,
 * actions the action wrapper): the signed-in member's context, or null, which the handler
 * answers with 404 like a page would.
 */
export async function routeTenant(partnershipSlug: string): Promise<TenantContext | null> {
  const userId = await currentUserId();
  const actor = userId ? await loadActor(userId) : null;
  return actor ? resolveTenant(actor, partnershipSlug, await requestInfo()) : null;
}

/** The member's context and an area of it they may read, or null (404). */
export async function routeArea(partnershipSlug: string, areaSlug: string): Promise<{ ctx: TenantContext; area: AreaRef } | null> {
  const ctx = await routeTenant(partnershipSlug);
  const area = ctx ? await resolveArea(ctx, areaSlug) : null;
  return ctx && area && can(ctx.grants, "area.read", area.id) ? { ctx, area } : null;
}
