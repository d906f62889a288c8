import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import type { AreaActionContext } from "@/lib/action/define-action";
import { loadActor, resolveArea, resolveTenant } from "@/lib/tenancy/resolve";
import type { TenantContext } from "@/lib/tenancy/context";
import { DEMO_USERS } from "@/prisma/seed";

/**
 * Contexts built the way a request builds them: the seeded user re-read from the
 * database, the tenant and grants resolved from their memberships (lib/tenancy/resolve.ts).
 */
async function tenantFor(userKey: string): Promise<TenantContext> {
  const email = DEMO_USERS.find((u) => u.key === userKey)?.email;
  if (!email) throw new Error(`No demo user ${userKey}`);
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(user.id);
  const ctx = actor ? await resolveTenant(actor, "bradford", { requestId: "bench" }) : null;
  if (!ctx) throw new Error(`${email} has no membership in Bradford`);
  return ctx;
}

/** The seeded board member: one partnership-wide grant, every area readable. */
export async function boardContext(): Promise<TenantContext> {
  const ctx = await tenantFor("board");
  const [grant, ...others] = ctx.grants;
  if (others.length || grant?.role !== "board_member" || grant.areaId !== null || ctx.areaIds !== "all") {
    throw new Error(`The seeded board member's grants are not [{ role: "board_member", areaId: null }] with every area: ${JSON.stringify(ctx.grants)}`);
  }
  return ctx;
}

/** The seeded co-ordinator acting on one of their areas, as the advance action would run it (area.write checked). */
export async function coordinatorAreaContexts(slugs: readonly string[]): Promise<AreaActionContext[]> {
  const ctx = await tenantFor("coordinator");
  return Promise.all(
    slugs.map(async (slug) => {
      const area = await resolveArea(ctx, slug);
      if (!area || !can(ctx.grants, "area.write", area.id)) throw new Error(`The co-ordinator may not write to ${slug}`);
      return { ...ctx, area };
    }),
  );
}
