import { z } from "zod";
import { isCalendarDate } from "@/lib/forms/inputs";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import { ukToday } from "@/lib/blueprint/today";
import { readStatementContent } from "@/lib/statement/content";
import { dateOnly, ISO_DATE, ownStatement } from "@/lib/statement/services/access";
import type { AreaActionContext } from "@/lib/action/define-action";

export const askResponseInput = z.object({
  statementId: z.string().uuid(),
  askId: z.string().uuid(),
  status: z.enum(["asked", "in_discussion", "agreed", "declined"], { message: "Choose where the ask stands" }),
  respondedOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || (ISO_DATE.test(v) && isCalendarDate(v)), "Enter a real date, or leave it empty")
    .refine((v) => v === null || !isCalendarDate(v) || v >= "2000-01-01", "Enter a date from 2000 on")
    .refine((v) => v === null || v <= ukToday(), "The date cannot be in the future"),
  note: z
    .string()
    .trim()
    .max(2000, "Keep the note under 2,000 characters")
    .optional()
    .transform((v) => v || null),
});

/**
 * How commissioners or partners answered one ask. Kept beside the document, never in it,
 * so answering an ask never touches a published version. The ask must be one of the
 * statement's, in its working copy or in a published version.
 */
export async function recordAskResponse(ctx: AreaActionContext, input: z.output<typeof askResponseInput>): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const statement = await ownStatement(tx, ctx, input.statementId);
    const inWorkingCopy = readStatementContent(statement.content).asks.some((a) => a.id === input.askId);
    if (!inWorkingCopy) {
      const versions = await tx.statementVersion.findMany({ where: { partnershipId: ctx.partnershipId, statementId: statement.id }, select: { content: true } });
      if (!versions.some((v) => readStatementContent(v.content).asks.some((a) => a.id === input.askId))) throw notFoundError();
    }
    const key = { partnershipId_statementId_askId: { partnershipId: ctx.partnershipId, statementId: statement.id, askId: input.askId } };
    const before = await tx.statementAskResponse.findUnique({ where: key });
    const data = { status: input.status, respondedOn: input.respondedOn ? dateOnly(input.respondedOn) : null, note: input.note };
    const after = await tx.statementAskResponse.upsert({
      where: key,
      create: { partnershipId: ctx.partnershipId, statementId: statement.id, askId: input.askId, ...data },
      update: data,
    });
    await audit(tx, ctx, { action: "statement.ask_response", entityType: "StatementAskResponse", entityId: after.id, areaId: ctx.area.id, before, after });
    return { id: after.id };
  });
}
