import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { SessionInput, UpdateSessionInput } from "@/lib/hub/inputs";
import { checkOneOffDate, checkWeeklyPattern, isScheduledOn, orphanedDates } from "@/lib/hub/recurrence";
import { fullDate } from "@/lib/hub/dates";
import { isoDate } from "@/lib/blueprint/today";
import { asDate, isUniqueViolation, loadCalendar, ownService, ownSession, patternOf } from "@/lib/hub/services/own";

/** A session on the service's timetable: a one-off date, or weekly in term time. */
export async function addSession(ctx: AreaActionContext, input: SessionInput): Promise<{ serviceName: string; kind: "one_off" | "weekly" }> {
  const service = await ownService(db(), ctx, input.serviceId);
  const calendar = await loadCalendar(db(), ctx.partnershipId);
  if (input.kind === "one_off") {
    const problem = checkOneOffDate(calendar, input.date, input.duringHolidays);
    if (problem) throw validationError({ date: [problem] });
  } else {
    if (calendar.terms.length === 0) throw validationError({ startsOn: ["The partnership has no school calendar yet: weekly sessions run in term time, so enter the term dates first"] });
    const problem = checkWeeklyPattern(input, calendar);
    if (problem) throw validationError({ weekday: [problem] });
  }
  return db().$transaction(async (tx) => {
    const session = await tx.hubSession.create({
      data:
        input.kind === "one_off"
          ? { partnershipId: ctx.partnershipId, serviceId: service.id, kind: "one_off", startsOn: asDate(input.date), startMinute: input.startMinute, endMinute: input.endMinute, duringHolidays: input.duringHolidays }
          : {
              partnershipId: ctx.partnershipId,
              serviceId: service.id,
              kind: "weekly",
              startsOn: asDate(input.startsOn),
              endsOn: asDate(input.endsOn),
              weekday: input.weekday,
              intervalWeeks: input.intervalWeeks,
              startMinute: input.startMinute,
              endMinute: input.endMinute,
            },
    });
    await audit(tx, ctx, { action: "hub.session_added", entityType: "HubSession", entityId: session.id, areaId: ctx.area.id, after: { ...session, service: service.type.name } });
    return { serviceName: service.type.name, kind: input.kind };
  });
}

/**
 * New times, or an earlier or later last date for a weekly session (it stops at Easter, it runs
 * another year). Refused when a date with recorded outputs would fall off the timetable.
 */
export async function updateSession(ctx: AreaActionContext, input: UpdateSessionInput): Promise<{ serviceName: string }> {
  return db().$transaction(async (tx) => {
    const before = await ownSession(tx, ctx, input.sessionId);
    const pattern = patternOf(before);
    let endsOn: Date | null = null;
    if (pattern.kind === "weekly") {
      if (!input.endsOn) throw validationError({ endsOn: ["Enter the last date it could run"] });
      if (input.endsOn < pattern.startsOn) throw validationError({ endsOn: [`The last date is on or after the first, ${fullDate(pattern.startsOn)}`] });
      const next = { ...pattern, endsOn: input.endsOn };
      const recorded = await tx.hubSessionOutput.findMany({ where: { partnershipId: ctx.partnershipId, sessionId: before.id }, select: { date: true } });
      const orphans = orphanedDates(next, await loadCalendar(tx, ctx.partnershipId), recorded.map((o) => isoDate(o.date)));
      if (orphans.length) throw validationError({ endsOn: [`Outputs are recorded for ${orphans.map(fullDate).join(", ")}: the session runs at least until then`] });
      endsOn = asDate(input.endsOn);
    }
    const after = await tx.hubSession.update({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } },
      data: { startMinute: input.startMinute, endMinute: input.endMinute, ...(endsOn ? { endsOn } : {}) },
    });
    await audit(tx, ctx, { action: "hub.session_updated", entityType: "HubSession", entityId: before.id, areaId: ctx.area.id, before, after });
    return { serviceName: before.service.type.name };
  });
}

/** A session whose outputs are recorded stays on the timetable: its figures belong to it. */
export async function removeSession(ctx: AreaActionContext, input: { sessionId: string }): Promise<{ serviceName: string }> {
  return db().$transaction(async (tx) => {
    const session = await ownSession(tx, ctx, input.sessionId);
    const outputs = await tx.hubSessionOutput.count({ where: { partnershipId: ctx.partnershipId, sessionId: session.id } });
    if (outputs > 0) throw new AppError("conflict", `Outputs are recorded for ${outputs} of its dates: the session stays on the timetable. Cancel single dates instead.`);
    await tx.hubSession.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: session.id } } });
    await audit(tx, ctx, { action: "hub.session_removed", entityType: "HubSession", entityId: session.id, areaId: ctx.area.id, before: session });
    return { serviceName: session.service.type.name };
  });
}

/** One date of a session that does not run. Refused once outputs are recorded for that date. */
export async function cancelOccurrence(ctx: AreaActionContext, input: { sessionId: string; date: string; reason: string }): Promise<{ serviceName: string; date: string }> {
  const session = await ownSession(db(), ctx, input.sessionId);
  const calendar = await loadCalendar(db(), ctx.partnershipId);
  if (!isScheduledOn(patternOf(session), calendar, input.date)) throw validationError({ date: [`${session.service.type.name} is not timetabled on ${fullDate(input.date)}`] });
  try {
    return await db().$transaction(async (tx) => {
      const recorded = await tx.hubSessionOutput.findUnique({ where: { partnershipId_sessionId_date: { partnershipId: ctx.partnershipId, sessionId: session.id, date: asDate(input.date) } } });
      if (recorded) throw validationError({ date: [`Outputs are recorded for ${fullDate(input.date)}: it took place`] });
      const cancellation = await tx.hubSessionCancellation.create({ data: { partnershipId: ctx.partnershipId, sessionId: session.id, date: asDate(input.date), reason: input.reason } });
      await audit(tx, ctx, { action: "hub.session_cancelled", entityType: "HubSessionCancellation", entityId: cancellation.id, areaId: ctx.area.id, after: cancellation });
      return { serviceName: session.service.type.name, date: input.date };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validationError({ date: [`${fullDate(input.date)} is already cancelled`] });
    throw error;
  }
}

export async function restoreOccurrence(ctx: AreaActionContext, input: { cancellationId: string }): Promise<{ serviceName: string; date: string }> {
  return db().$transaction(async (tx) => {
    const cancellation = await tx.hubSessionCancellation.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.cancellationId } },
      include: { session: { include: { service: { include: { hub: { select: { areaId: true } }, type: { select: { name: true } } } } } } },
    });
    if (!cancellation || cancellation.session.service.hub.areaId !== ctx.area.id) throw notFoundError();
    await tx.hubSessionCancellation.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: cancellation.id } } });
    await audit(tx, ctx, { action: "hub.session_restored", entityType: "HubSessionCancellation", entityId: cancellation.id, areaId: ctx.area.id, before: cancellation });
    return { serviceName: cancellation.session.service.type.name, date: cancellation.date.toISOString().slice(0, 10) };
  });
}
