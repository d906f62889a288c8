/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so that a clock change or the
 * server's own zone never moves a date; leap years come from the Date object itself.
 */
const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return new Date(utc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(iso: string): number {
  const day = new Date(utc(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week `iso` falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekdayOf(iso));
}

/** "2026-11" → first and last day of that month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** "2026-11" → "2026-12"; "2026-12" → "2027-01". */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(year, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value >= "2000-01" && value <= "2099-12";
}

/** The academic year a date belongs to, September to August: 2027-03-01 → 2026 (2026/27). */
export function academicYearOf(iso: string): number {
  const [year, month] = iso.split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/** 2026 → "2026/27". */
export function academicYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

export function academicYearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-09-01`, to: `${year + 1}-08-31` };
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** 1 → "Monday". */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday - 1] ?? "";
}

const longDate = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "Tue 3 Nov" */
export function shortDay(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** "3 November 2026" */
export function fullDate(iso: string): string {
  return dayMonthYear.format(new Date(`${iso}T00:00:00Z`));
}

/** "2026-11" → "November 2026" */
export function monthLabel(month: string): string {
  return monthYear.format(new Date(`${month}-01T00:00:00Z`));
}

/** Minutes after midnight → "09:30". */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "09:30" → 570; anything that is not a time of day → null. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
