import { db } from "@/lib/db/client";

/** Platform admins see tenants' names and sizes, never their content. */
export async function listPartnerships() {
  const rows = await db().localAuthorityPartnership.findMany({
    select: { id: true, slug: true, name: true, laCode: true, createdAt: true, _count: { select: { areas: true, memberships: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map((p) => ({ ...p, areaCount: p._count.areas, memberCount: p._count.memberships }));
}
