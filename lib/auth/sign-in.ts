import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";

export const MAX_FAILED_SIGN_INS = 10;
export const THROTTLE_WINDOW_MS = 5 * 60 * 1000;

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

export type SignInOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "throttled"; message: string };

const INVALID = "The email or password is not right. Check them and try again.";

/**
 * Checks a password under a per-account advisory lock, so concurrent guesses
 * cannot slip past the limit, and audits the attempt in the same transaction.
 */
export async function signInWithPassword(
  raw: { email: unknown; password: unknown },
  request: { ip?: string; requestId?: string } = {},
): Promise<SignInOutcome> {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", message: INVALID };
  const { email, password } = parsed.data;

  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"sign-in:" + email}))`;
      const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
      const failures = await tx.auditEvent.findMany({
        where: { action: "auth.sign_in_failed", actorEmail: email, createdAt: { gte: since } },
        select: { createdAt: true },
        orderBy: { createdAt: "asc" },
      });
      const anonymous = { anonymous: true as const, email, ...request };

      if (failures.length >= MAX_FAILED_SIGN_INS) {
        const oldest = failures[0]!.createdAt.getTime();
        const minutes = Math.max(1, Math.ceil((oldest + THROTTLE_WINDOW_MS - Date.now()) / 60_000));
        await audit(tx, anonymous, { action: "auth.sign_in_throttled", entityType: "User", after: { failures: failures.length } });
        return {
          ok: false,
          reason: "throttled",
          message: `Too many failed sign-in attempts for this account. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again, or ask your partnership admin to reset your password.`,
        };
      }

      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, email: true, passwordHash: true, deactivatedAt: true },
      });
      const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);

      if (!user || !valid) {
        await audit(tx, anonymous, { action: "auth.sign_in_failed", entityType: "User", entityId: user?.id });
        return { ok: false, reason: "invalid", message: INVALID };
      }
      if (user.deactivatedAt) {
        await audit(tx, anonymous, { action: "auth.sign_in_denied", entityType: "User", entityId: user.id, after: { reason: "deactivated" } });
        return { ok: false, reason: "invalid", message: INVALID };
      }
      await audit(tx, { userId: user.id, userEmail: user.email, ...request }, { action: "auth.sign_in", entityType: "User", entityId: user.id });
      return { ok: true, userId: user.id };
    },
    { timeout: 20_000, maxWait: 15_000 },
  );
}
