import type { Metadata } from "next";
import Link from "next/link";
import { requirePartnership } from "@/lib/tenancy/page";
import { listAreas } from "@/lib/areas/services/list-areas";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listAreaProgress } from "@/lib/blueprint/services/blueprint-view";
import { phaseName } from "@/lib/blueprint/phases";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";

type Params = { params: Promise<{ partnership: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ctx } = await requirePartnership((await params).partnership);
  const p = await db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { name: true } });
  return { title: p.name };
}

export default async function PartnershipOverview({ params }: Params) {
  const { ctx } = await requirePartnership((await params).partnership);
  const [partnership, areas] = await Promise.all([
    db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { name: true } }),
    listAreas(ctx),
  ]);
  const progress = await listAreaProgress(ctx, areas);
  const manage = can(ctx.grants, "partnership.manage");
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <>
      <PageHeader
        title={partnership.name}
        description="The strategic partnership and its Act Locally areas. Each area's convening partnership works through the five-phase blueprint: Access & Connect, Plan & Prioritise, Deliver & Act, Review & Learn, Share & Refine."
        actions={
          <>
            <LinkButton href={`${base}/dashboard`} variant="secondary">
              Board dashboard
            </LinkButton>
            {manage ? <LinkButton href={`${base}/areas/new`}>Add an area</LinkButton> : null}
          </>
        }
      />
      {areas.length === 0 ? (
        <EmptyState
          title="No areas yet"
          text={manage ? "Add the first Act Locally area: a town, ward, estate or school cluster with its own convening partnership." : "Your partnership admin has not added any areas you can see yet."}
          action={manage ? <LinkButton href={`${base}/areas/new`}>Add an area</LinkButton> : undefined}
        />
      ) : (
        <DataTable
          caption="Where each area stands"
          columns={[
            { key: "area", header: "Area" },
            { key: "phase", header: "Phase" },
            { key: "progress", header: "Required items done" },
            { key: "focus", header: "Focus issue" },
            { key: "days", header: "Days in phase", numeric: true },
            { key: "coordinator", header: "Co-ordinator" },
          ]}
          rows={progress.map((a) => {
            const gate = a.view.phases[a.view.currentPhase - 1]!.gate;
            return {
              key: a.id,
              cells: {
                area: <Link href={`${base}/areas/${a.slug}`}>{a.name}</Link>,
                phase: `${a.view.currentPhase}. ${phaseName(a.view.currentPhase)}${a.view.cycle > 1 ? ` (cycle ${a.view.cycle})` : ""}`,
                progress: (
                  <>
                    {gate.met} of {gate.required}
                    <progress className="progress-bar" max={gate.required} value={gate.met} aria-label={`${a.name}: ${gate.met} of ${gate.required} required items done`} />
                  </>
                ),
                focus: a.view.focusPriority?.title ?? "Not agreed yet",
                days: a.view.daysInPhase,
                coordinator: a.coordinator ?? "Not assigned",
              },
            };
          })}
        />
      )}
    </>
  );
}
