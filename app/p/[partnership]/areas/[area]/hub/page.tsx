import type { Metadata } from "next";
import Link from "next/link";
import { loadHubPage } from "@/lib/hub/page-data";
import { hubFormOptions } from "@/lib/hub/services/queries";
import { hubReachForArea } from "@/lib/hub/services/reach";
import { removeSpokeAction } from "@/lib/hub/actions";
import { OFFER_MODEL_LABELS } from "@/lib/hub/labels";
import { describePattern } from "@/lib/hub/describe";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { HubNav } from "@/components/hub/hub-nav";
import { ReachFigures } from "@/components/hub/reach-figures";
import { HubSetupForm, ServiceForm, ServiceTypeForm, SpokeForm } from "@/components/hub/hub-forms";
import { Disclosure } from "@/components/hub/disclosure";
import "@/app/hub.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadHubPage(partnership, area);
  return { title: `School Health Hub · ${ref.name}` };
}

export default async function HubPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, hub, base, hubBase, canWrite, hidden } = await loadHubPage(partnership, areaSlug);
  const [options, reach] = await Promise.all([hubFormOptions(ctx), hub ? hubReachForArea(ctx, area.id) : null]);
  const created = (await searchParams).created === "1";
  const header = (
    <PageHeader
      title="School Health Hub"
      description="An integrated health and wellbeing offer at a school families trust, reaching the area's other schools and settings as spokes."
      breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "School Health Hub" }]}
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
        <AreaTabs base={base} current="hub" />
        <section id="setup" aria-labelledby="setup-title" className="record-section">
          <h2 id="setup-title" className="section-title">
            Identify the hub
          </h2>
          <EmptyState
            title="No School Health Hub yet"
            text={
              canWrite
                ? "Choose the host school or early-years setting, the room or space it offers, and how the hub will offer its services. Spokes and services come next."
                : "The co-ordinator has not set up the area's School Health Hub yet."
            }
          />
          {canWrite ? <HubSetupForm hidden={hidden} settings={options.settings} /> : null}
        </section>
      </>
    );
  }

  const spokeCandidates = options.settings.filter((o) => o.id !== hub.host.id && !hub.spokes.some((s) => s.organisationId === o.id));
  return (
    <>
      {header}
      <AreaTabs base={base} current="hub" />
      <HubNav hubBase={hubBase} current="overview" />
      {created ? (
        <Notice tone="success" title={`${hub.name} is set up.`}>
          <p>Next: add the schools and settings it reaches as spokes, then its services and their sessions.</p>
        </Notice>
      ) : null}

      <section id="setup" aria-labelledby="setup-title" className="record-section">
        <h2 id="setup-title" className="section-title">
          {hub.name}
        </h2>
        <dl className="hub-facts">
          <div>
            <dt>Host</dt>
            <dd>{hub.host.name}</dd>
          </div>
          <div>
            <dt>Room or space</dt>
            <dd>{hub.space}</dd>
          </div>
          <div>
            <dt>Offer</dt>
            <dd>{hub.offerModels.length ? hub.offerModels.map((m) => OFFER_MODEL_LABELS[m]).join("; ") : "Not chosen yet"}</dd>
          </div>
        </dl>
        <h3 className="hub-subtitle">Spokes</h3>
        {hub.spokes.length ? (
          <ul className="hub-spokes">
            {hub.spokes.map((s) => (
              <li key={s.id}>
                <span>
                  {s.name}
                  {s.services ? <span className="muted"> · {s.services} service{s.services === 1 ? "" : "s"}</span> : null}
                </span>
                {canWrite && s.services === 0 ? (
                  <ConfirmButton
                    action={removeSpokeAction}
                    fields={{ ...hidden, spokeId: s.id }}
                    label={`Remove ${s.name}`}
                    confirmTitle={`Remove ${s.name} as a spoke?`}
                    confirmText="The hub will no longer list it as a school or setting it reaches. You can add it again later."
                    confirmLabel="Remove the spoke"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No spokes yet: the other schools and settings the hub reaches.</p>
        )}
        {canWrite ? (
          <div className="hub-forms">
            {spokeCandidates.length ? (
              <details className="hub-details">
                <summary>Add a spoke</summary>
                <SpokeForm hidden={hidden} candidates={spokeCandidates} />
              </details>
            ) : null}
            <details className="hub-details">
              <summary>Change the hub</summary>
              <HubSetupForm hidden={hidden} settings={options.settings} hub={hub} />
            </details>
          </div>
        ) : null}
      </section>

      {reach ? (
        <section id="reach" aria-labelledby="reach-title" className="record-section">
          <h2 id="reach-title" className="section-title">
            Reach
          </h2>
          <p className="muted">Counts of children and families seen, never who they are. The partnership board sees the same figures for every area.</p>
          <ReachFigures reach={reach} />
        </section>
      ) : null}

      <section id="services" aria-labelledby="services-title" className="record-section">
        <h2 id="services-title" className="section-title">
          Services
        </h2>
        {hub.services.length ? (
          <DataTable
            caption={`Services offered through ${hub.name}`}
            columns={[
              { key: "service", header: "Service" },
              { key: "provider", header: "Provider" },
              { key: "place", header: "Where" },
              { key: "sessions", header: "Sessions" },
            ]}
            rows={hub.services.map((s) => ({
              key: s.id,
              cells: {
                service: <Link href={`${hubBase}/services/${s.id}`}>{s.typeName}</Link>,
                provider: s.provider.name,
                place: s.placeName,
                sessions: s.sessions.length ? (
                  <ul className="hub-plain-list">
                    {s.sessions.map((x) => (
                      <li key={x.id}>{describePattern(x.pattern, x.startMinute, x.endMinute)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">None on the timetable yet</span>
                ),
              },
            }))}
          />
        ) : (
          <EmptyState title="No services yet" text={canWrite ? "Add the services the hub offers: dental, immunisation, mental health support, school nursing and more, each with its provider." : "The co-ordinator has not added services yet."} />
        )}
        {canWrite ? (
          <div className="hub-forms">
            <Disclosure summary="Add a service" initiallyOpen={hub.services.length === 0}>
              <ServiceForm hidden={hidden} hub={hub} providers={options.organisations} types={options.serviceTypes} />
            </Disclosure>
            <details className="hub-details">
              <summary>Add a kind of service to the partnership&apos;s list</summary>
              <ServiceTypeForm hidden={hidden} />
            </details>
          </div>
        ) : null}
      </section>
    </>
  );
}
