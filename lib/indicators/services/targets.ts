import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import type { TargetInput } from "@/lib/indicators/definition-inputs";
import type { AreaActionContext } from "@/lib/action/define-action";
import { formatWithUnit } from "@/lib/indicators/units";

/** What a target can be in each unit. */
function targetProblem(unit: IndicatorUnit, value: number): string | null {
  if (value < 0) return "A target cannot be below 0";
  if (unit === "percent" && value > 100) return "A percentage target is from 0 to 100";
  if (unit === "count" && !Number.isInteger(value)) return "A count target is a whole number";
  return null;
}

/** One target per indicator and area: setting it again replaces it (the audit log keeps the old one). */
export async function setTarget(ctx: AreaActionContext, input: TargetInput): Promise<{ indicatorName: string; label: string }> {
  return db().$transaction(async (tx) => {
    const indicator = await tx.indicatorDefinition.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.indicatorId } }, select: { id: true, name: true, unit: true } });
    if (!indicator) throw notFoundError();
    const problem = targetProblem(indicator.unit, input.value);
    if (problem) throw validationError({ value: [problem] });
    const where = { partnershipId_indicatorId_areaId: { partnershipId: ctx.partnershipId, indicatorId: indicator.id, areaId: ctx.area.id } };
    const before = await tx.indicatorTarget.findUnique({ where });
    const data = { value: input.value, byPeriod: input.byPeriod, note: input.note };
    const after = await tx.indicatorTarget.upsert({ where, create: { partnershipId: ctx.partnershipId, indicatorId: indicator.id, areaId: ctx.area.id, ...data }, update: data });
    await audit(tx, ctx, { action: "indicators.target.set", entityType: "IndicatorTarget", entityId: after.id, areaId: ctx.area.id, before, after });
    return { indicatorName: indicator.name, label: `${formatWithUnit(indicator.unit, after.value)}${after.byPeriod ? ` by ${after.byPeriod}` : ""}` };
  });
}

export async function removeTarget(ctx: AreaActionContext, input: { targetId: string }): Promise<{ indicatorName: string }> {
  return db().$transaction(async (tx) => {
    const before = await tx.indicatorTarget.findFirst({ where: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, id: input.targetId }, include: { indicator: { select: { name: true } } } });
    if (!before) throw notFoundError();
    await tx.indicatorTarget.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } } });
    const { indicator, ...row } = before;
    await audit(tx, ctx, { action: "indicators.target.removed", entityType: "IndicatorTarget", entityId: before.id, areaId: ctx.area.id, before: row });
    return { indicatorName: indicator.name };
  });
}
