import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";
import type { HubBudgetCategory, HubContributionKind } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/blueprint/today";
import { yearSummary, type YearSummary } from "@/lib/hub/allocations";
import { taperNarrative, taperPoints, type TaperPoint } from "@/lib/hub/taper";

export type AllocationView = {
  id: string;
  category: HubBudgetCategory;
  description: string;
  amountPence: number;
  spentPence: number;
  spend: { id: string; amountPence: number; spentOn: string; description: string }[];
};
export type BudgetYearView = { id: string; financialYear: number; taperPercent: number; amountPence: number; summary: YearSummary; allocations: AllocationView[] };
export type ContributionView = { id: string; financialYear: number; organisationName: string; kind: HubContributionKind; valuePence: number; description: string };
export type HubBudgetView = {
  plan: { startYear: number; firstYearPence: number; percents: number[] } | null;
  years: BudgetYearView[];
  contributions: ContributionView[];
  points: TaperPoint[];
  narrative: string;
};

/** The hub's budget by financial year, with allocations, spend and statutory contributions, and the taper against them. */
export async function getHubBudget(ctx: TenantContext, hubId: string): Promise<HubBudgetView> {
  const scope = { partnershipId: ctx.partnershipId };
  const [hub, years, contributions] = await Promise.all([
    db().schoolHealthHub.findUniqueOrThrow({ where: { partnershipId_id: { ...scope, id: hubId } }, select: { budgetStartYear: true, firstYearBudgetPence: true } }),
    db().hubBudgetYear.findMany({
      where: { ...scope, hubId },
      orderBy: { financialYear: "asc" },
      include: { allocations: { orderBy: { createdAt: "asc" }, include: { spend: { orderBy: { spentOn: "asc" } } } } },
    }),
    db().hubContribution.findMany({ where: { ...scope, hubId }, orderBy: [{ financialYear: "asc" }, { createdAt: "asc" }], include: { organisation: { select: { name: true } } } }),
  ]);
  const yearViews: BudgetYearView[] = years.map((y) => {
    const allocations = y.allocations.map((a) => ({
      id: a.id,
      category: a.category,
      description: a.description,
      amountPence: a.amountPence,
      spentPence: a.spend.reduce((sum, s) => sum + s.amountPence, 0),
      spend: a.spend.map((s) => ({ id: s.id, amountPence: s.amountPence, spentOn: isoDate(s.spentOn), description: s.description })),
    }));
    return { id: y.id, financialYear: y.financialYear, taperPercent: y.taperPercent, amountPence: y.amountPence, allocations, summary: yearSummary(y.amountPence, allocations) };
  });
  const planned = years.map((y) => ({ financialYear: y.financialYear, taperPercent: y.taperPercent, amountPence: y.amountPence }));
  const contributionViews = contributions.map((c) => ({ id: c.id, financialYear: c.financialYear, organisationName: c.organisation.name, kind: c.kind, valuePence: c.valuePence, description: c.description }));
  const points = taperPoints(planned, contributionViews);
  return {
    plan: hub.budgetStartYear !== null && hub.firstYearBudgetPence !== null ? { startYear: hub.budgetStartYear, firstYearPence: hub.firstYearBudgetPence, percents: planned.map((y) => y.taperPercent) } : null,
    years: yearViews,
    contributions: contributionViews,
    points,
    narrative: taperNarrative(planned, points),
  };
}
