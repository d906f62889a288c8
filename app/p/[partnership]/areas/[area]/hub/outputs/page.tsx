import type { Metadata } from "next";
import Link from "next/link";
import { loadHubPage, monthParam } from "@/lib/hub/page-data";
import { getOutputsMonth } from "@/lib/hub/services/outputs-queries";
import { addMonths, fullDate, monthLabel, monthOf, shortDay } from "@/lib/hub/dates";
import { timeRange } from "@/lib/hub/describe";
import { OUTPUT_FIELDS, OUTPUT_LABELS } from "@/lib/hub/totals";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { HubNav } from "@/components/hub/hub-nav";
import { OutputsGrid } from "@/components/hub/outputs-grid";
import { OutputTotals } from "@/components/hub/totals-table";
import "@/app/hub.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ month?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadHubPage(partnership, area);
  return { title: `Hub outputs · ${ref.name}` };
}

/** A month of outputs as a grid (co-ordinators) or a table (everyone else), and the month's and term's totals. */
export default async function HubOutputsPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, hub, base, hubBase, canWrite, hidden } = await loadHubPage(partnership, areaSlug);
  const today = ukToday();
  const month = monthParam((await searchParams).month) ?? monthOf(today);
  const header = (
    <PageHeader
      title="Hub outputs"
      description="What each session achieved, as counts only: children and families seen, referrals, new GP and dentist registrations, vaccinations. Never a child's name or any detail about them."
      breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "School Health Hub", href: hubBase }, { label: "Outputs" }]}
    />
  );
  const data = hub ? await getOutputsMonth(ctx, area.id, month, today) : null;
  if (!data) {
    return (
      <>
        {header}
        <AreaTabs base={base} current="hub" within />
        <EmptyState title="No School Health Hub yet" text="Outputs are recorded per session once the hub has services on its timetable." action={<Link href={hubBase}>Go to the School Health Hub</Link>} />
      </>
    );
  }
  const lines = data.rows.map((r) => ({ sessionId: r.sessionId, date: r.date, dateLabel: shortDay(r.date), time: timeRange(r.startMinute, r.endMinute), service: r.typeName, place: r.placeName, counts: r.counts }));
  const caption = `Outputs, ${monthLabel(month)}`;

  return (
    <>
      {header}
      <AreaTabs base={base} current="hub" within />
      <HubNav hubBase={hubBase} current="outputs" />
      <section aria-labelledby="grid-title" className="record-section">
        <h2 id="grid-title" className="section-title">
          {monthLabel(month)}
        </h2>
        <p className="hub-pager">
          <Link href={`${hubBase}/outputs?month=${addMonths(month, -1)}`}>Previous month</Link>
          {month !== monthOf(today) ? <Link href={`${hubBase}/outputs`}>This month</Link> : null}
          {month < monthOf(today) ? <Link href={`${hubBase}/outputs?month=${addMonths(month, 1)}`}>Next month</Link> : null}
        </p>
        {lines.length === 0 ? (
          <p className="muted">No sessions were held in {monthLabel(month)}{data.later ? ` up to today; ${data.later} more are timetabled later this month` : ""}.</p>
        ) : canWrite ? (
          <OutputsGrid hidden={hidden} lines={lines} caption={caption} />
        ) : (
          <DataTable
            caption={caption}
            columns={[{ key: "session", header: "Session" }, ...OUTPUT_FIELDS.map((f) => ({ key: f, header: OUTPUT_LABELS[f], numeric: true }))]}
            rows={lines.map((l) => ({
              key: `${l.sessionId}-${l.date}`,
              cells: { session: `${l.dateLabel}: ${l.service}, ${l.place}`, ...Object.fromEntries(OUTPUT_FIELDS.map((f) => [f, l.counts ? String(l.counts[f]) : "not recorded"])) },
            }))}
          />
        )}
        {lines.length && data.later ? <p className="muted">{data.later} more sessions are timetabled later this month: their rows appear on the day.</p> : null}
      </section>

      <section aria-labelledby="month-totals" className="record-section">
        <h2 id="month-totals" className="section-title">
          Totals for {monthLabel(month)}
        </h2>
        <OutputTotals caption={`By service, ${monthLabel(month)}`} first="Service" table={data.month.byService} />
        <OutputTotals caption={`By place, ${monthLabel(month)}`} first="Host or spoke" table={data.month.byPlace} />
      </section>

      {data.term ? (
        <section aria-labelledby="term-totals" className="record-section">
          <h2 id="term-totals" className="section-title">
            Totals for the {data.term.title}
          </h2>
          <p className="muted">
            {fullDate(data.term.from)} to {fullDate(data.term.to)}, so far.
          </p>
          <OutputTotals caption={`By service, ${data.term.title}`} first="Service" table={data.term.byService} />
          <OutputTotals caption={`By place, ${data.term.title}`} first="Host or spoke" table={data.term.byPlace} />
        </section>
      ) : null}
    </>
  );
}
