import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";

/** next-auth's session cookie: `__Secure-` prefixed behind https (lib/auth/options.ts). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The user id a session token carries, or null when the token is missing, tampered with,
 * sealed with another secret or expired (next-auth's own decode: an encrypted JWT whose
 * `exp` is checked).
 */
export async function userIdFromSessionToken(token: string | undefined, secret: string): Promise<string | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret });
    return typeof payload?.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in user's id from the session cookie, or null. The only place that decodes
 * the cookie; everything about the user is then read from the database. Decoding the
 * cookie directly, rather than through getServerSession, skips re-sealing a fresh token on
 * every page (a page cannot set the cookie anyway; the session endpoint renews it).
 */
export async function currentUserId(): Promise<string | null> {
  const options = authOptions();
  if (!options.secret) throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be read.");
  const token = (await cookies()).get(sessionCookieName(options.useSecureCookies ?? false))?.value;
  return userIdFromSessionToken(token, options.secret);
}
