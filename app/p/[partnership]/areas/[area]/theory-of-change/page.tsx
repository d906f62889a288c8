import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getAreaTheoryWorkspace } from "@/lib/theory-of-change/services/queries";
import { saveAreaTheoryAction } from "@/lib/theory-of-change/actions";
import { emptyTheory } from "@/lib/theory-of-change/content";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { itemsAt, RecordSection } from "@/components/blueprint/record-section";
import { TheoryEditor } from "@/components/theory-of-change/theory-editor";
import { TheoryWorkspace, theoryView } from "@/components/theory-of-change/theory-workspace";
import "@/app/theory-of-change.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Theory of change · ${ref.name}` };
}

export default async function AreaTheoryOfChangePage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const [workspace, view] = await Promise.all([getAreaTheoryWorkspace(ctx, area.id), getBlueprintView(ctx, area.id, ukToday())]);
  const { focus, theory } = workspace;
  const checklist = view.phases.flatMap((p) => itemsAt(p.items, "theory-of-change"));

  return (
    <>
      <PageHeader
        title="Theory of change"
        description={
          focus
            ? `For the focus issue “${focus.title}”: if we work this way and do these things, then these outcomes follow, and so this long-term impact.`
            : "If we work this way and do these things, then these outcomes follow, and so this long-term impact: written for the area's focus issue."
        }
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Theory of change" }]}
      />
      <AreaTabs base={base} current="theory-of-change" />
      {!focus ? (
        <EmptyState
          title="No focus priority yet"
          text="The theory of change is written for the area's focus issue: the first of the three focus priorities agreed and ranked in Plan & Prioritise."
          action={<Link href={`${base}/plan-prioritise`}>Rank the focus priorities on Plan &amp; Prioritise</Link>}
        />
      ) : (
        <>
          <RecordSection id="status" title="Where it stands" items={checklist}>
            {theory ? (
              <p>
                {workspace.outcomesLinkedToActions
                  ? `${workspace.outcomesLinkedToActions} action plan ${workspace.outcomesLinkedToActions === 1 ? "item works" : "items work"} towards its outcomes. `
                  : "No action plan item names one of its outcomes yet. "}
                <Link href={`${base}/action-plan`}>Open the action plan</Link>
              </p>
            ) : null}
            {canWrite ? null : <p className="muted record-readonly">You can read this theory of change. Only a co-ordinator of {area.name} can change it.</p>}
          </RecordSection>
          <TheoryWorkspace
            ctx={ctx}
            theory={theory}
            base={`${base}/theory-of-change`}
            view={theoryView(await searchParams)}
            emptyText={`No theory of change for “${focus.title}” yet.${canWrite ? " Start from the ways of working, then link each to the activities, outcomes and impact it leads to." : ""}`}
            editor={
              canWrite ? (
                <TheoryEditor
                  action={saveAreaTheoryAction}
                  partnership={ctx.partnershipSlug}
                  area={area.slug}
                  content={theory?.latest.content ?? emptyTheory(focus.title)}
                  baseVersion={theory?.latest.number ?? 0}
                  focusLabel="Focus issue"
                />
              ) : null
            }
          />
        </>
      )}
    </>
  );
}
