import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError } from "@/lib/errors";
import { readStatementContent, type StatementContent } from "@/lib/statement/content";
import { hashShareToken, isShareTokenShaped, newShareToken, sharePath } from "@/lib/statement/share-token";
import { ownStatement } from "@/lib/statement/services/access";
import type { TenantContext } from "@/lib/tenancy/context";
import type { AreaActionContext } from "@/lib/action/define-action";

export const createShareLinkInput = z.object({ statementId: z.string().uuid() });
export const revokeShareLinkInput = z.object({ linkId: z.string().uuid() });

/**
 * A read-only link to the latest published version. The token is returned once, here,
 * for the co-ordinator to copy; only its hash is stored. The audit row names the link,
 * never the token.
 */
export async function createShareLink(ctx: AreaActionContext, input: z.output<typeof createShareLinkInput>): Promise<{ id: string; path: string }> {
  return db().$transaction(async (tx) => {
    const statement = await ownStatement(tx, ctx, input.statementId);
    const published = await tx.statementVersion.count({ where: { partnershipId: ctx.partnershipId, statementId: statement.id } });
    if (published === 0) throw new AppError("conflict", "Publish the statement first: a shared link only ever shows the published version.");
    const { token, tokenHash } = newShareToken();
    const link = await tx.statementShareLink.create({
      data: { partnershipId: ctx.partnershipId, statementId: statement.id, tokenHash, createdById: ctx.userId },
      select: { id: true, statementId: true, createdAt: true },
    });
    await audit(tx, ctx, { action: "statement.share_link_created", entityType: "StatementShareLink", entityId: link.id, areaId: ctx.area.id, after: link });
    return { id: link.id, path: sharePath(token) };
  });
}

export async function revokeShareLink(ctx: AreaActionContext, input: z.output<typeof revokeShareLinkInput>): Promise<void> {
  await db().$transaction(async (tx) => {
    // The link must belong to a statement of the acting area; a link of another area or tenant is not found.
    const revoked = await tx.statementShareLink.updateMany({
      where: { partnershipId: ctx.partnershipId, id: input.linkId, revokedAt: null, statement: { is: { areaId: ctx.area.id } } },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) {
      // Revoked a moment ago (a double click, a second tab): said so. Another area's or tenant's link is not found.
      const already = await tx.statementShareLink.count({ where: { partnershipId: ctx.partnershipId, id: input.linkId, revokedAt: { not: null }, statement: { is: { areaId: ctx.area.id } } } });
      throw already ? new AppError("conflict", "This link is already revoked: it no longer works.") : notFoundError();
    }
    await audit(tx, ctx, { action: "statement.share_link_revoked", entityType: "StatementShareLink", entityId: input.linkId, areaId: ctx.area.id });
  });
}

export type ShareLinkRow = { id: string; createdAt: Date; createdBy: string | null };

/** The links still working, newest first, with who made each. */
export async function listShareLinks(ctx: TenantContext, areaId: string, statementId: string): Promise<ShareLinkRow[]> {
  const links = await db().statementShareLink.findMany({
    where: { partnershipId: ctx.partnershipId, statementId, revokedAt: null, statement: { is: { areaId } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, createdById: true },
  });
  const ids = [...new Set(links.map((l) => l.createdById).filter((id): id is string => id !== null))];
  const users = ids.length ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return links.map((l) => ({ id: l.id, createdAt: l.createdAt, createdBy: l.createdById ? (names.get(l.createdById) ?? null) : null }));
}

export type SharedStatement = {
  areaName: string;
  number: number;
  content: StatementContent;
  agreedOn: Date;
  agreedAtMeeting: string | null;
  publishedAt: Date;
};

/**
 * What a share link shows: the latest published version of its statement, and the
 * area's name that heads the document. Nothing else of the tenant is read. There is no
 * tenant context: the token is the tenant resolution. Null for an unknown, malformed or
 * revoked token, and when nothing is published (a draft is never shown).
 */
export async function readSharedStatement(token: string): Promise<SharedStatement | null> {
  if (!isShareTokenShaped(token)) return null;
  const link = await db().statementShareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      revokedAt: true,
      statement: {
        select: {
          area: { select: { name: true } },
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, content: true, agreedOn: true, agreedAtMeeting: true, publishedAt: true } },
        },
      },
    },
  });
  if (!link || link.revokedAt) return null;
  const version = link.statement.versions[0];
  if (!version) return null;
  return {
    areaName: link.statement.area.name,
    number: version.number,
    content: readStatementContent(version.content),
    agreedOn: version.agreedOn,
    agreedAtMeeting: version.agreedAtMeeting,
    publishedAt: version.publishedAt,
  };
}
