import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { AppError, notFoundError } from "@/lib/errors";
import { newApiToken } from "@/lib/indicators/tokens/token";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Per-partnership API tokens. A token acts as the member who made it, with their role read
 * again on every request; research partners make them to upload from R or Python,
 * partnership admins to read. Each member sees and revokes their own; an admin sees and
 * revokes every token of the partnership.
 */
export const MAX_ACTIVE_TOKENS = 10;

function requireTokens(ctx: TenantContext): void {
  if (!can(ctx.grants, "api.tokens")) throw notFoundError();
}

const isAdmin = (ctx: TenantContext) => can(ctx.grants, "partnership.manage");

export type TokenRow = { id: string; name: string; prefix: string; owner: string; ownerIsMe: boolean; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

export async function listApiTokens(ctx: TenantContext): Promise<TokenRow[]> {
  requireTokens(ctx);
  const rows = await db().apiToken.findMany({
    where: { partnershipId: ctx.partnershipId, ...(isAdmin(ctx) ? {} : { userId: ctx.userId }) },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, userId: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, owner: r.user.name, ownerIsMe: r.userId === ctx.userId, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt }));
}

/** Creates a token; its secret is in the result and nowhere else, ever. */
export async function createApiToken(ctx: TenantContext, input: { name: string }): Promise<{ id: string; name: string; token: string; prefix: string }> {
  requireTokens(ctx);
  const active = await db().apiToken.count({ where: { partnershipId: ctx.partnershipId, userId: ctx.userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) throw new AppError("conflict", `You already have ${MAX_ACTIVE_TOKENS} tokens in use: revoke one you no longer need first.`);
  const { token, tokenHash, prefix } = newApiToken();
  return db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { partnershipId: ctx.partnershipId, userId: ctx.userId, name: input.name, tokenHash, prefix } });
    await audit(tx, ctx, { action: "api_token.created", entityType: "ApiToken", entityId: created.id, after: created });
    return { id: created.id, name: created.name, token, prefix };
  });
}

export async function revokeApiToken(ctx: TenantContext, input: { tokenId: string }): Promise<{ name: string }> {
  requireTokens(ctx);
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.tokenId } } });
    if (!token || (token.userId !== ctx.userId && !isAdmin(ctx))) throw notFoundError();
    if (token.revokedAt) return { name: token.name };
    const after = await tx.apiToken.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: token.id } }, data: { revokedAt: new Date(), revokedById: ctx.userId } });
    await audit(tx, ctx, { action: "api_token.revoked", entityType: "ApiToken", entityId: token.id, before: token, after });
    return { name: token.name };
  });
}
