import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import { financialYearLabel, financialYearOf } from "@/lib/budget/financial-year";
import { ukToday } from "@/lib/blueprint/today";
import { planTaperChange, type ExistingYear } from "@/lib/hub/taper";
import { checkHubAllocation, checkSpendDate } from "@/lib/hub/allocations";
import { BUDGET_CATEGORY_LABELS, STATUTORY_TYPES, type BudgetCategory } from "@/lib/hub/labels";
import type { AllocationInput, BudgetPlanInput, ContributionInput, HubSpendInput, UpdateAllocationInput } from "@/lib/hub/inputs";
import { asDate, lockBudgetYear, lockHub, ownAllocation, ownHub } from "@/lib/hub/services/own";
import type { HubContributionKind } from "@/lib/generated/prisma/enums";

/**
 * The hub budget and its taper. The hub's row is locked while the taper changes and each
 * year's row while money is allocated from it, so totals read under the lock stay true until
 * the change commits (the invariant: a year's allocations never exceed its budget).
 */
export async function planHubBudget(ctx: AreaActionContext, input: BudgetPlanInput): Promise<{ years: number; from: string }> {
  return db().$transaction(async (tx) => {
    const hub = await lockHub(tx, ctx);
    // Year rows next, in one order, so a concurrent allocation waits here rather than deadlocking.
    await tx.$queryRaw`SELECT 1 FROM "HubBudgetYear" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "hubId" = ${hub.id}::uuid ORDER BY "financialYear" FOR UPDATE`;
    const years = await tx.hubBudgetYear.findMany({ where: { partnershipId: ctx.partnershipId, hubId: hub.id }, orderBy: { financialYear: "asc" } });
    const allocated = await tx.hubAllocation.groupBy({ by: ["budgetYearId"], where: { partnershipId: ctx.partnershipId, budgetYear: { hubId: hub.id } }, _sum: { amountPence: true } });
    const byYear = new Map(allocated.map((a) => [a.budgetYearId, a._sum.amountPence ?? 0]));
    const existing: ExistingYear[] = years.map((y) => ({ financialYear: y.financialYear, taperPercent: y.taperPercent, amountPence: y.amountPence, allocatedPence: byYear.get(y.id) ?? 0 }));
    const change = planTaperChange({ startYear: input.startYear, firstYearPence: input.firstYearBudget, percents: input.percent }, existing, financialYearOf(ukToday()));
    if (!change.ok) throw validationError(change.fieldErrors);

    await tx.hubBudgetYear.deleteMany({ where: { partnershipId: ctx.partnershipId, hubId: hub.id, financialYear: { in: change.removedYears } } });
    for (const year of change.years) {
      await tx.hubBudgetYear.upsert({
        where: { partnershipId_hubId_financialYear: { partnershipId: ctx.partnershipId, hubId: hub.id, financialYear: year.financialYear } },
        create: { partnershipId: ctx.partnershipId, hubId: hub.id, ...year },
        update: { taperPercent: year.taperPercent, amountPence: year.amountPence },
      });
    }
    await tx.schoolHealthHub.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: hub.id } }, data: { budgetStartYear: input.startYear, firstYearBudgetPence: input.firstYearBudget } });
    await audit(tx, ctx, { action: "hub.budget_planned", entityType: "SchoolHealthHub", entityId: hub.id, areaId: ctx.area.id, before: existing, after: change.years });
    return { years: change.years.length, from: financialYearLabel(input.startYear) };
  });
}

async function allocatedFrom(tx: Tx, partnershipId: string, budgetYearId: string, except?: string): Promise<number> {
  const sum = await tx.hubAllocation.aggregate({ where: { partnershipId, budgetYearId, ...(except ? { id: { not: except } } : {}) }, _sum: { amountPence: true } });
  return sum._sum.amountPence ?? 0;
}

/** Money set aside from a year's budget for one of the allowed categories, never beyond the year. */
export async function addAllocation(ctx: AreaActionContext, input: AllocationInput): Promise<{ amountPence: number; category: string }> {
  return db().$transaction(async (tx) => {
    const year = await lockBudgetYear(tx, ctx, input.budgetYearId);
    const check = checkHubAllocation(input.amount, { financialYear: year.financialYear, yearBudgetPence: year.amountPence, allocatedElsewherePence: await allocatedFrom(tx, ctx.partnershipId, year.id) });
    if (!check.ok) throw validationError({ amount: [check.message] }, check.message);
    const allocation = await tx.hubAllocation.create({
      data: { partnershipId: ctx.partnershipId, budgetYearId: year.id, category: input.category as BudgetCategory, description: input.description, amountPence: input.amount },
    });
    await audit(tx, ctx, { action: "hub.allocation_added", entityType: "HubAllocation", entityId: allocation.id, areaId: ctx.area.id, after: { ...allocation, financialYear: year.financialYear } });
    return { amountPence: allocation.amountPence, category: BUDGET_CATEGORY_LABELS[allocation.category] };
  });
}

