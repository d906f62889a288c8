import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { hashApiToken, isApiTokenShaped } from "@/lib/indicators/tokens/token";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The one way a request under /api/v1 is authenticated: `Authorization: Bearer alk_…`.
 * The token names a partnership and the member who made it; the member and their
 * membership are read again on every request, so a revoked token, a deactivated user or a
 * removed member stops working at once (401). A token can only ever reach its own
 * partnership: the tenant context is built from the token's row, never from the request.
 * Routes then check capabilities as everywhere else (not allowed answers 404).
 */
export type ApiCaller = { ctx: TenantContext; tokenId: string };

/** Requests a token may make per minute (per app instance): ample for a script, a brake on a runaway loop. */
export const API_REQUESTS_PER_MINUTE = 120;
const windows = new Map<string, number[]>();

function rateLimited(tokenId: string, now = Date.now()): number | null {
  const recent = (windows.get(tokenId) ?? []).filter((t) => now - t < 60_000);
  if (recent.length >= API_REQUESTS_PER_MINUTE) {
    windows.set(tokenId, recent);
    return Math.ceil((60_000 - (now - recent[0]!)) / 1000);
  }
  recent.push(now);
  windows.set(tokenId, recent);
  if (windows.size > 10_000) windows.clear();
  return null;
}

export function apiError(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { status, message, ...extra } }, { status, headers: { "cache-control": "no-store", ...headers } });
}

const unauthorised = (message: string) => apiError(401, message, {}, { "www-authenticate": 'Bearer realm="act-locally", error="invalid_token"' });

export async function authenticateApiRequest(request: Request): Promise<ApiCaller | Response> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return unauthorised("Send your API token as `Authorization: Bearer <token>`.");
  const token = match[1]!;
  if (!isApiTokenShaped(token)) return unauthorised("That is not an Act Locally API token.");
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashApiToken(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true, partnershipId: true, partnership: { select: { slug: true } } } });
  if (!row) return unauthorised("This token is not known: it may have been mistyped.");
  if (row.revokedAt) return unauthorised("This token has been revoked. Create a new one on the partnership's API tokens page.");
  const actor = await loadActor(row.userId);
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || undefined;
  const ctx = actor ? await resolveTenant(actor, row.partnership.slug, { requestId, ip }) : null;
  if (!ctx || ctx.partnershipId !== row.partnershipId) return unauthorised("The person who created this token is no longer a member of the partnership, so it no longer works.");
  const wait = rateLimited(row.id);
  if (wait !== null) return apiError(429, `Too many requests with this token: wait ${wait} seconds.`, {}, { "retry-after": String(wait) });
  // Last used, to the minute: enough for the tokens page without a write per request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { partnershipId_id: { partnershipId: row.partnershipId, id: row.id } }, data: { lastUsedAt: new Date() } });
  }
  return { ctx, tokenId: row.id };
}
