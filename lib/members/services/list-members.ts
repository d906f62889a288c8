import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: import("@/lib/generated/prisma/enums").Role;
  area: { id: string; name: string } | null;
  deactivated: boolean;
  since: Date;
};

export async function listMembers(ctx: TenantContext): Promise<MemberRow[]> {
  const rows = await db().membership.findMany({
    where: { partnershipId: ctx.partnershipId },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, deactivatedAt: true } },
      area: { select: { id: true, name: true } },
    },
    orderBy: [{ user: { name: "asc" } }, { role: "asc" }],
  });
  return rows.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    area: m.area,
    deactivated: Boolean(m.user.deactivatedAt),
    since: m.createdAt,
  }));
}