export async function updateAllocation(ctx: AreaActionContext, input: UpdateAllocationInput): Promise<{ amountPence: number; category: string }> {
  const found = await ownAllocation(db(), ctx, input.allocationId);
  return db().$transaction(async (tx) => {
    const year = await lockBudgetYear(tx, ctx, found.budgetYearId);
    const before = await ownAllocation(tx, ctx, input.allocationId);
    const check = checkHubAllocation(input.amount, { financialYear: year.financialYear, yearBudgetPence: year.amountPence, allocatedElsewherePence: await allocatedFrom(tx, ctx.partnershipId, year.id, before.id) });
    if (!check.ok) throw validationError({ amount: [check.message] }, check.message);
    const after = await tx.hubAllocation.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } }, data: { description: input.description, amountPence: input.amount } });
    await audit(tx, ctx, { action: "hub.allocation_updated", entityType: "HubAllocation", entityId: before.id, areaId: ctx.area.id, before, after });
    return { amountPence: after.amountPence, category: BUDGET_CATEGORY_LABELS[after.category] };
  });
}

/** An allocation with spend against it stays: the spend would have nothing to belong to. */
export async function removeAllocation(ctx: AreaActionContext, input: { allocationId: string }): Promise<{ category: string }> {
  const found = await ownAllocation(db(), ctx, input.allocationId);
  return db().$transaction(async (tx) => {
    await lockBudgetYear(tx, ctx, found.budgetYearId);
    const allocation = await ownAllocation(tx, ctx, input.allocationId);
    const spend = await tx.hubSpend.count({ where: { partnershipId: ctx.partnershipId, allocationId: allocation.id } });
    if (spend > 0) throw new AppError("conflict", "Spend is recorded against this allocation: lower it instead of removing it.");
    await tx.hubAllocation.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: allocation.id } } });
    await audit(tx, ctx, { action: "hub.allocation_removed", entityType: "HubAllocation", entityId: allocation.id, areaId: ctx.area.id, before: allocation });
    return { category: BUDGET_CATEGORY_LABELS[allocation.category] };
  });
}

/**
 * Spend against an allocation, dated in its financial year. Spend beyond the allocation is
 * recorded (the money was spent) and the category is flagged as overspent.
 */
export async function recordHubSpend(ctx: AreaActionContext, input: HubSpendInput): Promise<{ amountPence: number; overspentPence: number; category: string }> {
  const allocation = await ownAllocation(db(), ctx, input.allocationId);
  const problem = checkSpendDate(input.spentOn, allocation.budgetYear.financialYear, ukToday());
  if (problem) throw validationError({ spentOn: [problem] });
  return db().$transaction(async (tx) => {
    const spend = await tx.hubSpend.create({ data: { partnershipId: ctx.partnershipId, allocationId: allocation.id, amountPence: input.amount, spentOn: asDate(input.spentOn), description: input.description } });
    await audit(tx, ctx, { action: "hub.spend_recorded", entityType: "HubSpend", entityId: spend.id, areaId: ctx.area.id, after: { ...spend, category: allocation.category } });
    const where = { partnershipId: ctx.partnershipId, budgetYearId: allocation.budgetYearId, category: allocation.category };
    const allocated = await tx.hubAllocation.aggregate({ where, _sum: { amountPence: true } });
    const spent = await tx.hubSpend.aggregate({ where: { partnershipId: ctx.partnershipId, allocation: where }, _sum: { amountPence: true } });
    return { amountPence: spend.amountPence, overspentPence: Math.max(0, (spent._sum.amountPence ?? 0) - (allocated._sum.amountPence ?? 0)), category: BUDGET_CATEGORY_LABELS[allocation.category] };
  });
}

/** What a statutory partner puts in, by financial year: money, or in kind at a stated value. */
export async function addContribution(ctx: AreaActionContext, input: ContributionInput): Promise<{ organisationName: string; valuePence: number; year: string }> {
  const hub = await ownHub(db(), ctx);
  const org = await db().organisation.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.organisationId } }, select: { id: true, name: true, type: true } });
  if (!org || !(STATUTORY_TYPES as readonly string[]).includes(org.type)) throw validationError({ organisationId: ["Choose a statutory partner: the local authority, a health body, the police or a school"] });
  return db().$transaction(async (tx) => {
    const contribution = await tx.hubContribution.create({
      data: { partnershipId: ctx.partnershipId, hubId: hub.id, financialYear: input.financialYear, organisationId: org.id, kind: input.kind as HubContributionKind, valuePence: input.value, description: input.description },
    });
    await audit(tx, ctx, { action: "hub.contribution_added", entityType: "HubContribution", entityId: contribution.id, areaId: ctx.area.id, after: { ...contribution, organisation: org.name } });
    return { organisationName: org.name, valuePence: contribution.valuePence, year: financialYearLabel(contribution.financialYear) };
  });
}

export async function removeContribution(ctx: AreaActionContext, input: { contributionId: string }): Promise<{ organisationName: string }> {
  return db().$transaction(async (tx) => {
    const contribution = await tx.hubContribution.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.contributionId } },
      include: { hub: { select: { areaId: true } }, organisation: { select: { name: true } } },
    });
    if (!contribution || contribution.hub.areaId !== ctx.area.id) throw notFoundError();
    await tx.hubContribution.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: contribution.id } } });
    await audit(tx, ctx, { action: "hub.contribution_removed", entityType: "HubContribution", entityId: contribution.id, areaId: ctx.area.id, before: contribution });
    return { organisationName: contribution.organisation.name };
  });
}
