import { db } from "@/lib/db/client";
import { can, type Grant } from "@/lib/auth/permissions";
import { readRubric, weightedScore, type CriterionScores, type Rubric } from "@/lib/budget/rubric";
import type { PanellistKind } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

export const PANELLIST_KIND_LABELS: Record<PanellistKind, string> = { member: "Partnership member", community_representative: "Community representative", young_person: "Young person" };

export type PanelProgress = {
  panellists: { id: string; name: string; kind: PanellistKind }[];
  applications: { id: string; organisationName: string }[];
  /** By `${assignmentId}:${applicationId}`: where each panellist is with each application. */
  cells: Record<string, "to_declare" | "conflicted" | "to_score" | "submitted">;
  candidates: { userId: string; name: string }[];
};

/** For the co-ordinator: who is on the panel, who has declared and scored what, and who could join. */
export async function getPanelProgress(ctx: TenantContext, areaId: string, roundId: string): Promise<PanelProgress> {
  const where = { partnershipId: ctx.partnershipId };
  const [assignments, applications, declarations, scores, memberships] = await Promise.all([
    db().panelAssignment.findMany({ where: { ...where, roundId, round: { areaId } }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, userId: true, user: { select: { name: true } } } }),
    db().grantApplication.findMany({ where: { ...where, roundId, withdrawnAt: null, round: { areaId } }, orderBy: { submittedAt: "asc" }, select: { id: true, organisationName: true } }),
    db().conflictDeclaration.findMany({ where: { ...where, application: { roundId } }, select: { assignmentId: true, applicationId: true, conflicted: true } }),
    db().score.findMany({ where: { ...where, submittedAt: { not: null }, application: { roundId } }, select: { assignmentId: true, applicationId: true } }),
    db().membership.findMany({ where, select: { userId: true, role: true, areaId: true, user: { select: { name: true, deactivatedAt: true } } } }),
  ]);
  const cells: PanelProgress["cells"] = {};
  for (const a of assignments) for (const app of applications) cells[`${a.id}:${app.id}`] = "to_declare";
  for (const d of declarations) cells[`${d.assignmentId}:${d.applicationId}`] = d.conflicted ? "conflicted" : "to_score";
  for (const s of scores) cells[`${s.assignmentId}:${s.applicationId}`] = "submitted";
  const assigned = new Set(assignments.map((a) => a.userId));
  const grants = new Map<string, { name: string; grants: Grant[]; active: boolean }>();
  for (const m of memberships) {
    const entry = grants.get(m.userId) ?? { name: m.user.name, grants: [], active: m.user.deactivatedAt === null };
    entry.grants.push({ role: m.role, areaId: m.areaId });
    grants.set(m.userId, entry);
  }
  const candidates = [...grants.entries()]
    .filter(([userId, g]) => !assigned.has(userId) && g.active && can(g.grants, "area.read", areaId))
    .map(([userId, g]) => ({ userId, name: g.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { panellists: assignments.map((a) => ({ id: a.id, name: a.user.name, kind: a.kind })), applications, cells, candidates };
}

export type MyApplication = {
  id: string;
  organisationName: string;
  amountRequestedPence: number;
  summary: string;
  priorityFit: string;
  declared: null | { conflicted: boolean };
  myScores: CriterionScores | null;
  submitted: boolean;
  /** Other panellists' submitted weighted scores: shown only once this panellist has submitted theirs. */
  othersScores: number[] | null;
};

export type MyPanelWork = { rubric: Rubric; applications: MyApplication[] } | null;

/** What a panellist sees: the applications, their own declarations and scores, and others' only after submitting. */
export async function getMyPanelWork(ctx: TenantContext, areaId: string, roundId: string): Promise<MyPanelWork> {
  const assignment = await db().panelAssignment.findUnique({
    where: { partnershipId_roundId_userId: { partnershipId: ctx.partnershipId, roundId, userId: ctx.userId } },
    include: { round: { select: { areaId: true, rubric: true } } },
  });
  if (!assignment || assignment.round.areaId !== areaId) return null;
  const rubric = readRubric(assignment.round.rubric);
  const where = { partnershipId: ctx.partnershipId };
  const [applications, declarations, scores, conflicts] = await Promise.all([
    db().grantApplication.findMany({ where: { ...where, roundId, withdrawnAt: null }, orderBy: { submittedAt: "asc" } }),
    db().conflictDeclaration.findMany({ where: { ...where, assignmentId: assignment.id } }),
    db().score.findMany({ where: { ...where, application: { roundId } }, select: { assignmentId: true, applicationId: true, scores: true, submittedAt: true } }),
    db().conflictDeclaration.findMany({ where: { ...where, conflicted: true, application: { roundId } }, select: { assignmentId: true, applicationId: true } }),
  ]);
  const conflicted = new Set(conflicts.map((c) => `${c.assignmentId}:${c.applicationId}`));
  return {
    rubric,
    applications: applications.map((a) => {
      const declaration = declarations.find((d) => d.applicationId === a.id);
      const mine = scores.find((s) => s.applicationId === a.id && s.assignmentId === assignment.id);
      const submitted = Boolean(mine?.submittedAt);
      const others = submitted
        ? scores
            .filter((s) => s.applicationId === a.id && s.assignmentId !== assignment.id && s.submittedAt && !conflicted.has(`${s.assignmentId}:${a.id}`))
            .map((s) => weightedScore(rubric, s.scores as CriterionScores))
            .filter((x): x is number => x !== null)
        : null;
      return {
        id: a.id,
        organisationName: a.organisationName,
        amountRequestedPence: a.amountRequestedPence,
        summary: a.summary,
        priorityFit: a.priorityFit,
        declared: declaration ? { conflicted: declaration.conflicted } : null,
        myScores: mine ? (mine.scores as CriterionScores) : null,
        submitted,
        othersScores: others,
      };
    }),
  };
}
