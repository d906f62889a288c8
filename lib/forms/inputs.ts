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

/** A ticked checkbox posts "on"; an unticked one posts nothing. */
export const ticked = (v: unknown) => v === "on" || v === "true" || v === true;
