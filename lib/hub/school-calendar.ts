import { daysBetween, fullDate } from "@/lib/hub/dates";

/**
 * The partnership's own school calendar: term and half-term dates per academic year, and
 * closure days in term (bank holidays, training days). Pure: the timetable asks it whether a
 * date is a school day, and the calendar form asks it whether a year's dates make sense.
 */
export type TermName = "autumn" | "spring" | "summer";
export const TERM_NAMES: readonly TermName[] = ["autumn", "spring", "summer"];
export const TERM_LABELS: Record<TermName, string> = { autumn: "Autumn", spring: "Spring", summer: "Summer" };

export type TermDates = { startsOn: string; endsOn: string; halfTermStartsOn: string; halfTermEndsOn: string };
export type SchoolTermDates = TermDates & { academicYear: number; term: TermName };
export type ClosureDay = { date: string; label: string };
export type SchoolCalendar = { terms: readonly SchoolTermDates[]; closures: readonly ClosureDay[] };

export type DayStatus =
  | { kind: "term"; term: SchoolTermDates }
  | { kind: "half_term"; term: SchoolTermDates; label: string }
  | { kind: "closure"; term: SchoolTermDates; label: string }
  | { kind: "holiday"; label: string }
  /** Outside every academic year the partnership has entered: nobody knows whether school is open. */
  | { kind: "unknown" };

/** "Autumn term 2026", "Spring term 2027". */
export function termTitle(term: { academicYear: number; term: TermName }): string {
  return `${TERM_LABELS[term.term]} term ${term.term === "autumn" ? term.academicYear : term.academicYear + 1}`;
}

/** "2026-autumn": the key a term is chosen by in an address. */
export function termKey(term: { academicYear: number; term: TermName }): string {
  return `${term.academicYear}-${term.term}`;
}

const ORDER: Record<TermName, number> = { autumn: 0, spring: 1, summer: 2 };
const position = (t: { academicYear: number; term: TermName }) => t.academicYear * 3 + ORDER[t.term];

const HOLIDAY_AFTER: Record<TermName, string> = { autumn: "Christmas holidays", spring: "Easter holidays", summer: "Summer holidays" };

export function sortedTerms(terms: readonly SchoolTermDates[]): SchoolTermDates[] {
  return [...terms].sort((a, b) => position(a) - position(b));
}

export function dayStatus(calendar: SchoolCalendar, date: string): DayStatus {
  const terms = sortedTerms(calendar.terms);
  const term = terms.find((t) => t.startsOn <= date && date <= t.endsOn);
  if (term) {
    if (term.halfTermStartsOn <= date && date <= term.halfTermEndsOn) return { kind: "half_term", term, label: `${TERM_LABELS[term.term]} half-term` };
    const closure = calendar.closures.find((c) => c.date === date);
    if (closure) return { kind: "closure", term, label: closure.label };
    return { kind: "term", term };
  }
  const before = terms.filter((t) => t.endsOn < date).at(-1);
  if (!before) return { kind: "unknown" };
  const after = terms.find((t) => t.startsOn > date);
  // A holiday is known when the term after it is the very next one, or when it is August after a summer term.
  if (after && position(after) === position(before) + 1) return { kind: "holiday", label: HOLIDAY_AFTER[before.term] };
  if (before.term === "summer" && date <= `${before.academicYear + 1}-08-31`) return { kind: "holiday", label: HOLIDAY_AFTER.summer };
  return { kind: "unknown" };
}

/** Weekly sessions run on school days only: in term, not in half-term, not on a closure day. */
export function isSchoolDay(calendar: SchoolCalendar, date: string): boolean {
  return dayStatus(calendar, date).kind === "term";
}

/** The term a date falls in, half-term and closures included; null in the holidays. */
export function termContaining(calendar: SchoolCalendar, date: string): SchoolTermDates | null {
  return calendar.terms.find((t) => t.startsOn <= date && date <= t.endsOn) ?? null;
}

