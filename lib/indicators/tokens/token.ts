import { createHash, randomBytes } from "node:crypto";

/**
 * API tokens for scripts: `alk_` and 43 random base64url characters (32 bytes). Shown once
 * when created; the database keeps only the SHA-256 and the first characters, so a copy of
 * the table opens nothing and the list can still tell tokens apart.
 */
export const TOKEN_PREFIX = "alk_";
const SHAPE = /^alk_[A-Za-z0-9_-]{43}$/;

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, 12) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Anything else is not a token we issued: refused without a lookup. */
export function isApiTokenShaped(token: string): boolean {
  return SHAPE.test(token);
}
