import type { TimetableEntry } from "@/lib/hub/timetable";
import { dayStatus, type SchoolCalendar } from "@/lib/hub/school-calendar";
import { addDays, fullDate, weekdayName } from "@/lib/hub/dates";
import { timeRange } from "@/lib/hub/describe";

/**
 * One week of the hub's timetable, day by day, as lists a screen reader reads in order.
 * A day outside term says why nothing weekly runs on it.
 */
export function WeekView({ monday, entries, calendar }: { monday: string; entries: TimetableEntry[]; calendar: SchoolCalendar }) {
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i)).filter((d, i) => i < 5 || entries.some((e) => e.date === d));
  return (
    <ol className="hub-week" aria-label={`Week beginning ${fullDate(monday)}`}>
      {days.map((date, i) => {
        const status = dayStatus(calendar, date);
        const own = entries.filter((e) => e.date === date);
        return (
          <li key={date} className={status.kind === "term" ? "hub-day" : "hub-day hub-day-closed"}>
            <h3 className="hub-day-title">
              {weekdayName(i + 1)} <span className="hub-day-date">{fullDate(date)}</span>
            </h3>
            {status.kind === "half_term" || status.kind === "holiday" || status.kind === "closure" ? <p className="hub-day-status">{status.label}</p> : null}
            {status.kind === "unknown" ? <p className="hub-day-status">No term dates entered</p> : null}
            {own.length ? (
              <ul className="hub-day-sessions">
                {own.map((e) => (
                  <li key={`${e.sessionId}-${e.date}`} className={e.cancelled ? "hub-slot hub-slot-cancelled" : "hub-slot"}>
                    <span className="hub-slot-time">{timeRange(e.startMinute, e.endMinute)}</span>
                    <span className="hub-slot-service">{e.typeName}</span>
                    <span className="hub-slot-detail">
                      {e.providerName}, at {e.placeName}
                    </span>
                    {e.cancelled ? <span className="hub-slot-detail hub-tag">Cancelled: {e.cancelled.reason}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{status.kind === "term" ? "No sessions" : "No weekly sessions"}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
