import { scheduledDates, type DateRange, type SessionPattern } from "@/lib/hub/recurrence";
import type { SchoolCalendar } from "@/lib/hub/school-calendar";

/**
 * The hub's timetable laid out by date: every timetabled occurrence of every session in a
 * range, with cancelled ones marked. Pure: the week view, the list view, the family
 * timetable and the outputs grid all read from it.
 */
export type TimetableService = {
  id: string;
  typeName: string;
  provider: { name: string };
  spokeId: string | null;
  placeName: string;
  description: string | null;
  sessions: { id: string; pattern: SessionPattern; startMinute: number; endMinute: number; cancellations: { id: string; date: string; reason: string }[] }[];
};

export type TimetableEntry = {
  date: string;
  sessionId: string;
  serviceId: string;
  typeName: string;
  providerName: string;
  spokeId: string | null;
  placeName: string;
  startMinute: number;
  endMinute: number;
  weekly: boolean;
  cancelled: { id: string; reason: string } | null;
};

export function timetableEntries(services: readonly TimetableService[], calendar: SchoolCalendar, range: DateRange): TimetableEntry[] {
  const out: TimetableEntry[] = [];
  for (const service of services) {
    for (const session of service.sessions) {
      const cancelled = new Map(session.cancellations.map((c) => [c.date, c]));
      for (const date of scheduledDates(session.pattern, calendar, range)) {
        const c = cancelled.get(date);
        out.push({
          date,
          sessionId: session.id,
          serviceId: service.id,
          typeName: service.typeName,
          providerName: service.provider.name,
          spokeId: service.spokeId,
          placeName: service.placeName,
          startMinute: session.startMinute,
          endMinute: session.endMinute,
          weekly: session.pattern.kind === "weekly",
          cancelled: c ? { id: c.id, reason: c.reason } : null,
        });
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.startMinute - b.startMinute || a.typeName.localeCompare(b.typeName));
}
