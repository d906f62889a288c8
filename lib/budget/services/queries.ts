import { db } from "@/lib/db/client";
import { potSummary, type PotSummary } from "@/lib/budget/limits";
import { aggregateScores, rankApplications, readRubric, type Ranked, type Rubric } from "@/lib/budget/rubric";
import type { FundingRoundStatus } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Reads for the budget pages. Each takes the tenant context and an area the page has
 * already resolved (requireArea), and names the tenant in every query again.
 */
export type RoundSummary = {
  id: string;
  title: string;
  status: FundingRoundStatus;
  opensOn: Date;
  closesOn: Date;
  allocationPence: number;
  awardedPence: number;
  applications: number;
};
export type PotView = { id: string; financialYear: number; source: string; summary: PotSummary; rounds: RoundSummary[] };

export async function listPots(ctx: TenantContext, areaId: string): Promise<PotView[]> {
  const where = { partnershipId: ctx.partnershipId, areaId };
  const [pots, rounds, awards, spend] = await Promise.all([
    db().communityBudget.findMany({ where, orderBy: { financialYear: "desc" } }),
    db().fundingRound.findMany({
      where,
      orderBy: { opensOn: "desc" },
      select: { id: true, budgetId: true, title: true, status: true, opensOn: true, closesOn: true, allocationPence: true, _count: { select: { applications: { where: { withdrawnAt: null } } } } },
    }),
    db().award.groupBy({ by: ["roundId"], where: { partnershipId: ctx.partnershipId, round: { areaId } }, _sum: { amountPence: true } }),
    db().spend.findMany({ where: { partnershipId: ctx.partnershipId, award: { round: { areaId } } }, select: { amountPence: true, award: { select: { budgetId: true } } } }),
  ]);
  const awarded = new Map(awards.map((a) => [a.roundId, a._sum.amountPence ?? 0]));
  return pots.map((pot) => {
    const own = rounds
      .filter((r) => r.budgetId === pot.id)
      .map((r) => ({ id: r.id, title: r.title, status: r.status, opensOn: r.opensOn, closesOn: r.closesOn, allocationPence: r.allocationPence, awardedPence: awarded.get(r.id) ?? 0, applications: r._count.applications }));
    const spent = spend.filter((s) => s.award.budgetId === pot.id).reduce((sum, s) => sum + s.amountPence, 0);
    return { id: pot.id, financialYear: pot.financialYear, source: pot.source, summary: potSummary(pot.amountPence, own, spent), rounds: own };
  });
}

export type ApplicationRow = {
  id: string;
  organisationName: string;
  contactName: string;
  contactEmail: string;
  amountRequestedPence: number;
  summary: string;
  priorityFit: string;
  channel: "coordinator" | "public_link";
  submittedAt: Date;
  withdrawnAt: Date | null;
  declineReason: string | null;
  award: {
    id: string;
    amountPence: number;
    decidedOn: Date;
    note: string | null;
    spentPence: number;
    reports: { id: string; reportedOn: Date; milestone: string; percentComplete: number; beneficiariesReached: number; caseStudyUrl: string | null }[];
    /** Recipients' feedback on the award (lib/review records it: one Feedback for every source). */
    feedback: { id: string; receivedOn: Date; role: string; rating: number | null; comments: string }[];
  } | null;
  result: Ranked | null;
};

export type RoundDetail = {
  id: string;
  title: string;
  criteria: string;
  status: FundingRoundStatus;
  opensOn: Date;
  closesOn: Date;
  allocationPence: number;
  maxAwardPence: number;
  rubric: Rubric;
  publicListing: boolean;
  publicToken: string | null;
  pot: { id: string; financialYear: number; amountPence: number; awardedPence: number };
  priority: string | null;
  applications: ApplicationRow[];
  panellists: number;
};

/** A round with its applications, their panel results (ranked) and awards with spend. */
export async function getRound(ctx: TenantContext, areaId: string, roundId: string): Promise<RoundDetail | null> {
  const round = await db().fundingRound.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: roundId } },
    include: { budget: true, priority: { select: { title: true } }, _count: { select: { panel: true } } },
  });
  if (!round || round.areaId !== areaId) return null;
  const where = { partnershipId: ctx.partnershipId, roundId };
  const [applications, sheets, conflicts, potAwards] = await Promise.all([
    db().grantApplication.findMany({
      where,
      orderBy: { submittedAt: "asc" },
      include: {
        award: {
          include: {
            spend: { select: { amountPence: true } },
            reports: { orderBy: { reportedOn: "asc" }, select: { id: true, reportedOn: true, milestone: true, percentComplete: true, beneficiariesReached: true, caseStudyUrl: true } },
            feedback: { orderBy: { receivedOn: "asc" }, select: { id: true, receivedOn: true, role: true, rating: true, comments: true } },
          },
        },
      },
    }),
    db().score.findMany({ where: { partnershipId: ctx.partnershipId, application: { roundId } }, select: { assignmentId: true, applicationId: true, scores: true, submittedAt: true } }),
    db().conflictDeclaration.findMany({ where: { partnershipId: ctx.partnershipId, conflicted: true, application: { roundId } }, select: { assignmentId: true, applicationId: true } }),
    db().award.aggregate({ where: { partnershipId: ctx.partnershipId, budgetId: round.budgetId }, _sum: { amountPence: true } }),
  ]);
  const rubric = readRubric(round.rubric);
  const results = rankApplications(
    aggregateScores(
      rubric,
      applications.map((a) => a.id),
      sheets.map((s) => ({ assignmentId: s.assignmentId, applicationId: s.applicationId, scores: s.scores as Record<string, number>, submitted: s.submittedAt !== null })),
      conflicts,
    ),
    new Set(applications.filter((a) => a.withdrawnAt).map((a) => a.id)),
  );
  const byId = new Map(results.map((r) => [r.applicationId, r]));
  return {
    id: round.id,
    title: round.title,
    criteria: round.criteria,
    status: round.status,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    allocationPence: round.allocationPence,
    maxAwardPence: round.maxAwardPence,
    rubric,
    publicListing: round.publicListing,
    publicToken: round.publicToken,
    pot: { id: round.budget.id, financialYear: round.budget.financialYear, amountPence: round.budget.amountPence, awardedPence: potAwards._sum.amountPence ?? 0 },
    priority: round.priority?.title ?? null,
    panellists: round._count.panel,
    applications: applications.map((a) => ({
      id: a.id,
      organisationName: a.organisationName,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      amountRequestedPence: a.amountRequestedPence,
      summary: a.summary,
      priorityFit: a.priorityFit,
      channel: a.channel,
      submittedAt: a.submittedAt,
      withdrawnAt: a.withdrawnAt,
      declineReason: a.declineReason,
      award: a.award
        ? {
            id: a.award.id,
            amountPence: a.award.amountPence,
            decidedOn: a.award.decidedOn,
            note: a.award.note,
            spentPence: a.award.spend.reduce((sum, s) => sum + s.amountPence, 0),
            reports: a.award.reports,
            feedback: a.award.feedback,
          }
        : null,
      result: byId.get(a.id) ?? null,
    })),
  };
}
