import type { Metadata } from "next";
import Link from "next/link";
import { loadHubPage, dateParam } from "@/lib/hub/page-data";
import { getCalendar } from "@/lib/hub/services/queries";
import { timetableEntries } from "@/lib/hub/timetable";
import { addDays, fullDate, mondayOf, shortDay } from "@/lib/hub/dates";
import { sortedTerms, termContaining, termKey, termTitle } from "@/lib/hub/school-calendar";
import { timeRange } from "@/lib/hub/describe";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { HubNav } from "@/components/hub/hub-nav";
import { WeekView } from "@/components/hub/week-view";
import "@/app/hub.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadHubPage(partnership, area);
  return { title: `Hub timetable · ${ref.name}` };
}

/** The hub's timetable: a week at a time (the default) or a whole term as a list. */
export default async function HubTimetablePage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, hub, base, hubBase } = await loadHubPage(partnership, areaSlug);
  const query = await searchParams;
  const today = ukToday();
  const calendar = await getCalendar(ctx);
  const terms = sortedTerms(calendar.terms);
  const view = query.view === "list" ? "list" : "week";
  const header = (
    <PageHeader
      title="Hub timetable"
      description="Weekly sessions run in term time only: half-terms, holidays and closure days in the partnership's school calendar are left out."
      breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "School Health Hub", href: hubBase }, { label: "Timetable" }]}
      actions={
        hub ? (
          <LinkButton href={`${hubBase}/timetable/print`} variant="secondary">
            Family timetable (print)
          </LinkButton>
        ) : undefined
      }
    />
  );
  if (!hub) {
    return (
      <>
        {header}
        <AreaTabs base={base} current="hub" within />
        <EmptyState title="No School Health Hub yet" text="The timetable appears once the hub is set up and has services." action={<Link href={hubBase}>Go to the School Health Hub</Link>} />
      </>
    );
  }

  const monday = mondayOf(dateParam(query.week) ?? today);
  const wantedTerm = typeof query.term === "string" ? terms.find((t) => termKey(t) === query.term) : undefined;
  const term = wantedTerm ?? termContaining(calendar, today) ?? terms.find((t) => t.startsOn > today) ?? terms.at(-1);
  const range = view === "week" ? { from: monday, to: addDays(monday, 6) } : term ? { from: term.startsOn, to: term.endsOn } : { from: today, to: today };
  const entries = timetableEntries(hub.services, calendar, range);

  return (
    <>
      {header}
      <AreaTabs base={base} current="hub" within />
      <HubNav hubBase={hubBase} current="timetable" />
      {terms.length === 0 ? (
        <Notice tone="warning" title="The partnership has no school calendar yet">
          <p>
            Weekly sessions appear once the term dates are entered: <Link href={`/p/${ctx.partnershipSlug}/school-calendar`}>school calendar</Link>.
          </p>
        </Notice>
      ) : null}
      <nav aria-label="Timetable views" className="hub-views">
        <Link href={`${hubBase}/timetable?week=${monday}`} aria-current={view === "week" ? "page" : undefined} className={view === "week" ? "hub-view hub-view-current" : "hub-view"}>
          Week view
        </Link>
        <Link
          href={`${hubBase}/timetable?view=list${term ? `&term=${termKey(term)}` : ""}`}
          aria-current={view === "list" ? "page" : undefined}
          className={view === "list" ? "hub-view hub-view-current" : "hub-view"}
        >
          List for a term
        </Link>
      </nav>

      {view === "week" ? (
        <section aria-labelledby="week-title" className="record-section">
          <h2 id="week-title" className="section-title">
            Week beginning {fullDate(monday)}
          </h2>
          <p className="hub-pager">
            <Link href={`${hubBase}/timetable?week=${addDays(monday, -7)}`}>Previous week</Link>
            <Link href={`${hubBase}/timetable?week=${mondayOf(today)}`}>This week</Link>
            <Link href={`${hubBase}/timetable?week=${addDays(monday, 7)}`}>Next week</Link>
          </p>
          <WeekView monday={monday} entries={entries} calendar={calendar} />
        </section>
      ) : (
        <section aria-labelledby="list-title" className="record-section">
          <h2 id="list-title" className="section-title">
            {term ? `${termTitle(term)}: ${fullDate(term.startsOn)} to ${fullDate(term.endsOn)}` : "No term dates"}
          </h2>
          {terms.length ? (
            <form method="get" className="hub-inline-form">
              <input type="hidden" name="view" value="list" />
              <label htmlFor="timetable-term" className="field-label">
                Term
              </label>
              <select id="timetable-term" name="term" className="input select" defaultValue={term ? termKey(term) : undefined}>
                {terms.map((t) => (
                  <option key={termKey(t)} value={termKey(t)}>
                    {termTitle(t)}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button-secondary">
                Show
              </button>
            </form>
          ) : null}
          {term ? (
            <p className="muted">
              Half-term: {fullDate(term.halfTermStartsOn)} to {fullDate(term.halfTermEndsOn)}.
            </p>
          ) : null}
          {entries.length ? (
            <DataTable
              caption={term ? `Sessions in the ${termTitle(term)}` : "Sessions"}
              columns={[
                { key: "date", header: "Date" },
                { key: "time", header: "Time" },
                { key: "service", header: "Service" },
                { key: "place", header: "Where" },
                { key: "status", header: "Note" },
              ]}
              rows={entries.map((e) => ({
                key: `${e.sessionId}-${e.date}`,
                cells: {
                  date: shortDay(e.date),
                  time: timeRange(e.startMinute, e.endMinute),
                  service: `${e.typeName} (${e.providerName})`,
                  place: e.placeName,
                  status: e.cancelled ? `Cancelled: ${e.cancelled.reason}` : e.weekly ? "" : "One date",
                },
              }))}
            />
          ) : (
            <p className="muted">No sessions in this term.</p>
          )}
        </section>
      )}
    </>
  );
}
