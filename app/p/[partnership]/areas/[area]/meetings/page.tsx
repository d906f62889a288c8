import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { listMeetings, MEETING_KIND_LABELS } from "@/lib/blueprint/services/meetings";
import { nextThreeTerms, termKey, termLabel, termOf } from "@/lib/blueprint/terms";
import { isoDate, ukToday } from "@/lib/blueprint/today";
import { createMeetingAction } from "@/lib/blueprint/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { itemsAt, RecordSection } from "@/components/blueprint/record-section";
import { MeetingFields } from "@/components/blueprint/meeting-fields";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Meetings · ${ref.name}` };
}

export default async function MeetingsPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const today = ukToday();
  const [view, meetings] = await Promise.all([getBlueprintView(ctx, area.id, today), listMeetings(ctx, area.id)]);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  // Phase 2's learning symposium and phase 3's termly meetings are both worked out from this page's records.
  const symposiumItems = itemsAt(view.phases[1]?.items ?? [], "meetings");
  const termlyItems = view.phases.filter((phase) => phase.number !== 2).flatMap((phase) => itemsAt(phase.items, "meetings"));

  // The termly rhythm, worked out as the gate's rule does (lib/blueprint/rules.ts, termlyMeetings): convening
  // meetings by the term they fall in. Only the current and coming terms are shown, so earlier terms' meetings
  // never count; one already held earlier in the current term does, as it does for the gate.
  const upcoming = new Map<string, string[]>();
  for (const m of meetings) {
    const date = isoDate(m.date);
    if (m.kind !== "convening") continue;
    const term = termOf(date);
    if (!term) continue;
    upcoming.set(termKey(term), [...(upcoming.get(termKey(term)) ?? []), date]);
  }
  const terms = nextThreeTerms(today).map((term) => ({ term, dates: (upcoming.get(termKey(term)) ?? []).sort() }));
  const missing = terms.filter((t) => t.dates.length === 0).length;

  return (
    <>
      <PageHeader
        title="Meetings"
        description="The learning symposium, the convening partnership's termly meetings and board meetings: who came from each sector, the agenda, minutes and decisions."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Meetings" }]}
      />
      <AreaTabs base={base} current="meetings" />
      {canWrite ? null : <p className="muted record-readonly">You can read these records. Only a co-ordinator of {area.name} can change them.</p>}

      <RecordSection id="list" title="All meetings" items={symposiumItems}>
        {meetings.length === 0 ? (
          <EmptyState title="No meetings recorded yet" text="Record the learning symposium and schedule the convening partnership's termly meetings." />
        ) : (
          <DataTable
            caption={`${meetings.length} meeting${meetings.length === 1 ? "" : "s"} of ${area.name}, latest first`}
            columns={[
              { key: "date", header: "Date" },
              { key: "term", header: "Term" },
              { key: "title", header: "Meeting" },
              { key: "kind", header: "Kind" },
              { key: "attendance", header: "Attendance", numeric: true },
              { key: "decisions", header: "Decisions", numeric: true },
            ]}
            rows={meetings.map((m) => {
              const term = termOf(isoDate(m.date));
              const attendance = m.attendSchools + m.attendHealthCare + m.attendParents + m.attendCommunity + m.attendYoungPeople;
              return {
                key: m.id,
                cells: {
                  date: (
                    <>
                      {formatDate(m.date)}
                      {isoDate(m.date) > today ? <span className="muted"> (to come)</span> : isoDate(m.date) === today ? <span className="muted"> (today)</span> : null}
                    </>
                  ),
                  term: term ? termLabel(term) : <span className="muted">Summer holiday</span>,
                  title: <Link href={`${base}/meetings/${m.id}`}>{m.title}</Link>,
                  kind: MEETING_KIND_LABELS[m.kind],
                  attendance,
                  decisions: m.decisions.length,
                },
              };
            })}
          />
        )}
      </RecordSection>

      <RecordSection id="termly" title="Termly convening meetings" items={termlyItems}>
        <p>
          Schedule a convening partnership meeting in each of the next three terms.{" "}
          {missing === 0 ? "All three are scheduled." : `${missing} of the next three terms ${missing === 1 ? "has" : "have"} no convening meeting yet.`}
        </p>
        <ul className="term-list">
          {terms.map(({ term, dates }) => (
            <li key={termKey(term)} className="term-item">
              <span className="term-name">{termLabel(term)}</span>
              {dates.length > 0 ? (
                <span>
                  <span className="badge badge-met">Scheduled</span> {dates.map((d) => `${formatDate(new Date(`${d}T00:00:00Z`))}${d < today ? " (held)" : ""}`).join(", ")}
                </span>
              ) : (
                <span>
                  <span className="badge badge-not-met">Not scheduled</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </RecordSection>

      {canWrite ? (
        <section id="add" aria-labelledby="add-heading" className="record-section">
          <h2 id="add-heading" className="section-title">
            Add a meeting
          </h2>
          <Card>
            <p className="muted">Schedule a meeting ahead of time and add attendance, minutes and decisions once it has been held.</p>
            <ActionForm action={createMeetingAction} partnership={ctx.partnershipSlug} area={area.slug} submitLabel="Save meeting" resetOnSuccess>
              <MeetingFields />
            </ActionForm>
          </Card>
        </section>
      ) : null}
    </>
  );
}
