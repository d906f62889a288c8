import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { listActionPlanItems, listOwnerOptions, loadPendingCommittedActions, loadPlanState, loadTheoryOutcomes } from "@/lib/action-plan/queries";
import { actionPlanProgress, isOverdue, shorten, sortActionItems } from "@/lib/action-plan/rules";
import { filterActionItems, hasActiveFilters, readPlanFilters } from "@/lib/action-plan/filters";
import { createActionItemAction } from "@/lib/action-plan/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { ActionItemFields } from "@/components/action-plan/item-fields";
import { CommittedActionList } from "@/components/action-plan/committed-actions";
import { PlanFilterForm } from "@/components/action-plan/plan-filters";
import { PlanTable } from "@/components/action-plan/plan-table";
import "@/app/action-plan.css";

type Props = {
  params: Promise<{ partnership: string; area: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Action plan · ${ref.name}` };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function ActionPlanPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const query = await searchParams;
  const filters = readPlanFilters(query);
  const today = ukToday();
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const planBase = `${base}/action-plan`;
  const canWrite = can(ctx.grants, "area.write", area.id);

  const plan = await loadPlanState(ctx, area.id);
  const [items, owners, theory, committed] = await Promise.all([
    listActionPlanItems(ctx, area.id, plan.cycle),
    listOwnerOptions(ctx),
    loadTheoryOutcomes(ctx, area.id, plan.focusPriorityId),
    loadPendingCommittedActions(ctx, area.id, plan.focusPriorityId),
  ]);
  const progress = actionPlanProgress(items);
  const overdue = items.filter((i) => isOverdue(i, today)).length;
  const shown = sortActionItems(filterActionItems(items, filters, today), today);
  const outcomeText = new Map(theory.outcomes.map((o) => [o.id, o.text]));
  const focus = plan.focusTitle ? `"${plan.focusTitle}"` : "the focus issue";
  // The owner filter offers the organisations that own items in this plan (and the one filtered on, if it owns none now).
  const ownerIds = new Set(items.flatMap((i) => (i.ownerOrganisationId ? [i.ownerOrganisationId] : [])));
  if (filters.owner !== "all" && filters.owner !== "none") ownerIds.add(filters.owner);
  const filterOwners = owners.filter((o) => ownerIds.has(o.id));

  return (
    <>
      <PageHeader
        title="Action plan"
        description="The specific actions agreed for the focus issue, who owns each and by when, so the convening partnership can monitor them."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Action plan" }]}
      />
      <AreaTabs base={base} current="action-plan" />
      {query.deleted ? <Notice tone="success" title="Action item deleted" /> : null}
      {canWrite ? null : <p className="muted record-readonly">You can read this plan. Only a co-ordinator of {area.name} can change it.</p>}

      <section id="progress" aria-labelledby="progress-heading" className="record-section">
        <h2 id="progress-heading" className="section-title">
          Where the plan stands
        </h2>
        <p>
          Cycle {plan.cycle}
          {plan.focusTitle ? <>, focus issue: {plan.focusTitle}</> : null}.
        </p>
        <ul className="record-guidance">
          <li>
            <p>
              <span className={progress.met ? "badge badge-met" : "badge badge-not-met"}>{progress.met ? "Met" : "Not met"}</span> <strong>Develop an action plan.</strong> {progress.detail}.
            </p>
            <p className="muted">Required for the phase 3 gate: at least one item, and every open item with an owner and a due date.</p>
          </li>
        </ul>
        {overdue > 0 ? (
          <Notice tone="warning" title={`${plural(overdue, "item is", "items are")} overdue`}>
            <p>
              <Link href={`${planBase}?status=overdue`}>Show only the overdue items</Link>
            </p>
          </Notice>
        ) : null}
      </section>

      <section id="items" aria-labelledby="items-heading" className="record-section">
        <h2 id="items-heading" className="section-title">
          Action items
        </h2>
        {items.length === 0 ? (
          <EmptyState
            title="No action items yet"
            text={canWrite ? "Add the committed actions of the Statement of Intent below in one click, make a meeting decision an item from its meeting's page, or add an item by hand." : "The co-ordinator has not added any action items for this cycle yet."}
          />
        ) : (
          <>
            <PlanFilterForm filters={filters} owners={filterOwners} action={planBase} />
            <p className="ap-count">
              {hasActiveFilters(filters) ? `Showing ${shown.length} of ${plural(items.length, "action item")}` : `Showing all ${plural(items.length, "action item")}`}
            </p>
            {shown.length === 0 ? (
              <EmptyState title="No items match these filters" text="Choose another status or owner, or clear the filters to see the whole plan." action={<Link href={planBase}>Clear filters</Link>} />
            ) : (
              <PlanTable items={shown} caption={`Action items of ${area.name}, cycle ${plan.cycle}: overdue first, then by due date`} itemBase={planBase} outcomeText={outcomeText} today={today} />
            )}
          </>
        )}
      </section>

      <section id="from-statement" aria-labelledby="from-statement-heading" className="record-section">
        <h2 id="from-statement-heading" className="section-title">
          Committed actions of the Statement of Intent
        </h2>
        {!plan.focusPriorityId ? (
          <EmptyState title="No focus issue yet" text="Agree and rank the three focus priorities in Plan & Prioritise first; the first becomes the focus issue." />
        ) : committed.statementId === null ? (
          <EmptyState title="No Statement of Intent yet" text={`Write the Statement of Intent for ${focus}; its committed actions can then be added here in one click.`} action={<Link href={`${base}/statement`}>Go to the Statement of Intent</Link>} />
        ) : (
          <>
            <p className="muted">The actions the convening partnership committed to in the Statement of Intent for {focus} that are not in the plan yet.</p>
            <CommittedActionList
              partnership={ctx.partnershipSlug}
              area={area.slug}
              statementId={committed.statementId}
              itemBase={planBase}
              canWrite={canWrite}
              actions={committed.pending.map((a) => ({ ...a, buttonLabel: `Add '${shorten(a.text, 60)}' to the action plan` }))}
              emptyText={
                committed.total === 0
                  ? "The Statement of Intent has no committed actions yet."
                  : committed.total === 1
                    ? "Its one committed action is in the action plan."
                    : `All ${committed.total} committed actions are in the action plan.`
              }
            />
          </>
        )}
      </section>

      {canWrite ? (
        <section id="add" aria-labelledby="add-heading" className="record-section">
          <h2 id="add-heading" className="section-title">
            Add an action item
          </h2>
          <Card>
            <ActionForm action={createActionItemAction} partnership={ctx.partnershipSlug} area={area.slug} submitLabel="Add action item" resetOnSuccess>
              <ActionItemFields owners={owners} theory={theory} theoryHref={`${base}/theory-of-change`} />
            </ActionForm>
          </Card>
        </section>
      ) : null}
    </>
  );
}
