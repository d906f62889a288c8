import { db } from "@/lib/db/client";
import { readTheoryContent, type TheoryContent } from "@/lib/theory-of-change/content";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Reads for the theory of change pages. Each takes the tenant context and names the
 * tenant in every query again; area reads take an area the page has already resolved.
 */
export type TheoryVersionSummary = { number: number; changeNote: string | null; cycle: number | null; createdAt: Date; createdBy: string | null };
export type TheoryVersion = TheoryVersionSummary & { content: TheoryContent };
export type TheoryRecord = { id: string; versions: TheoryVersionSummary[]; latest: TheoryVersion };

const versionSelect = { number: true, changeNote: true, cycle: true, createdAt: true, createdById: true } as const;
type VersionRow = { number: number; changeNote: string | null; cycle: number | null; createdAt: Date; createdById: string | null };

/** Who saved each version, by name: users are global, but only members of this partnership are named. */
async function authorNames(ctx: TenantContext, rows: VersionRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  if (!ids.length) return new Map();
  const users = await db().user.findMany({ where: { id: { in: ids }, memberships: { some: { partnershipId: ctx.partnershipId } } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

async function theoryRecord(ctx: TenantContext, theoryId: string): Promise<TheoryRecord | null> {
  const versions = await db().theoryOfChangeVersion.findMany({
    where: { partnershipId: ctx.partnershipId, theoryId },
    orderBy: { number: "desc" },
    select: versionSelect,
  });
  const newest = versions[0];
  if (!newest) return null;
  const [latest, names] = await Promise.all([getTheoryVersion(ctx, theoryId, newest.number), authorNames(ctx, versions)]);
  return latest ? { id: theoryId, versions: versions.map((v) => summary(v, names)), latest } : null;
}

function summary(v: VersionRow, names: Map<string, string>): TheoryVersionSummary {
  return { number: v.number, changeNote: v.changeNote, cycle: v.cycle, createdAt: v.createdAt, createdBy: v.createdById ? (names.get(v.createdById) ?? null) : null };
}

export type AreaTheoryWorkspace = { focus: { id: string; title: string } | null; theory: TheoryRecord | null; outcomesLinkedToActions: number };

/** The area's current focus issue and the theory of change written for it, if any. */
export async function getAreaTheoryWorkspace(ctx: TenantContext, areaId: string): Promise<AreaTheoryWorkspace> {
  const scope = { partnershipId: ctx.partnershipId, areaId };
  const phase = await db().phaseState.findUnique({ where: { partnershipId_areaId: scope }, select: { focusPriorityId: true } });
  if (!phase?.focusPriorityId) return { focus: null, theory: null, outcomesLinkedToActions: 0 };
  const [focus, theory] = await Promise.all([
    db().priority.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: phase.focusPriorityId } }, select: { id: true, title: true } }),
    db().theoryOfChange.findUnique({ where: { partnershipId_areaId_priorityId: { ...scope, priorityId: phase.focusPriorityId } }, select: { id: true } }),
  ]);
  const record = theory ? await theoryRecord(ctx, theory.id) : null;
  const linked = record
    ? await db().actionPlanItem.count({ where: { ...scope, outcomeId: { in: record.latest.content.outcomes.map((o) => o.id) } } })
    : 0;
  return { focus, theory: record, outcomesLinkedToActions: linked };
}

export async function getPartnershipTheory(ctx: TenantContext): Promise<TheoryRecord | null> {
  const theory = await db().theoryOfChange.findFirst({ where: { partnershipId: ctx.partnershipId, scope: "partnership" }, select: { id: true } });
  return theory ? theoryRecord(ctx, theory.id) : null;
}

/** One version's content, or null (also for a theory of another tenant). */
export async function getTheoryVersion(ctx: TenantContext, theoryId: string, number: number): Promise<TheoryVersion | null> {
  const version = await db().theoryOfChangeVersion.findUnique({
    where: { partnershipId_theoryId_number: { partnershipId: ctx.partnershipId, theoryId, number } },
    select: { ...versionSelect, content: true },
  });
  if (!version) return null;
  return { ...summary(version, await authorNames(ctx, [version])), content: readTheoryContent(version.content) };
}
