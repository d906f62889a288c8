import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import type { LinkOutcomeInput } from "@/lib/indicators/definition-inputs";
import type { AreaActionContext } from "@/lib/action/define-action";
import { adoptWithAudit } from "@/lib/indicators/services/definitions";

/**
 * Links one of the area's outcome measures (its monitoring and evaluation plan) to an
 * indicator: one of the partnership's, or one adopted from the national catalogue on the
 * way. The linked indicators are the area's focus indicators on its dashboard and checklist.
 */
export async function linkOutcomeMeasure(ctx: AreaActionContext, input: LinkOutcomeInput): Promise<{ measure: string; indicator: string | null }> {
  return db().$transaction(async (tx) => {
    const before = await tx.outcomeMeasure.findFirst({ where: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, id: input.outcomeMeasureId } });
    if (!before) throw notFoundError();
    let indicator: { id: string; name: string } | null = null;
    if (input.indicator.kind === "indicator") {
      indicator = await tx.indicatorDefinition.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.indicator.id } }, select: { id: true, name: true } });
      if (!indicator) throw notFoundError();
    } else if (input.indicator.kind === "catalogue") {
      indicator = await adoptWithAudit(tx, ctx, input.indicator.code, { areaId: ctx.area.id, field: "indicator" });
    }
    const after = await tx.outcomeMeasure.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } }, data: { indicatorId: indicator?.id ?? null } });
    await audit(tx, ctx, { action: "indicators.outcome_measure.linked", entityType: "OutcomeMeasure", entityId: before.id, areaId: ctx.area.id, before, after });
    return { measure: after.name, indicator: indicator?.name ?? null };
  });
}
