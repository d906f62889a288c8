import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { emailSchema } from "@/lib/invitations/services/create-invitation";

export const platformAdminInput = z.object({ email: emailSchema, name: z.string().trim().min(2, "Give the admin's name").max(120) });

/**
 * The first platform admin of a production install (README "Deploying"): made from the
 * command line, with a one-time random password printed once. A person already known is
 * made a platform admin without changing their password. Audited like every change.
 */
export async function createPlatformAdmin(db: Db, input: z.output<typeof platformAdminInput>): Promise<{ created: boolean; password: string | null }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, isPlatformAdmin: true } });
    if (existing) {
      if (!existing.isPlatformAdmin) await tx.user.update({ where: { id: existing.id }, data: { isPlatformAdmin: true } });
      await audit(tx, { anonymous: true, email: "command line" }, { action: "platform.admin_granted", entityType: "User", entityId: existing.id, after: { email: input.email } });
      return { created: false, password: null };
    }
    const password = randomBytes(18).toString("base64url");
    const user = await tx.user.create({ data: { email: input.email, name: input.name, isPlatformAdmin: true, passwordHash: await hashPassword(password) } });
    await audit(tx, { anonymous: true, email: "command line" }, { action: "platform.admin_created", entityType: "User", entityId: user.id, after: { email: input.email } });
    return { created: true, password };
  });
}
