import { z } from "zod";

/** Every form field arrives as text; an empty select, date or optional box means "none". */
export const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/** A calendar date `YYYY-MM-DD` that really exists: 30 February is refused, not rolled over. */
export const calendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as day, month and year")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, "Enter a real date")
  .refine((v) => v >= "2000-01-01" && v <= "2099-12-31", "Enter a date between 2000 and 2099");

/**
 * A ticked checkbox posts "on"; an unticked one posts nothing. Anything else ("yes", "1",
 * the box posted twice) is passed on as it came, so that a boolean schema refuses it
 * instead of reading it as unticked.
 */
export const ticked = (v: unknown): unknown => {
  if (v === "on" || v === "true" || v === true) return true;
  if (v === undefined || v === null || v === "" || v === "false" || v === false) return false;
  return v;
};

/** Whether a checkbox was ticked, for code that reads one box of a group: only "on" or "true" count. */
export const isTicked = (v: unknown): boolean => ticked(v) === true;

/**
 * A whole number typed as digits, with a minus sign if negative: "12" and " 12 " are 12,
 * "-5" is -5 (for the schema's own minimum to refuse by name); "0x10", "1e3", "1.0", "-0",
 * "+1", "Infinity" and a blank are not numbers to a person and are refused with `message`,
 * never read as 16, 1000, 0 or "nothing".
 */
export const wholeNumber = (message: string) =>
  z.preprocess((v) => (typeof v === "string" && /^\s*-?\d{1,15}\s*$/.test(v) && !/^\s*-0+\s*$/.test(v) ? Number(v.trim()) : v), z.number({ message }).int(message));

/** Whether `v` is a `YYYY-MM-DD` date that exists in the calendar (no 30 February), whatever its year. */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
