import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { keptRead } from "@/lib/db/read-cache";
import { getArea } from "@/lib/areas/services/list-areas";
import { can } from "@/lib/auth/permissions";
import { blueprintTimeline, getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { LAST_PHASE, phaseName } from "@/lib/blueprint/phases";
import { advancePhaseAction, startNextCycleAction } from "@/lib/blueprint/actions";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/components/ui/format";
import { PhaseStepper } from "@/components/blueprint/phase-stepper";
import { Checklist } from "@/components/blueprint/checklist";
import { Timeline } from "@/components/blueprint/timeline";
import { AreaTabs } from "@/components/blueprint/area-tabs";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ phase?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: ref.name };
}

export default async function AreaOverviewPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area: ref } = await requireArea(partnership, areaSlug);
  const [area, view, timeline] = await keptRead(ctx, "area-overview", [ref.id], () => Promise.all([getArea(ctx, ref.id), getBlueprintView(ctx, ref.id), blueprintTimeline(ctx, ref.id, 50)]));
  if (!area) notFound();
  const requested = Number((await searchParams).phase);
  const shown = Number.isInteger(requested) && requested >= 1 && requested <= LAST_PHASE ? requested : view.currentPhase;
  const phase = view.phases[shown - 1]!;
  const current = view.phases[view.currentPhase - 1]!;
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const canWaive = can(ctx.grants, "gate.waive", area.id);
  const days = view.daysInPhase;

  return (
    <>
      <PageHeader
        title={area.name}
        description={`Convening partnership · phase ${view.currentPhase}, ${phaseName(view.currentPhase)}${view.cycle > 1 ? ` · cycle ${view.cycle}` : ""}`}
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name }]}
        actions={can(ctx.grants, "partnership.manage") ? <LinkButton href={`${base}/settings`} variant="secondary">Area settings</LinkButton> : undefined}
      />
      <AreaTabs base={base} current="overview" />
      <div className="overview-grid">
        <Card>
          <h2 className="card-title">Where the area stands</h2>
          <dl className="meta-list">
            <div>
              <dt>Current phase</dt>
              <dd>
                {view.currentPhase}. {phaseName(view.currentPhase)} ({days} day{days === 1 ? "" : "s"}, since {formatDate(view.enteredPhaseAt)})
              </dd>
            </div>
            <div>
              <dt>Focus issue</dt>
              <dd>{view.focusPriority?.title ?? "Not agreed yet"}</dd>
            </div>
            <div>
              <dt>Co-ordinator</dt>
              <dd>{area.coordinator?.name ?? "Not assigned yet"}</dd>
            </div>
            <div>
              <dt>Backbone organisation</dt>
              <dd>{area.backboneOrganisation?.name ?? "Not identified yet"}</dd>
            </div>
            <div>
              <dt>Research & development partner</dt>
              <dd>{area.researchPartner?.name ?? "Not identified yet"}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="card-title">Next step</h2>
          {view.currentPhase < LAST_PHASE ? (
            <>
              <p>
                {current.gate.open
                  ? `Every required item of ${current.name} is met or waived: the area can move on.`
                  : `${current.gate.met} of ${current.gate.required} required items of ${current.name} are met or waived. Still to do: ${current.gate.blocking.map((i) => i.title).join("; ")}.`}
              </p>
              {canWrite ? (
                <ActionForm action={advancePhaseAction} partnership={ctx.partnershipSlug} area={area.slug} submitLabel={`Move to phase ${view.currentPhase + 1}: ${phaseName(view.currentPhase + 1)}`} pendingLabel="Checking the gate…">
                  <input type="hidden" name="fromPhase" value={view.currentPhase} />
                </ActionForm>
              ) : null}
            </>
          ) : (
            <>
              <p>Share & Refine is the last phase. Starting the next cycle makes the next ranked focus priority the focus issue and returns the area to Deliver & Act; this cycle’s history stays readable.</p>
              {canWrite ? (
                <ActionForm action={startNextCycleAction} partnership={ctx.partnershipSlug} area={area.slug} submitLabel="Start the next cycle">
                  <input type="hidden" name="fromCycle" value={view.cycle} />
                </ActionForm>
              ) : null}
            </>
          )}
        </Card>
      </div>
      {view.regressions.length ? (
        <Notice tone="warning" title="Records changed after the area moved on">
          These items of earlier phases were met when the area moved on and no longer are: {view.regressions.map((i) => `${i.title} (${i.detail})`).join("; ")}. The phase stays where it is.
        </Notice>
      ) : null}
      <section aria-labelledby="blueprint-heading">
        <h2 id="blueprint-heading" className="section-title">
          Five-phase blueprint
        </h2>
        <PhaseStepper phases={view.phases} current={view.currentPhase} shown={shown} href={(n) => `${base}?phase=${n}`} />
        <h3 className="subsection-title">
          Phase {phase.number}: {phase.name} checklist
        </h3>
        <Checklist items={phase.items} base={base} partnership={ctx.partnershipSlug} area={area.slug} reached={shown <= view.currentPhase} canWrite={canWrite} canWaive={canWaive} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="section-title">
          Timeline
        </h2>
        <Timeline events={timeline} />
      </section>
    </>
  );
}
