import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import type { GrantReportInput } from "@/lib/budget/inputs";
import type { AreaActionContext } from "@/lib/action/define-action";

async function ownAward(tx: Tx, ctx: AreaActionContext, awardId: string) {
  const award = await tx.award.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: awardId } }, include: { round: { select: { areaId: true } }, application: { select: { organisationName: true } } } });
  if (!award || award.round.areaId !== ctx.area.id) throw notFoundError();
  return award;
}

/** A grantee's progress: a milestone, how far along, and how many people reached (a count, never who). */
export async function recordGrantReport(ctx: AreaActionContext, input: GrantReportInput): Promise<{ organisationName: string }> {
  return db().$transaction(async (tx) => {
    const award = await ownAward(tx, ctx, input.awardId);
    const { awardId: _awardId, reportedOn, ...rest } = input;
    const report = await tx.grantReport.create({ data: { partnershipId: ctx.partnershipId, awardId: award.id, reportedOn: new Date(`${reportedOn}T00:00:00Z`), ...rest } });
    await audit(tx, ctx, { action: "budget.grant_report", entityType: "GrantReport", entityId: report.id, areaId: ctx.area.id, after: report });
    return { organisationName: award.application.organisationName };
  });
}
