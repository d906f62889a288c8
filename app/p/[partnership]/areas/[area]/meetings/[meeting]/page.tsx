import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getMeeting, MEETING_KIND_LABELS } from "@/lib/blueprint/services/meetings";
import { termLabel, termOf } from "@/lib/blueprint/terms";
import { addDecisionAction, updateMeetingAction } from "@/lib/blueprint/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/fields";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { ATTENDANCE_SECTORS, MeetingFields } from "@/components/blueprint/meeting-fields";
import { decisionsInPlan } from "@/lib/action-plan/queries";
import { shorten } from "@/lib/action-plan/rules";
import { DecisionToItem } from "@/components/action-plan/decision-to-item";

type Props = { params: Promise<{ partnership: string; area: string; meeting: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** This area's meeting, or a 404: an id that is not a uuid, or belongs to another area or tenant, is simply not found. */
const loadMeeting = cache(async (partnership: string, areaSlug: string, meetingId: string) => {
  const { ctx, area } = await requireArea(partnership, areaSlug);
  if (!UUID.test(meetingId)) notFound();
  const meeting = await getMeeting(ctx, area.id, meetingId);
  if (!meeting) notFound();
  return { ctx, area, meeting };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area, meeting } = await params;
  const loaded = await loadMeeting(partnership, area, meeting);
  return { title: `${loaded.meeting.title} · Meetings · ${loaded.area.name}` };
}

export default async function MeetingPage({ params }: Props) {
  const { partnership, area: areaSlug, meeting: meetingId } = await params;
  const { ctx, area, meeting } = await loadMeeting(partnership, areaSlug, meetingId);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const date = meeting.date.toISOString().slice(0, 10);
  const term = termOf(date);
  const total = ATTENDANCE_SECTORS.reduce((sum, sector) => sum + meeting[sector.name], 0);
  const inPlan = await decisionsInPlan(ctx, area.id, meeting.decisions.map((d) => d.id));

  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${MEETING_KIND_LABELS[meeting.kind]} · ${formatDate(meeting.date)} · ${term ? `${termLabel(term)} term` : "summer holiday"}`}
        breadcrumbs={[
          { label: "Overview", href: `/p/${ctx.partnershipSlug}` },
          { label: area.name, href: base },
          { label: "Meetings", href: `${base}/meetings` },
          { label: meeting.title },
        ]}
      />
      <AreaTabs base={base} current="meetings" within />

      <section id="attendance" aria-labelledby="attendance-heading" className="record-section">
        <h2 id="attendance-heading" className="section-title">
          Attendance
        </h2>
        {total === 0 ? (
          <EmptyState title="No attendance recorded" text="Attendance by sector is added once the meeting has been held." />
        ) : (
          <DataTable
            caption={`${total} ${total === 1 ? "person" : "people"} attended, by sector`}
            columns={[
              { key: "sector", header: "Sector" },
              { key: "count", header: "People", numeric: true },
            ]}
            rows={[
              ...ATTENDANCE_SECTORS.map((sector) => ({ key: sector.name, cells: { sector: sector.label, count: meeting[sector.name] } })),
              { key: "total", cells: { sector: <strong>Total</strong>, count: <strong>{total}</strong> } },
            ]}
          />
        )}
      </section>

      {canWrite ? null : (
        <section id="notes" aria-labelledby="notes-heading" className="record-section">
          <h2 id="notes-heading" className="section-title">
            Agenda and minutes
          </h2>
          <dl className="meta-list">
            <div>
              <dt>Agenda</dt>
              <dd className="record-prewrap">{meeting.agenda ?? "No agenda recorded."}</dd>
            </div>
            <div>
              <dt>Minutes</dt>
              <dd className="record-prewrap">{meeting.minutes ?? "No minutes recorded."}</dd>
            </div>
          </dl>
        </section>
      )}

      <section id="decisions" aria-labelledby="decisions-heading" className="record-section">
        <h2 id="decisions-heading" className="section-title">
          Decisions
        </h2>
        {meeting.decisions.length === 0 ? (
          <EmptyState title="No decisions recorded" text="Record each decision the meeting made; decisions can later become items of the action plan." />
        ) : (
          <ol className="decision-list">
            {meeting.decisions.map((d) => (
              <li key={d.id}>
                <p className="record-prewrap">{d.text}</p>
                <p className="muted">Recorded {formatDateTime(d.createdAt)}</p>
                <DecisionToItem {...hidden} decisionId={d.id} decisionSummary={shorten(d.text, 60)} itemHref={inPlan.has(d.id) ? `${base}/action-plan/${inPlan.get(d.id)}` : null} canWrite={canWrite} itemBase={`${base}/action-plan`} />
              </li>
            ))}
          </ol>
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Record a decision</h3>
            <ActionForm action={addDecisionAction} {...hidden} submitLabel="Record decision" resetOnSuccess>
              <input type="hidden" name="meetingId" value={meeting.id} />
              <TextAreaField name="text" label="Decision" hint="What was agreed, and who will do what by when." rows={3} required />
            </ActionForm>
          </Card>
        ) : null}
      </section>

      {canWrite ? (
        <section id="edit" aria-labelledby="edit-heading" className="record-section">
          <h2 id="edit-heading" className="section-title">
            Edit the meeting
          </h2>
          <Card>
            <ActionForm action={updateMeetingAction} {...hidden} submitLabel="Save meeting">
              <input type="hidden" name="meetingId" value={meeting.id} />
              <MeetingFields
                meeting={{
                  kind: meeting.kind,
                  title: meeting.title,
                  date,
                  agenda: meeting.agenda,
                  minutes: meeting.minutes,
                  attendSchools: meeting.attendSchools,
                  attendHealthCare: meeting.attendHealthCare,
                  attendParents: meeting.attendParents,
                  attendCommunity: meeting.attendCommunity,
                  attendYoungPeople: meeting.attendYoungPeople,
                }}
              />
            </ActionForm>
          </Card>
        </section>
      ) : null}
    </>
  );
}
