import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError } from "@/lib/errors";
import type { PlatformContext } from "@/lib/tenancy/context";

export const setUserActiveInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address"),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Deactivation ends every session on its next request: each request re-reads the user. */
export async function setUserActive(ctx: PlatformContext, input: z.output<typeof setUserActiveInput>): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, deactivatedAt: true } });
    if (!before) throw notFoundError();
    if (before.id === ctx.userId) throw new AppError("conflict", "You cannot deactivate your own account.");
    const after = await tx.user.update({
      where: { id: before.id },
      data: { deactivatedAt: input.active ? null : new Date() },
      select: { id: true, email: true, deactivatedAt: true },
    });
    await audit(tx, ctx, { action: input.active ? "user.reactivated" : "user.deactivated", entityType: "User", entityId: before.id, before, after });
  });
}
