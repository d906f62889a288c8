import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/context";

const dateOnly = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional().transform((v) => v || undefined);

export const auditFilters = z.object({
  area: z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || undefined),
  person: z.string().trim().max(320).optional().transform((v) => v || undefined),
  action: z.string().trim().max(100).optional().transform((v) => v || undefined),
  from: dateOnly,
  to: dateOnly,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilters = z.output<typeof auditFilters>;

export const AUDIT_PAGE_SIZE = 50;

/**
 * The tenant's own events, and the sign-in events (filed outside any tenant) of
 * accounts that are members of it: an admin sees their members' sign-ins and refusals.
 */
async function tenantScope(ctx: TenantContext): Promise<Prisma.AuditEventWhereInput> {
  const members = await db().membership.findMany({ where: { partnershipId: ctx.partnershipId }, select: { userId: true }, distinct: ["userId"] });
  return {
    OR: [
      { partnershipId: ctx.partnershipId },
      { partnershipId: null, action: { startsWith: "auth." }, entityType: "User", entityId: { in: members.map((m) => m.userId) } },
    ],
  };
}

async function where(ctx: TenantContext, f: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const createdAt: Prisma.DateTimeFilter = {};
  if (f.from) createdAt.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) createdAt.lt = new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ...(await tenantScope(ctx)),
    ...(f.area ? { areaId: f.area } : {}),
    ...(f.person ? { actorEmail: { contains: f.person.toLowerCase() } } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.from || f.to ? { createdAt } : {}),
  };
}

const select = {
  id: true,
  createdAt: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  areaId: true,
  before: true,
  after: true,
  requestId: true,
} as const;

export async function listAuditEvents(ctx: TenantContext, filters: AuditFilters) {
  const w = await where(ctx, filters);
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({ where: w, select, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE, skip: (filters.page - 1) * AUDIT_PAGE_SIZE }),
    db().auditEvent.count({ where: w }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** All matching events, oldest first, in pages so an export never holds the whole log in memory. */
export async function* iterateAuditEvents(ctx: TenantContext, filters: AuditFilters) {
  const w = await where(ctx, filters);
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await db().auditEvent.findMany({
      where: { ...w, ...(cursor ? { id: { gt: cursor } } : {}) },
      select,
      orderBy: { id: "asc" },
      take: 1000,
    });
    if (rows.length === 0) return;
    yield* rows;
    cursor = rows[rows.length - 1]!.id;
  }
}

export async function distinctAuditActions(ctx: TenantContext): Promise<string[]> {
  const rows = await db().auditEvent.findMany({ where: await tenantScope(ctx), distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
