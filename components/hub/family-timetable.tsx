import type { HubView } from "@/lib/hub/services/queries";
import { scheduledDates } from "@/lib/hub/recurrence";
import { type SchoolCalendar, type SchoolTermDates, termTitle } from "@/lib/hub/school-calendar";
import { fullDate, shortDay, weekdayName } from "@/lib/hub/dates";
import { timeRange } from "@/lib/hub/describe";

type Weekly = { key: string; weekday: number; every: string; time: string; start: number; service: string; description: string | null; place: string; provider: string };
type OnDate = { key: string; date: string; time: string; service: string; description: string | null; place: string; provider: string };

/**
 * The family-facing timetable of one term: plain words, no internal figures. Weekly sessions
 * by day, one-off dates, the days nothing runs, and any dates already cancelled.
 */
export function FamilyTimetable({ hub, calendar, term, today }: { hub: HubView; calendar: SchoolCalendar; term: SchoolTermDates | null; today: string }) {
  if (!term) {
    return (
      <article className="hub-family">
        <h1 className="hub-family-title">{hub.name}</h1>
        <p>The term dates are not in the calendar yet, so there is no timetable to print.</p>
      </article>
    );
  }
  const range = { from: term.startsOn, to: term.endsOn };
  const weekly: Weekly[] = [];
  const onDates: OnDate[] = [];
  const cancelled: { key: string; date: string; service: string; reason: string }[] = [];
  for (const s of hub.services) {
    for (const x of s.sessions) {
      const dates = scheduledDates(x.pattern, calendar, range);
      if (!dates.length) continue;
      const common = { time: timeRange(x.startMinute, x.endMinute), service: s.typeName, description: s.description, place: s.placeName, provider: s.provider.name };
      if (x.pattern.kind === "weekly") weekly.push({ key: x.id, weekday: x.pattern.weekday, every: x.pattern.intervalWeeks === 2 ? "Every other" : "Every", start: x.startMinute, ...common });
      else onDates.push({ key: x.id, date: x.pattern.date, ...common });
      for (const c of x.cancellations) if (dates.includes(c.date) && c.date >= today) cancelled.push({ key: c.id, date: c.date, service: s.typeName, reason: c.reason });
    }
  }
  weekly.sort((a, b) => a.weekday - b.weekday || a.start - b.start);
  onDates.sort((a, b) => a.date.localeCompare(b.date));
  cancelled.sort((a, b) => a.date.localeCompare(b.date));
  const closures = calendar.closures.filter((c) => c.date >= term.startsOn && c.date <= term.endsOn);

  return (
    <article className="hub-family">
      <header className="hub-family-head">
        <p className="hub-family-brand">{hub.name}</p>
        <h1 className="hub-family-title">What&apos;s on: {termTitle(term)}</h1>
        <p className="hub-family-lead">
          Free health and wellbeing support for children and families at {hub.host.name}
          {hub.spokes.length ? ` and ${hub.spokes.map((s) => s.name).join(", ")}` : ""}. {fullDate(term.startsOn)} to {fullDate(term.endsOn)}.
        </p>
      </header>

      <section className="hub-family-section" aria-labelledby="family-weekly">
        <h2 id="family-weekly" className="hub-family-heading">
          Every week in term time
        </h2>
        {weekly.length ? (
          <table className="hub-family-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {weekly.map((w) => (
                <tr key={w.key}>
                  <td>
                    <strong>
                      {w.every} {weekdayName(w.weekday)}
                    </strong>
                    <br />
                    {w.time}
                  </td>
                  <td>
                    <strong>{w.service}</strong>
                    {w.description ? <> – {w.description}</> : null}
                    <br />
                    <span className="hub-family-muted">with {w.provider}</span>
                  </td>
                  <td>{w.place}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No weekly sessions this term.</p>
        )}
      </section>

      {onDates.length ? (
        <section className="hub-family-section" aria-labelledby="family-dates">
          <h2 id="family-dates" className="hub-family-heading">
            On these dates
          </h2>
          <ul className="hub-family-list">
            {onDates.map((d) => (
              <li key={d.key}>
                <strong>
                  {shortDay(d.date)}, {d.time}:
                </strong>{" "}
                {d.service}
                {d.description ? ` – ${d.description}` : ""}, at {d.place} (with {d.provider})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="hub-family-section" aria-labelledby="family-closed">
        <h2 id="family-closed" className="hub-family-heading">
          No weekly sessions on
        </h2>
        <ul className="hub-family-list">
          <li>
            Half-term: {fullDate(term.halfTermStartsOn)} to {fullDate(term.halfTermEndsOn)}
          </li>
          {closures.map((c) => (
            <li key={c.date}>
              {fullDate(c.date)} ({c.label})
            </li>
          ))}
          {cancelled.map((c) => (
            <li key={c.key}>
              {fullDate(c.date)}: {c.service} is cancelled ({c.reason})
            </li>
          ))}
        </ul>
      </section>
      <p className="hub-family-foot">Ask at the school office about any of these sessions.</p>
    </article>
  );
}
