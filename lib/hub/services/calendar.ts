import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { can, roleGrants, type Grant } from "@/lib/auth/permissions";
import { notFoundError, validationError } from "@/lib/errors";
import type { TenantContext } from "@/lib/tenancy/context";
import type { CalendarYearInput } from "@/lib/hub/inputs";
import { academicYearLabel, fullDate } from "@/lib/hub/dates";
import { checkAcademicYear, checkClosureDay, TERM_NAMES, type SchoolCalendar } from "@/lib/hub/school-calendar";
import { orphanedDates } from "@/lib/hub/recurrence";
import { isoDate } from "@/lib/blueprint/today";
import { asDate, isUniqueViolation, loadCalendar, patternOf } from "@/lib/hub/services/own";

/**
 * The school calendar belongs to the partnership: its co-ordinators (who timetable the hubs)
 * and its admins keep it. Everyone in the partnership reads it.
 */
export function mayEditSchoolCalendar(grants: readonly Grant[]): boolean {
  return can(grants, "partnership.manage") || grants.some((g) => roleGrants(g.role, "area.write"));
}

function requireEditor(ctx: TenantContext): void {
  if (!mayEditSchoolCalendar(ctx.grants)) throw notFoundError();
}

/**
 * Outputs recorded for weekly sessions on dates a new calendar would turn into holidays:
 * such a change is refused, so that no recorded figure loses the session it belongs to.
 */
async function orphansUnder(tx: Tx, partnershipId: string, calendar: SchoolCalendar): Promise<string[]> {
  const sessions = await tx.hubSession.findMany({
    where: { partnershipId, kind: "weekly", outputs: { some: {} } },
    include: { outputs: { select: { date: true } }, service: { select: { type: { select: { name: true } }, hub: { select: { area: { select: { name: true } } } } } } },
  });
  return sessions.flatMap((s) =>
    orphanedDates(patternOf(s), calendar, s.outputs.map((o) => isoDate(o.date))).map((d) => `${s.service.type.name} in ${s.service.hub.area.name} on ${fullDate(d)}`),
  );
}

function orphanMessage(orphans: string[]): string {
  const shown = orphans.slice(0, 3).join("; ");
  return `Outputs are recorded for sessions this change would put in the holidays: ${shown}${orphans.length > 3 ? ` and ${orphans.length - 3} more` : ""}. Correct those first.`;
}

/** One academic year's term and half-term dates, saved together so that they always agree. */
export async function saveCalendarYear(ctx: TenantContext, input: CalendarYearInput): Promise<{ label: string }> {
  requireEditor(ctx);
  const errors = checkAcademicYear(input.academicYear, input.terms);
  if (Object.keys(errors).length) throw validationError(errors);
  return db().$transaction(async (tx) => {
    // One calendar change at a time per partnership, so two saves cannot both pass the checks.
    await tx.$queryRaw`SELECT 1 FROM "LocalAuthorityPartnership" WHERE "id" = ${ctx.partnershipId}::uuid FOR UPDATE`;
    const current = await loadCalendar(tx, ctx.partnershipId);
    const next: SchoolCalendar = {
      closures: current.closures,
      terms: [...current.terms.filter((t) => t.academicYear !== input.academicYear), ...TERM_NAMES.map((term) => ({ academicYear: input.academicYear, term, ...input.terms[term] }))],
    };
    const orphans = await orphansUnder(tx, ctx.partnershipId, next);
    if (orphans.length) throw validationError({ _form: [orphanMessage(orphans)] }, orphanMessage(orphans));
    const before = current.terms.filter((t) => t.academicYear === input.academicYear);
    for (const term of TERM_NAMES) {
      const dates = input.terms[term];
      const data = { startsOn: asDate(dates.startsOn), endsOn: asDate(dates.endsOn), halfTermStartsOn: asDate(dates.halfTermStartsOn), halfTermEndsOn: asDate(dates.halfTermEndsOn) };
      await tx.schoolTerm.upsert({
        where: { partnershipId_academicYear_term: { partnershipId: ctx.partnershipId, academicYear: input.academicYear, term } },
        create: { partnershipId: ctx.partnershipId, academicYear: input.academicYear, term, ...data },
        update: data,
      });
    }
    await audit(tx, ctx, { action: "hub.calendar_saved", entityType: "SchoolTerm", entityId: String(input.academicYear), before: before.length ? before : undefined, after: input });
    return { label: academicYearLabel(input.academicYear) };
  });
}

export async function addClosureDay(ctx: TenantContext, input: { date: string; label: string }): Promise<{ date: string }> {
  requireEditor(ctx);
  try {
    return await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "LocalAuthorityPartnership" WHERE "id" = ${ctx.partnershipId}::uuid FOR UPDATE`;
      const current = await loadCalendar(tx, ctx.partnershipId);
      const problem = checkClosureDay(current, input.date);
      if (problem) throw validationError({ date: [problem] });
      const orphans = await orphansUnder(tx, ctx.partnershipId, { ...current, closures: [...current.closures, input] });
      if (orphans.length) throw validationError({ date: [orphanMessage(orphans)] });
      const closure = await tx.schoolClosureDay.create({ data: { partnershipId: ctx.partnershipId, date: asDate(input.date), label: input.label } });
      await audit(tx, ctx, { action: "hub.closure_added", entityType: "SchoolClosureDay", entityId: closure.id, after: closure });
      return { date: input.date };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validationError({ date: [`${fullDate(input.date)} is already a closure day`] });
    throw error;
  }
}

export async function removeClosureDay(ctx: TenantContext, input: { closureId: string }): Promise<{ date: string }> {
  requireEditor(ctx);
  return db().$transaction(async (tx) => {
    const closure = await tx.schoolClosureDay.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.closureId } } });
    if (!closure) throw notFoundError();
    await tx.schoolClosureDay.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: closure.id } } });
    await audit(tx, ctx, { action: "hub.closure_removed", entityType: "SchoolClosureDay", entityId: closure.id, before: closure });
    return { date: isoDate(closure.date) };
  });
}
