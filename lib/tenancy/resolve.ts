import { db } from "@/lib/db/client";
import { readableAreas, type Grant } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/tenancy/context";

export type Actor = { id: string; email: string; name: string; isPlatformAdmin: boolean };

/** Re-read on every request: a deactivated user is nobody. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return null;
  return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}

/** The partnerships an actor belongs to, for navigation. */
export async function actorPartnerships(actorId: string): Promise<{ slug: string; name: string }[]> {
  const rows = await db().localAuthorityPartnership.findMany({
    where: { memberships: { some: { userId: actorId } } },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  return rows;
}

/**
 * The tenant context for `partnershipSlug`, or null when the actor has no membership
 * there (or the partnership does not exist: the caller answers 404 either way).
 */
export async function resolveTenant(
  actor: Actor,
  partnershipSlug: string,
  request: { requestId?: string; ip?: string } = {},
): Promise<TenantContext | null> {
  const partnership = await db().localAuthorityPartnership.findUnique({
    where: { slug: partnershipSlug },
    select: { id: true, slug: true, memberships: { where: { userId: actor.id }, select: { role: true, areaId: true } } },
  });
  if (!partnership || partnership.memberships.length === 0) return null;
  const grants: Grant[] = partnership.memberships.map((m) => ({ role: m.role, areaId: m.areaId }));
  return {
    userId: actor.id,
    userEmail: actor.email,
    partnershipId: partnership.id,
    partnershipSlug: partnership.slug,
    grants,
    areaIds: readableAreas(grants),
    viaPlatformAccess: false,
    ...request,
  };
}

export type AreaRef = { id: string; slug: string; name: string };

/** An area of the context's tenant that the actor may read, or null. */
export async function resolveArea(ctx: TenantContext, areaSlug: string): Promise<AreaRef | null> {
  const area = await db().conveningPartnership.findUnique({
    where: { partnershipId_slug: { partnershipId: ctx.partnershipId, slug: areaSlug } },
    select: { id: true, slug: true, name: true, archivedAt: true },
  });
  if (!area) return null;
  if (ctx.areaIds !== "all" && !ctx.areaIds.includes(area.id)) return null;
  return { id: area.id, slug: area.slug, name: area.name };
}
