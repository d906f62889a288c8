import { db } from "@/lib/db/client";
import { readStatementContent, type StatementContent } from "@/lib/statement/content";
import type { AskResponseStatus, StatementState } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Reads for the statement pages. Each takes the tenant context and an area the page
 * has already resolved (requireArea), and names the tenant in every query again.
 */
export type FocusPriority = { id: string; title: string };

export type VersionSummary = { number: number; agreedOn: Date; agreedAtMeeting: string | null; publishedAt: Date };

export type StatementRecord = {
  id: string;
  state: StatementState;
  revision: number;
  cycle: number;
  content: StatementContent;
  agreedOn: Date | null;
  agreedAtMeeting: { id: string; title: string; date: Date } | null;
  updatedAt: Date;
  versions: VersionSummary[];
};

export type StatementWorkspace = { focus: FocusPriority | null; cycle: number; statement: StatementRecord | null };

/** The area's current focus priority and the Statement of Intent written for it, if any. */
export async function getStatementWorkspace(ctx: TenantContext, areaId: string): Promise<StatementWorkspace> {
  const scope = { partnershipId: ctx.partnershipId, areaId };
  const phase = await db().phaseState.findUnique({ where: { partnershipId_areaId: scope }, select: { focusPriorityId: true, cycle: true } });
  const cycle = phase?.cycle ?? 1;
  if (!phase?.focusPriorityId) return { focus: null, cycle, statement: null };
  const focus = await db().priority.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: phase.focusPriorityId } }, select: { id: true, title: true } });
  if (!focus) return { focus: null, cycle, statement: null };
  const row = await db().statementOfIntent.findUnique({
    where: { partnershipId_areaId_priorityId: { ...scope, priorityId: focus.id } },
    select: {
      id: true,
      state: true,
      revision: true,
      cycle: true,
      content: true,
      agreedOn: true,
      updatedAt: true,
      agreedAtMeeting: { select: { id: true, title: true, date: true } },
      versions: { orderBy: { number: "desc" }, select: { number: true, agreedOn: true, agreedAtMeeting: true, publishedAt: true } },
    },
  });
  return { focus, cycle, statement: row ? { ...row, content: readStatementContent(row.content) } : null };
}

/** One published version's text, or null. */
export async function getStatementVersion(ctx: TenantContext, statementId: string, number: number): Promise<(VersionSummary & { content: StatementContent }) | null> {
  const version = await db().statementVersion.findUnique({
    where: { partnershipId_statementId_number: { partnershipId: ctx.partnershipId, statementId, number } },
    select: { number: true, content: true, agreedOn: true, agreedAtMeeting: true, publishedAt: true },
  });
  return version ? { ...version, content: readStatementContent(version.content) } : null;
}

export type AskResponseView = { askId: string; status: AskResponseStatus; respondedOn: Date | null; note: string | null; updatedAt: Date };

export async function listAskResponses(ctx: TenantContext, statementId: string): Promise<AskResponseView[]> {
  return db().statementAskResponse.findMany({
    where: { partnershipId: ctx.partnershipId, statementId },
    select: { askId: true, status: true, respondedOn: true, note: true, updatedAt: true },
  });
}

export type StatementFormOptions = {
  organisations: { id: string; name: string }[];
  meetings: { id: string; title: string; date: Date }[];
  /** Names of the partnership's members: a voice's role matching one is flagged (lib/statement/voices.ts). */
  memberNames: string[];
};

/** What the editor offers: the tenant's organisations, the area's meetings, and the names to warn about. */
export async function getStatementFormOptions(ctx: TenantContext, areaId: string): Promise<StatementFormOptions> {
  const [organisations, meetings, members] = await Promise.all([
    db().organisation.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().meeting.findMany({ where: { partnershipId: ctx.partnershipId, areaId }, select: { id: true, title: true, date: true }, orderBy: { date: "desc" } }),
    db().membership.findMany({ where: { partnershipId: ctx.partnershipId }, select: { user: { select: { name: true } } } }),
  ]);
  return { organisations, meetings, memberNames: [...new Set(members.map((m) => m.user.name))] };
}

export type StatementDocumentView = {
  kind: "published" | "draft";
  content: StatementContent;
  state: StatementState;
  /** For a published version. */
  version: VersionSummary | null;
  /** For the working copy: when it was agreed, if it is. */
  agreedOn: Date | null;
  agreedAtMeeting: string | null;
  updatedAt: Date;
};

/**
 * The document to print: a given published version, the working copy ("draft"), or by
 * default the latest published version, falling back to the working copy when nothing
 * is published yet. Null when the asked-for version does not exist.
 */
export async function getStatementDocument(
  ctx: TenantContext,
  statement: StatementRecord,
  which: { version?: number; draft?: boolean },
): Promise<StatementDocumentView | null> {
  const number = which.draft ? undefined : (which.version ?? statement.versions[0]?.number);
  if (number === undefined) {
    return {
      kind: "draft",
      content: statement.content,
      state: statement.state,
      version: null,
      agreedOn: statement.agreedOn,
      agreedAtMeeting: statement.agreedAtMeeting?.title ?? null,
      updatedAt: statement.updatedAt,
    };
  }
  const version = await getStatementVersion(ctx, statement.id, number);
  if (!version) return null;
  const { content, ...summary } = version;
  return { kind: "published", content, state: statement.state, version: summary, agreedOn: summary.agreedOn, agreedAtMeeting: summary.agreedAtMeeting, updatedAt: summary.publishedAt };
}
