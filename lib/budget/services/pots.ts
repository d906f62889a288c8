import { db } from "@/lib/db/client";
import { onceOnly } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { lockPot } from "@/lib/budget/services/locks";
import type { PotInput, UpdatePotInput } from "@/lib/budget/inputs";
import type { AreaActionContext } from "@/lib/action/define-action";
import { formatPounds } from "@/lib/money";


/** One pot per area and financial year. */
export async function createPot(ctx: AreaActionContext, input: PotInput): Promise<{ id: string; label: string }> {
  const scope = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
  const exists = () => validationError({ financialYear: [`${ctx.area.name} already has a pot for ${financialYearLabel(input.financialYear)}: change its amount instead.`] });
  const existing = await db().communityBudget.findUnique({ where: { partnershipId_areaId_financialYear: { ...scope, financialYear: input.financialYear } } });
  if (existing) throw exists();
  return onceOnly(
    () =>
      db().$transaction(async (tx) => {
        const pot = await tx.communityBudget.create({ data: { ...scope, financialYear: input.financialYear, amountPence: input.amount, source: input.source } });
        await audit(tx, ctx, { action: "budget.pot_created", entityType: "CommunityBudget", entityId: pot.id, areaId: ctx.area.id, after: pot });
        return { id: pot.id, label: financialYearLabel(pot.financialYear) };
      }),
    exists,
  );
}

/** A pot may shrink only down to what its rounds hold: money already promised is not taken back here. */
export async function updatePot(ctx: AreaActionContext, input: UpdatePotInput): Promise<{ label: string }> {
  return db().$transaction(async (tx) => {
    const before = await lockPot(tx, ctx, input.budgetId);
    const rounds = await tx.fundingRound.findMany({ where: { partnershipId: ctx.partnershipId, budgetId: before.id }, select: { id: true, allocationPence: true } });
    const awarded = await tx.award.groupBy({ by: ["roundId"], where: { partnershipId: ctx.partnershipId, budgetId: before.id }, _sum: { amountPence: true } });
    const byRound = new Map(awarded.map((a) => [a.roundId, a._sum.amountPence ?? 0]));
    const held = rounds.reduce((sum, r) => sum + Math.max(r.allocationPence, byRound.get(r.id) ?? 0), 0);
    if (input.amount < held) {
      throw new AppError("validation", "Check the highlighted fields.", { amount: [`The rounds already hold ${formatPounds(held)} of this pot: lower their allocations first, or keep the pot at ${formatPounds(held)} or more.`] });
    }
    const after = await tx.communityBudget.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } }, data: { amountPence: input.amount, source: input.source } });
    await audit(tx, ctx, { action: "budget.pot_updated", entityType: "CommunityBudget", entityId: before.id, areaId: ctx.area.id, before, after });
    return { label: financialYearLabel(after.financialYear) };
  });
}
