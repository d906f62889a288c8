/** Today's date in the UK as `YYYY-MM-DD`: meeting dates and terms are UK calendar dates. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
