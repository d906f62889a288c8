import { clockTime, fullDate, weekdayName } from "@/lib/hub/dates";
import type { SessionPattern } from "@/lib/hub/recurrence";

/** "09:00 to 12:00" */
export function timeRange(startMinute: number, endMinute: number): string {
  return `${clockTime(startMinute)} to ${clockTime(endMinute)}`;
}

/** A session's pattern in words, for co-ordinators and families alike. */
export function describePattern(pattern: SessionPattern, startMinute: number, endMinute: number): string {
  const times = timeRange(startMinute, endMinute);
  if (pattern.kind === "one_off") return `${weekdayName(new Date(`${pattern.date}T00:00:00Z`).getUTCDay() || 7)} ${fullDate(pattern.date)}, ${times}`;
  const every = pattern.intervalWeeks === 2 ? "Every other" : "Every";
  return `${every} ${weekdayName(pattern.weekday)}, ${times}, in term time (${fullDate(pattern.startsOn)} to ${fullDate(pattern.endsOn)})`;
}
