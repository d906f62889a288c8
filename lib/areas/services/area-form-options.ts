import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";

/** Organisations and people of this tenant, for the area form's choices. */
export async function areaFormOptions(ctx: TenantContext) {
  const [organisations, members] = await Promise.all([
    db().organisation.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().user.findMany({
      where: { memberships: { some: { partnershipId: ctx.partnershipId } }, deactivatedAt: null },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    people: members.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` })),
  };
}
