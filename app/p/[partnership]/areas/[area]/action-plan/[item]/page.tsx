import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { getActionPlanItem, listOwnerOptions, loadPlanState, loadTheoryOutcomes } from "@/lib/action-plan/queries";
import { RAG_LABELS, RAG_MEANINGS, RAGS, SOURCE_LABELS, STATUS_LABELS, STATUSES } from "@/lib/action-plan/labels";
import { deleteActionItemAction, logActionItemUpdateAction, updateActionItemAction } from "@/lib/action-plan/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField, TextAreaField } from "@/components/ui/fields";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { ActionItemFields } from "@/components/action-plan/item-fields";
import { DueDate, RagTag, StatusTag } from "@/components/action-plan/tags";
import { UpdateLog } from "@/components/action-plan/update-log";
import "@/app/action-plan.css";

type Props = { params: Promise<{ partnership: string; area: string; item: string }> };

/** This area's item, or a 404: an id that is not a uuid, or belongs to another area or tenant, is simply not found. */
const loadItem = cache(async (partnership: string, areaSlug: string, itemId: string) => {
  const { ctx, area } = await requireArea(partnership, areaSlug);
  if (!z.string().uuid().safeParse(itemId).success) notFound();
  const item = await getActionPlanItem(ctx, area.id, itemId);
  if (!item) notFound();
  return { ctx, area, item };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area, item } = await params;
  const loaded = await loadItem(partnership, area, item);
  return { title: `${loaded.item.title} · Action plan · ${loaded.area.name}` };
}

export default async function ActionItemPage({ params }: Props) {
  const { partnership, area: areaSlug, item: itemId } = await params;
  const { ctx, area, item } = await loadItem(partnership, areaSlug, itemId);
  const today = ukToday();
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const planBase = `${base}/action-plan`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };

  const plan = await loadPlanState(ctx, area.id);
  const [theory, owners] = await Promise.all([loadTheoryOutcomes(ctx, area.id, plan.focusPriorityId), canWrite ? listOwnerOptions(ctx) : Promise.resolve([])]);
  const outcome = item.outcomeId ? theory.outcomes.find((o) => o.id === item.outcomeId) : undefined;

  return (
    <>
      <PageHeader
        title={item.title}
        description={`Action item of ${area.name}, cycle ${item.cycle}`}
        breadcrumbs={[
          { label: "Overview", href: `/p/${ctx.partnershipSlug}` },
          { label: area.name, href: base },
          { label: "Action plan", href: planBase },
          { label: item.title },
        ]}
      />
      <AreaTabs base={base} current="action-plan" within />

      <section id="summary" aria-labelledby="summary-heading" className="record-section">
        <h2 id="summary-heading" className="section-title">
          Summary
        </h2>
        <dl className="meta-list ap-summary">
          <div>
            <dt>Status</dt>
            <dd>
              <StatusTag status={item.status} />
            </dd>
          </div>
          <div>
            <dt>RAG rating</dt>
            <dd>
              <RagTag rag={item.rag} /> <span className="muted">{RAG_MEANINGS[item.rag].replace(/^\w+: /, "")}</span>
            </dd>
          </div>
          <div>
            <dt>Owner organisation</dt>
            <dd>{item.owner?.name ?? <span className="muted">No owner yet</span>}</dd>
          </div>
          <div>
            <dt>Due date</dt>
            <dd>
              <DueDate item={item} today={today} />
            </dd>
          </div>
          <div>
            <dt>Theory of change outcome</dt>
            <dd>
              {!item.outcomeId ? (
                <span className="muted">Not linked to an outcome</span>
              ) : outcome ? (
                <>
                  <Link href={`${base}/theory-of-change`}>{outcome.text}</Link>
                  {outcome.indicatorCodes.length > 0 ? <span className="muted record-block">Indicators: {outcome.indicatorCodes.join(", ")}</span> : null}
                </>
              ) : (
                <span className="muted">An outcome no longer in the theory of change</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Source</dt>
            <dd>
              {item.source.kind === "statement_action" ? (
                <>
                  A committed action of the <Link href={`${base}/statement`}>Statement of Intent</Link>
                  {item.source.text ? <span className="record-block record-prewrap">{item.source.text}</span> : <span className="muted record-block">The action is no longer in the statement.</span>}
                </>
              ) : item.source.kind === "meeting_decision" ? (
                <>
                  A decision of <Link href={`${base}/meetings/${item.source.meetingId}`}>{item.source.meetingTitle}</Link> ({formatDate(item.source.meetingDate)})
                  <span className="record-block record-prewrap">{item.source.text}</span>
                </>
              ) : item.source.kind === "capability_rating" ? (
                <>
                  {item.source.rating === "amber" ? "An" : "A"} {RAG_LABELS[item.source.rating].toLowerCase()} rating of “{item.source.evaluationArea}” in the{" "}
                  <Link href={`${base}/review/capability/${item.source.assessmentId}`}>capability analysis of {formatDate(item.source.assessedOn)}</Link>
                  <span className="record-block record-prewrap">{item.source.note}</span>
                </>
              ) : (
                SOURCE_LABELS.other
              )}
            </dd>
          </div>
          {item.description ? (
            <div>
              <dt>Description</dt>
              <dd className="record-prewrap">{item.description}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section id="updates" aria-labelledby="updates-heading" className="record-section">
        <h2 id="updates-heading" className="section-title">
          Update log
        </h2>
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add an update</h3>
            <ActionForm action={logActionItemUpdateAction} {...hidden} submitLabel="Add update" resetOnSuccess>
              <input type="hidden" name="itemId" value={item.id} />
              <TextAreaField name="text" label="Update" hint="What has happened since the last update, and what is next." rows={3} required />
              <SelectField
                name="status"
                label="New status (optional)"
                options={[{ value: "", label: `Keep as it is (${STATUS_LABELS[item.status]})` }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
                defaultValue=""
              />
              <SelectField
                name="rag"
                label="New RAG rating (optional)"
                options={[{ value: "", label: `Keep as it is (${RAG_MEANINGS[item.rag]})` }, ...RAGS.map((r) => ({ value: r, label: RAG_MEANINGS[r] }))]}
                defaultValue=""
              />
            </ActionForm>
          </Card>
        ) : null}
        <UpdateLog updates={item.updates} />
      </section>

      {canWrite ? (
        <>
          <section id="edit" aria-labelledby="edit-heading" className="record-section">
            <h2 id="edit-heading" className="section-title">
              Edit the action item
            </h2>
            <Card>
              <ActionForm action={updateActionItemAction} {...hidden} submitLabel="Save action item">
                <input type="hidden" name="itemId" value={item.id} />
                {/* Re-mounted when the item changes elsewhere (an update that set a new status), so the form never saves stale values back. */}
                <ActionItemFields key={item.updatedAt.toISOString()} owners={owners} theory={theory} theoryHref={`${base}/theory-of-change`} item={item} />
              </ActionForm>
            </Card>
          </section>
          <section id="delete" aria-labelledby="delete-heading" className="record-section">
            <h2 id="delete-heading" className="section-title">
              Delete the action item
            </h2>
            <p>Deleting removes the item and its update log from the plan. The audit log keeps a record of it.</p>
            <ConfirmButton
              action={deleteActionItemAction}
              fields={{ ...hidden, itemId: item.id }}
              label="Delete action item"
              confirmTitle="Delete this action item?"
              confirmText={`"${item.title}" and its ${item.updates.length === 1 ? "update" : `${item.updates.length} updates`} will be removed from the plan. This cannot be undone.`}
              confirmLabel="Delete action item"
            />
          </section>
        </>
      ) : null}
    </>
  );
}
