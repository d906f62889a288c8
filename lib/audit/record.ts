import type { Tx } from "@/lib/db/client";
import type { PlatformContext, TenantContext } from "@/lib/tenancy/context";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  areaId?: string | null;
  before?: unknown;
  after?: unknown;
  /** For platform-level actors acting on one tenant (e.g. creating it): file the event under that tenant. */
  partnershipId?: string;
};

type Actor =
  | TenantContext
  | PlatformContext
  | { anonymous: true; email?: string; partnershipId?: string; requestId?: string; ip?: string };

const SECRET_KEYS = new Set(["passwordHash", "tokenHash", "token", "password"]);

/** Never write secrets into the audit log, and keep it plain JSON (dates as ISO, bigint as string). */
export function auditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (SECRET_KEYS.has(key)) return "[redacted]";
      if (typeof v === "bigint") return v.toString();
      return v;
    }),
  ) as Prisma.InputJsonValue;
}

/**
 * The one audit call. It takes the transaction of the change it records, so the
 * audit row commits or rolls back with it; the table itself refuses UPDATE and DELETE.
 */
export async function audit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  const isTenant = "partnershipId" in actor && "grants" in actor;
  const isAnonymous = "anonymous" in actor;
  await tx.auditEvent.create({
    data: {
      partnershipId: isTenant ? actor.partnershipId : (input.partnershipId ?? (isAnonymous ? actor.partnershipId : undefined) ?? null),
      areaId: input.areaId ?? null,
      actorUserId: isAnonymous ? null : actor.userId,
      actorEmail: isAnonymous ? (actor.email ?? null) : actor.userEmail,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      before: auditJson(input.before),
      after: auditJson(input.after),
      requestId: actor.requestId ?? null,
      ip: actor.ip ?? null,
    },
  });
}
