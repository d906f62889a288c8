/**
 * Display formatting for UK users. Times are always shown in UK local time, whatever
 * the server's own zone, so a timestamp reads the same to every user and in every test.
 */
const ZONE = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: ZONE });

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: ZONE,
});


/** "22 Nov 2026" */
export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

/** "22 Nov 2026, 19:45" */
export function formatDateTime(d: Date): string {
  return dateTimeFormat.format(d);
}

export { formatPounds } from "@/lib/money";
