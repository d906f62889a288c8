import { createHash, randomBytes } from "node:crypto";

/**
 * A share link carries a random 32-byte token (base64url, 43 characters); the database
 * keeps only its SHA-256, so a copy of the table opens no statement.
 */
export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Anything else is not a token we issued: answered as not found without a lookup. */
export function isShareTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function sharePath(token: string): string {
  return `/s/${token}`;
}
