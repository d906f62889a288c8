import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadHubPage } from "@/lib/hub/page-data";
import { findService, getCalendar, hubFormOptions } from "@/lib/hub/services/queries";
import { removeServiceAction, removeSessionAction, restoreOccurrenceAction } from "@/lib/hub/actions";
import { describePattern } from "@/lib/hub/describe";
import { addDays, academicYearOf, fullDate } from "@/lib/hub/dates";
import { scheduledDates } from "@/lib/hub/recurrence";
import { sortedTerms } from "@/lib/hub/school-calendar";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { HubNav } from "@/components/hub/hub-nav";
import { CancelForm, EditSessionForm, ServiceForm, SessionForm } from "@/components/hub/hub-forms";
import { Disclosure } from "@/components/hub/disclosure";
import "@/app/hub.css";

type Props = { params: Promise<{ partnership: string; area: string; service: string }>; searchParams: Promise<{ added?: string }> };

async function load(props: Props) {
  const { partnership, area, service: serviceId } = await props.params;
  const page = await loadHubPage(partnership, area);
  const service = page.hub ? findService(page.hub, serviceId) : null;
  if (!page.hub || !service) notFound();
  return { ...page, hub: page.hub, service };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { service, area } = await load(props);
  return { title: `${service.typeName} · School Health Hub · ${area.name}` };
}

/** How many weeks ahead a co-ordinator can cancel a single date. */
const CANCEL_AHEAD_DAYS = 12 * 7;

export default async function HubServicePage(props: Props) {
  const { ctx, area, hub, service, base, hubBase, canWrite, hidden } = await load(props);
  const [options, calendar] = await Promise.all([hubFormOptions(ctx), getCalendar(ctx)]);
  const today = ukToday();
  const added = (await props.searchParams).added === "1";
  const yearTerms = sortedTerms(calendar.terms).filter((t) => t.academicYear === academicYearOf(today));
  const defaults = { startsOn: today, endsOn: yearTerms.at(-1)?.endsOn ?? "" };
  const hasOutputs = service.sessions.some((s) => s.outputDates.length > 0);

  return (
    <>
      <PageHeader
        title={service.typeName}
        description={`${service.provider.name}, at ${service.placeName}${service.description ? `: ${service.description}` : ""}`}
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "School Health Hub", href: hubBase }, { label: service.typeName }]}
      />
      <AreaTabs base={base} current="hub" within />
      <HubNav hubBase={hubBase} current="overview" within />
      {added ? (
        <Notice tone="success" title={`${service.typeName} added to the hub.`}>
          <p>Now put its sessions on the timetable.</p>
        </Notice>
      ) : null}
      {calendar.terms.length === 0 ? (
        <Notice tone="warning" title="The partnership has no school calendar yet">
          <p>
            Weekly sessions run in term time only. <Link href={`/p/${ctx.partnershipSlug}/school-calendar`}>Enter the term dates</Link> first.
          </p>
        </Notice>
      ) : null}

      <section aria-labelledby="sessions-title" className="record-section">
        <h2 id="sessions-title" className="section-title">
          Sessions
        </h2>
        {service.sessions.length === 0 ? <EmptyState title="No sessions yet" text={canWrite ? "Add a weekly session, or a date such as a one-stop shop or a vaccination day." : "None on the timetable yet."} /> : null}
        {service.sessions.map((session) => {
          const coming = scheduledDates(session.pattern, calendar, { from: today, to: addDays(today, CANCEL_AHEAD_DAYS) });
          const cancelled = new Set(session.cancellations.map((c) => c.date));
          const cancellable = coming.filter((d) => !cancelled.has(d) && !session.outputDates.includes(d));
          const title = describePattern(session.pattern, session.startMinute, session.endMinute);
          return (
            <article key={session.id} className="hub-session" aria-label={title}>
              <h3 className="hub-subtitle">{title}</h3>
              <p className="muted">
                {session.outputDates.length ? `Outputs recorded for ${session.outputDates.length} date${session.outputDates.length === 1 ? "" : "s"}.` : "No outputs recorded yet."}
                {coming.length ? ` Next: ${coming.slice(0, 3).map(fullDate).join(", ")}.` : " No dates in the coming weeks."}
              </p>
              {session.cancellations.length ? (
                <ul className="hub-plain-list">
                  {session.cancellations.map((c) => (
                    <li key={c.id} className="hub-cancelled">
                      <span>
                        Cancelled on {fullDate(c.date)}: {c.reason}
                      </span>
                      {canWrite ? (
                        <ConfirmButton
                          action={restoreOccurrenceAction}
                          fields={{ ...hidden, cancellationId: c.id }}
                          label={`Restore ${fullDate(c.date)}`}
                          confirmTitle={`Put ${fullDate(c.date)} back on the timetable?`}
                          confirmText="The session will show on the timetable for that date again."
                          confirmLabel="Restore the date"
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {canWrite ? (
                <div className="hub-forms">
                  <details className="hub-details">
                    <summary>Change the times{session.pattern.kind === "weekly" ? " or the last date" : ""}</summary>
                    <EditSessionForm hidden={hidden} session={session} />
                  </details>
                  {cancellable.length ? (
                    <details className="hub-details">
                      <summary>Cancel one date</summary>
                      <CancelForm hidden={hidden} sessionId={session.id} dates={cancellable} />
                    </details>
                  ) : null}
                  {session.outputDates.length === 0 ? (
                    <ConfirmButton
                      action={removeSessionAction}
                      fields={{ ...hidden, sessionId: session.id }}
                      label="Remove this session"
                      confirmTitle="Remove this session from the timetable?"
                      confirmText={`${title}. Every date of it leaves the timetable.`}
                      confirmLabel="Remove the session"
                    />
                  ) : null}
                </div>
              ) : null}
            </article>
          );
        })}
        {canWrite ? (
          <Disclosure summary="Add a session" initiallyOpen={service.sessions.length === 0}>
            <SessionForm hidden={hidden} serviceId={service.id} defaults={defaults} />
          </Disclosure>
        ) : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="change-title" className="record-section">
          <h2 id="change-title" className="section-title">
            Change the service
          </h2>
          <details className="hub-details">
            <summary>Change its kind, provider or place</summary>
            <ServiceForm hidden={hidden} hub={hub} providers={options.organisations} types={options.serviceTypes} service={service} />
          </details>
          {!hasOutputs ? (
            <ConfirmButton
              action={removeServiceAction}
              fields={{ ...hidden, serviceId: service.id }}
              label="Remove this service"
              confirmTitle={`Remove ${service.typeName} from the hub?`}
              confirmText="The service and its sessions leave the hub and its timetable."
              confirmLabel="Remove the service"
              redirectTo={hubBase}
            />
          ) : (
            <p className="muted">Outputs are recorded for this service, so it stays on the record.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
