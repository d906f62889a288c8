import { addDays, daysBetween, weekdayOf } from "@/lib/hub/dates";
import { dayStatus, describeDay, isSchoolDay, type SchoolCalendar } from "@/lib/hub/school-calendar";

/**
 * A session's pattern on the timetable, and the dates it takes place on. Weekly sessions run
 * in term time only (the partnership's school calendar decides); a one-off session runs on
 * its date. Pure: term dates in, dates out.
 */
export type SessionPattern =
  | { kind: "one_off"; date: string }
  | { kind: "weekly"; startsOn: string; endsOn: string; weekday: number; intervalWeeks: 1 | 2 };

export type DateRange = { from: string; to: string };

/** The first date on or after `from` that falls on `weekday` (1 Monday … 7 Sunday). */
export function firstWeekday(from: string, weekday: number): string {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/**
 * The dates a session is timetabled on within `range`, cancelled occurrences included
 * (the caller shows them as cancelled). A fortnightly session keeps its rhythm through the
 * holidays: it counts weeks from its first date, not from the start of each term.
 */
export function scheduledDates(pattern: SessionPattern, calendar: SchoolCalendar, range: DateRange): string[] {
  if (pattern.kind === "one_off") return pattern.date >= range.from && pattern.date <= range.to ? [pattern.date] : [];
  const out: string[] = [];
  const first = firstWeekday(pattern.startsOn, pattern.weekday);
  const step = 7 * pattern.intervalWeeks;
  const last = pattern.endsOn < range.to ? pattern.endsOn : range.to;
  // Jump to the first occurrence inside the range instead of walking from the start.
  const skip = range.from > first ? Math.ceil(daysBetween(first, range.from) / step) : 0;
  for (let date = addDays(first, skip * step); date <= last; date = addDays(date, step)) {
    if (isSchoolDay(calendar, date)) out.push(date);
  }
  return out;
}

/** The dates a session takes place on: scheduled, and not cancelled. */
export function occurrences(pattern: SessionPattern, calendar: SchoolCalendar, range: DateRange, cancelled: ReadonlySet<string> = new Set()): string[] {
  return scheduledDates(pattern, calendar, range).filter((d) => !cancelled.has(d));
}

/** Whether `date` is one of the session's timetabled dates (cancelled or not). */
export function isScheduledOn(pattern: SessionPattern, calendar: SchoolCalendar, date: string): boolean {
  return scheduledDates(pattern, calendar, { from: date, to: date }).length === 1;
}

/**
 * Why a one-off date cannot take a session, or null when it can: a date in the holidays,
 * half-term or a closure needs the co-ordinator to say the school opens for it.
 */
export function checkOneOffDate(calendar: SchoolCalendar, date: string, duringHolidays: boolean): string | null {
  const status = dayStatus(calendar, date);
  if (status.kind === "term" || duringHolidays) return null;
  return `That date is ${describeDay(status)}. Tick "The school opens for it in the holidays" if it does.`;
}

/** Whether a weekly pattern gives at least one date; a pattern that never meets a school day is a mistake. */
export function checkWeeklyPattern(pattern: Extract<SessionPattern, { kind: "weekly" }>, calendar: SchoolCalendar): string | null {
  if (scheduledDates(pattern, calendar, { from: pattern.startsOn, to: pattern.endsOn }).length > 0) return null;
  return "No school day in these dates falls on that day of the week: check the dates, or the partnership's school calendar";
}

/**
 * Recorded outputs whose dates a change would take off the timetable (a new half-term, an
 * earlier end date): the change is refused so that no recorded figure loses its session.
 */
export function orphanedDates(pattern: SessionPattern, calendar: SchoolCalendar, recorded: readonly string[]): string[] {
  return recorded.filter((date) => !isScheduledOn(pattern, calendar, date)).sort();
}
