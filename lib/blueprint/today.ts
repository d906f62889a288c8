/** Today's date in the UK as `YYYY-MM-DD`: meeting dates and terms are UK calendar dates. */
// Made once: building an Intl formatter costs more than half a millisecond, and every page asks.
const ukDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

export function ukToday(now: Date = new Date()): string {
  return ukDate.format(now);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
