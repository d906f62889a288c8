import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentUserId } from "@/lib/auth/current-user";
import { keptUnder } from "@/lib/db/read-cache";
import { can, type Capability } from "@/lib/auth/permissions";
import { loadActor, resolveArea, resolveTenant, type Actor, type AreaRef } from "@/lib/tenancy/resolve";
import { requestInfo } from "@/lib/tenancy/request";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The signed-in, active user for this request (deduplicated per request), or null. Pages
 * keep who is asking, their membership and area under the database's snapshot
 * (lib/db/read-cache.ts): a change to any of them is a write, so it counts on the next
 * click, and an unchanged database costs one query instead of four.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const id = await currentUserId();
  return id ? keptUnder(["actor", id], () => loadActor(id)) : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For pages under /p/[partnership]: a 404 unless the actor is a member there. */
export const requirePartnership = cache(async (slug: string): Promise<{ actor: Actor; ctx: TenantContext }> => {
  const actor = await requireActor();
  const member = await keptUnder(["tenant", actor, slug], () => resolveTenant(actor, slug));
  if (!member) notFound();
  return { actor, ctx: { ...member, ...(await requestInfo()) } };
});

/** For pages under /p/[partnership]/areas/[area]: a 404 unless the actor may read that area. */
export const requireArea = cache(
  async (slug: string, areaSlug: string): Promise<{ actor: Actor; ctx: TenantContext; area: AreaRef }> => {
    const { actor, ctx } = await requirePartnership(slug);
    const area = await keptUnder(["area", ctx.userId, ctx.partnershipId, ctx.areaIds, areaSlug], () => resolveArea(ctx, areaSlug));
    if (!area) notFound();
    return { actor, ctx, area };
  },
);

/** Not allowed answers exactly like not found. */
export function requireCapability(ctx: TenantContext, capability: Capability, areaId?: string): void {
  if (!can(ctx.grants, capability, areaId)) notFound();
}

export async function requirePlatformAdmin(): Promise<Actor> {
  const actor = await requireActor();
  if (!actor.isPlatformAdmin) notFound();
  return actor;
}
