import { z } from "zod";
import { isCalendarDate, wholeNumber } from "@/lib/forms/inputs";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { ukToday } from "@/lib/blueprint/today";
import { readStatementContent } from "@/lib/statement/content";
import { statementCompleteness } from "@/lib/statement/completeness";
import { dateOnly, ownStatement, staleRevision } from "@/lib/statement/services/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AreaActionContext } from "@/lib/action/define-action";

const statementRef = {
  statementId: z.string().uuid(),
  revision: wholeNumber("This form is out of date. Reload the page and try again.").pipe(z.number().min(1, "This form is out of date. Reload the page and try again.")),
};

export const agreeStatementInput = z.object({
  ...statementRef,
  agreedOn: z
    .string({ message: "Enter the date it was agreed" })
    .trim()
    .min(1, "Enter the date it was agreed")
    .refine(isCalendarDate, "Enter a real date")
    .refine((v) => v >= "2000-01-01", "Enter a date from 2000 on")
    .refine((v) => v <= ukToday(), "The date it was agreed cannot be in the future"),
  meetingId: z
    .union([z.literal(""), z.string().uuid()])
    .optional()
    .transform((v) => v || null),
});

export const publishStatementInput = z.object(statementRef);

/**
 * Records that the convening partnership agreed the statement as it stands (the saved
 * working copy), on a date and optionally at one of the area's meetings. Allowed at any
 * time: the checklist (lib/statement/completeness.ts) is shown, and the phase 3 gate
 * judges it, but a partnership may agree a statement before every section is written.
 */
export async function agreeStatement(ctx: AreaActionContext, input: z.output<typeof agreeStatementInput>): Promise<{ missing: string[]; agreedOn: string }> {
  return db().$transaction(async (tx) => {
    const before = await ownStatement(tx, ctx, input.statementId);
    if (before.revision !== input.revision) throw staleRevision();
    if (before.state === "published") {
      throw new AppError("conflict", "This text is already agreed and published. Change the statement to start a new draft, then agree that.");
    }
    let meetingTitle: string | null = null;
    if (input.meetingId) {
      const meeting = await tx.meeting.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.meetingId } }, select: { areaId: true, title: true } });
      if (!meeting || meeting.areaId !== ctx.area.id) throw validationError({ meetingId: ["Choose one of this area's meetings"] });
      meetingTitle = meeting.title;
    }
    const updated = await tx.statementOfIntent.updateMany({
      where: { partnershipId: ctx.partnershipId, id: before.id, areaId: ctx.area.id, revision: input.revision },
      data: { state: "agreed", agreedOn: dateOnly(input.agreedOn), agreedAtMeetingId: input.meetingId, revision: { increment: 1 } },
    });
    if (updated.count !== 1) throw staleRevision();
    const { missing } = statementCompleteness(readStatementContent(before.content));
    await audit(tx, ctx, {
      action: "statement.agreed",
      entityType: "StatementOfIntent",
      entityId: before.id,
      areaId: ctx.area.id,
      before: { state: before.state, revision: before.revision },
      after: { state: "agreed", revision: before.revision + 1, agreedOn: input.agreedOn, meetingId: input.meetingId, meeting: meetingTitle, missing },
    });
    return { missing, agreedOn: input.agreedOn };
  });
}

/**
 * Publishes the agreed statement: its text is frozen into a new StatementVersion (the
 * database refuses any later UPDATE or DELETE of it), with the date and meeting of the
 * agreement copied in, so the version reads the same even if the meeting is renamed.
 */
export async function publishStatement(
  ctx: AreaActionContext,
  input: z.output<typeof publishStatementInput>,
  /** For imports and the demo seed only (an action never passes it): when it was published, if not now. */
  options: { publishedAt?: Date } = {},
): Promise<{ number: number; versionId: string }> {
  return db().$transaction(async (tx) => {
    const before = await ownStatement(tx, ctx, input.statementId);
    if (before.revision !== input.revision) throw staleRevision();
    if (before.state === "published") throw new AppError("conflict", "This text is already published. Change the statement to start a new draft.");
    if (before.state !== "agreed" || !before.agreedOn) throw new AppError("conflict", "Record that the convening partnership agreed the statement before publishing it.");
    // Claims the statement first: a second publish racing this one waits here, then finds the revision moved on.
    const claimed = await tx.statementOfIntent.updateMany({
      where: { partnershipId: ctx.partnershipId, id: before.id, areaId: ctx.area.id, revision: input.revision, state: "agreed" },
      data: { state: "published", revision: { increment: 1 } },
    });
    if (claimed.count !== 1) throw staleRevision();
    const meeting = before.agreedAtMeetingId
      ? await tx.meeting.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.agreedAtMeetingId } }, select: { title: true } })
      : null;
    const last = await tx.statementVersion.findFirst({ where: { partnershipId: ctx.partnershipId, statementId: before.id }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const content = readStatementContent(before.content);
    const version = await tx.statementVersion.create({
      data: {
        partnershipId: ctx.partnershipId,
        statementId: before.id,
        number,
        content: content as unknown as Prisma.InputJsonValue,
        agreedOn: before.agreedOn,
        agreedAtMeetingId: before.agreedAtMeetingId,
        agreedAtMeeting: meeting?.title ?? null,
        publishedById: ctx.userId,
        publishedAt: options.publishedAt,
      },
      select: { id: true, number: true, agreedOn: true, agreedAtMeeting: true, publishedAt: true },
    });
    await audit(tx, ctx, {
      action: "statement.published",
      entityType: "StatementOfIntent",
      entityId: before.id,
      areaId: ctx.area.id,
      before: { state: before.state, revision: before.revision },
      after: { state: "published", revision: before.revision + 1, version },
    });
    return { number, versionId: version.id };
  });
}