/** In words, why no weekly session runs on a date ("the Autumn half-term, 26 October to 30 October 2026"). */
export function describeDay(status: DayStatus): string {
  switch (status.kind) {
    case "term":
      return "a school day";
    case "half_term":
      return `the ${status.label} (${fullDate(status.term.halfTermStartsOn)} to ${fullDate(status.term.halfTermEndsOn)})`;
    case "closure":
      return `a day the schools are closed (${status.label})`;
    case "holiday":
      return `the ${status.label}`;
    case "unknown":
      return "outside the school calendar (no term dates entered for it yet)";
  }
}

/**
 * Windows a term's dates must fall in, by academic year Y. Wide enough for any English
 * local authority's calendar (Easter moves spring's end from mid-March to late April),
 * narrow enough to catch a mistyped year or month.
 */
function windows(y: number): Record<TermName, { starts: [string, string]; ends: [string, string] }> {
  return {
    autumn: { starts: [`${y}-08-15`, `${y}-09-30`], ends: [`${y}-12-01`, `${y}-12-23`] },
    spring: { starts: [`${y + 1}-01-02`, `${y + 1}-01-15`], ends: [`${y + 1}-03-15`, `${y + 1}-04-30`] },
    summer: { starts: [`${y + 1}-04-01`, `${y + 1}-05-15`], ends: [`${y + 1}-07-01`, `${y + 1}-07-31`] },
  };
}

const MONTH_RANGE = (range: [string, string]) => `between ${fullDate(range[0])} and ${fullDate(range[1])}`;

/**
 * Field errors for one academic year's term dates, keyed like the form's fields
 * (`autumn.startsOn` …); empty when the year makes sense.
 */
export function checkAcademicYear(academicYear: number, terms: Record<TermName, TermDates>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const w = windows(academicYear);
  for (const name of TERM_NAMES) {
    const t = terms[name];
    const label = TERM_LABELS[name];
    const { starts, ends } = w[name];
    if (t.startsOn < starts[0] || t.startsOn > starts[1]) add(`${name}.startsOn`, `${label} term starts ${MONTH_RANGE(starts)}`);
    if (t.endsOn < ends[0] || t.endsOn > ends[1]) add(`${name}.endsOn`, `${label} term ends ${MONTH_RANGE(ends)}`);
    if (t.halfTermStartsOn <= t.startsOn || t.halfTermStartsOn >= t.endsOn) add(`${name}.halfTermStartsOn`, `The ${label.toLowerCase()} half-term starts after the term starts and before it ends`);
    else if (t.halfTermEndsOn < t.halfTermStartsOn) add(`${name}.halfTermEndsOn`, `The ${label.toLowerCase()} half-term ends on or after the day it starts`);
    else if (t.halfTermEndsOn >= t.endsOn) add(`${name}.halfTermEndsOn`, `The ${label.toLowerCase()} half-term ends before the term does`);
    else if (daysBetween(t.halfTermStartsOn, t.halfTermEndsOn) + 1 > 14) add(`${name}.halfTermEndsOn`, `A half-term is at most two weeks long`);
  }
  if (!errors["spring.startsOn"] && !errors["autumn.endsOn"] && terms.spring.startsOn <= terms.autumn.endsOn) add("spring.startsOn", "Spring term starts after autumn term ends");
  if (!errors["summer.startsOn"] && !errors["spring.endsOn"] && terms.summer.startsOn <= terms.spring.endsOn) add("summer.startsOn", "Summer term starts after spring term ends");
  return errors;
}

/** A closure day must fall on a school day of a term the calendar knows: a holiday is closed already. */
export function checkClosureDay(calendar: SchoolCalendar, date: string): string | null {
  const status = dayStatus(calendar, date);
  if (status.kind === "closure") return `${fullDate(date)} is already a closure day (${status.label})`;
  if (status.kind !== "term") return `${fullDate(date)} is ${describeDay(status)}: choose a day in term`;
  return null;
}
