import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { listPriorities } from "@/lib/blueprint/services/priorities";
import { listMeetings, MEETING_KIND_LABELS } from "@/lib/blueprint/services/meetings";
import { listBarriers, listStakeholders, STAKEHOLDER_KIND_LABELS } from "@/lib/blueprint/services/records-queries";
import {
  addBarrierAction,
  addPriorityAction,
  addStakeholderAction,
  rankPrioritiesAction,
  removeBarrierAction,
  removePriorityAction,
  removeStakeholderAction,
} from "@/lib/blueprint/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { AttestedItems, itemsAt, RecordSection } from "@/components/blueprint/record-section";
import { PriorityRanking } from "@/components/blueprint/priority-ranking";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Plan & Prioritise · ${ref.name}` };
}

const STAKEHOLDER_KIND_OPTIONS = (["person", "place", "project", "organisation"] as const).map((value) => ({ value, label: STAKEHOLDER_KIND_LABELS[value] }));

export default async function PlanPrioritisePage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const [view, priorities, meetings, stakeholders, barriers] = await Promise.all([
    getBlueprintView(ctx, area.id),
    listPriorities(ctx, area.id),
    listMeetings(ctx, area.id),
    listStakeholders(ctx, area.id),
    listBarriers(ctx, area.id),
  ]);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const items = view.phases[1]?.items ?? [];
  const attested = items.filter((item) => item.kind === "attested");
  const ranked = priorities.filter((p) => p.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const lockedFocus = view.currentPhase >= 3 ? view.focusPriority : null;
  // Learning symposia first: that is where candidate priorities are shared.
  const meetingOptions = [...meetings]
    .sort((a, b) => Number(b.kind === "learning_symposium") - Number(a.kind === "learning_symposium") || b.date.getTime() - a.date.getTime())
    .map((m) => ({ value: m.id, label: `${m.title} (${MEETING_KIND_LABELS[m.kind].toLowerCase()}, ${formatDate(m.date)})` }));

  return (
    <>
      <PageHeader
        title="Phase 2: Plan & Prioritise"
        description="Hold a learning symposium, share and agree the area's priorities, identify who to work with and the barriers to change, and rank three focus priorities by urgency."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Plan & Prioritise" }]}
      />
      <AreaTabs base={base} current="plan-prioritise" />
      {canWrite ? null : <p className="muted record-readonly">You can read these records. Only a co-ordinator of {area.name} can change them.</p>}

      <RecordSection id="priorities" title="Candidate priorities" items={itemsAt(items, "plan-prioritise#priorities")}>
        <p className="muted">
          The priorities shared at the <Link href={`${base}/meetings`}>learning symposium</Link>: the biggest challenges facing children and young people in the area.
        </p>
        {priorities.length === 0 ? (
          <EmptyState title="No priorities yet" text="Add the challenges raised at the learning symposium. Three of them are then ranked as the focus priorities." />
        ) : (
          <DataTable
            caption={`${priorities.length} priorit${priorities.length === 1 ? "y" : "ies"} shared`}
            columns={[
              { key: "title", header: "Priority" },
              { key: "shared", header: "Shared at" },
              { key: "status", header: "Ranking" },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={priorities.map((p) => ({
              key: p.id,
              cells: {
                title: (
                  <>
                    <strong>{p.title}</strong>
                    {p.description ? <span className="record-prewrap record-block">{p.description}</span> : null}
                  </>
                ),
                shared: p.sharedAt ? `${p.sharedAt.title}, ${formatDate(p.sharedAt.date)}` : <span className="muted">Not recorded</span>,
                status: p.rank === null ? "Candidate" : `Focus priority ${p.rank}${p.id === view.focusPriority?.id ? " (focus issue)" : ""}`,
                remove: !canWrite ? null : p.rank === null ? (
                  <ConfirmButton
                    action={removePriorityAction}
                    fields={{ ...hidden, id: p.id }}
                    label={`Remove ${p.title}`}
                    confirmTitle={`Remove the priority ${p.title}?`}
                    confirmText="It is taken off the list of candidate priorities."
                    confirmLabel="Remove"
                  />
                ) : (
                  <span className="muted">Remove it from the ranking first</span>
                ),
              },
            }))}
          />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add a priority</h3>
            <ActionForm action={addPriorityAction} {...hidden} submitLabel="Add priority" resetOnSuccess>
              <TextField name="title" label="Priority" hint="A short name, for example “Knife crime” or “School attendance”." required />
              <TextAreaField name="description" label="Description (optional)" hint="Why it matters to children and young people here, and what was said about it." rows={3} />
              <SelectField
                name="sharedAtMeetingId"
                label="Shared at (optional)"
                hint={meetings.length === 0 ? "No meetings recorded for this area yet: record the learning symposium on the Meetings page to link priorities to it." : "The meeting where this priority was shared."}
                options={[{ value: "", label: "Not at a recorded meeting" }, ...meetingOptions]}
              />
            </ActionForm>
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="ranking" title="Three focus priorities, ranked by urgency" items={itemsAt(items, "plan-prioritise#ranking")}>
        <p>
          Agree three of the candidate priorities and rank them in order of urgency. The first becomes the area&rsquo;s <strong>focus issue</strong>: the partnership works on one focus issue at a
          time, and each later cycle takes the next ranked priority. Exactly three must be ranked before the area can move on from Plan &amp; Prioritise.
        </p>
        {lockedFocus ? (
          <p className="muted">
            The area is delivering, so &ldquo;{lockedFocus.title}&rdquo; stays the focus issue for this cycle. The priorities after it can still be reordered.
          </p>
        ) : null}
        {canWrite ? (
          <PriorityRanking
            action={rankPrioritiesAction}
            partnership={ctx.partnershipSlug}
            area={area.slug}
            priorities={priorities.map((p) => ({ id: p.id, title: p.title }))}
            ranked={ranked.map((p) => p.id)}
            lockedFocus={lockedFocus}
          />
        ) : ranked.length === 0 ? (
          <EmptyState title="No focus priorities ranked yet" text="The area's co-ordinator ranks three of the candidate priorities by urgency." />
        ) : (
          <ol className="ranking-list">
            {ranked.map((p, index) => (
              <li key={p.id} className="ranking-item">
                <span className="ranking-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="ranking-title">
                  <span className="visually-hidden">Number {index + 1}: </span>
                  {p.title}
                  {(view.focusPriority ? p.id === view.focusPriority.id : index === 0) ? (
                    <>
                      {" "}
                      <span className="ranking-tag">Focus issue</span>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        )}
      </RecordSection>

      <RecordSection id="stakeholders" title="People, places, projects and organisations" items={itemsAt(items, "plan-prioritise#stakeholders")}>
        {stakeholders.length === 0 ? (
          <EmptyState title="No one listed yet" text="Add who you will need to work with and through to reach children and families, and to change the way support is offered and delivered." />
        ) : (
          <DataTable
            caption={`${stakeholders.length} ${stakeholders.length === 1 ? "person, place, project or organisation" : "people, places, projects and organisations"} to work with`}
            columns={[
              { key: "name", header: "Name" },
              { key: "kind", header: "Kind" },
              { key: "notes", header: "Notes" },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={stakeholders.map((s) => ({
              key: s.id,
              cells: {
                name: s.name,
                kind: STAKEHOLDER_KIND_LABELS[s.kind],
                notes: s.notes ? <span className="record-prewrap">{s.notes}</span> : "",
                remove: canWrite ? (
                  <ConfirmButton
                    action={removeStakeholderAction}
                    fields={{ ...hidden, id: s.id }}
                    label={`Remove ${s.name}`}
                    confirmTitle={`Remove ${s.name}?`}
                    confirmText="They are taken off the list of people, places, projects and organisations to work with."
                    confirmLabel="Remove"
                  />
                ) : null,
              },
            }))}
          />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add a person, place, project or organisation</h3>
            <ActionForm action={addStakeholderAction} {...hidden} submitLabel="Add to the list" resetOnSuccess>
              <SelectField name="kind" label="Kind" options={[{ value: "", label: "Choose person, place, project or organisation" }, ...STAKEHOLDER_KIND_OPTIONS]} required />
              <TextField name="name" label="Name" hint="For a person, their role is usually enough, for example “Head of Holme Wood Primary”." required />
              <TextAreaField name="notes" label="Notes (optional)" hint="Why they matter and how you will work with or through them." rows={3} />
            </ActionForm>
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="barriers" title="Barriers to change" items={itemsAt(items, "plan-prioritise#barriers")}>
        {barriers.length === 0 ? (
          <EmptyState title="No barriers listed yet" text="Add the likely barriers to change and the resources and permissions needed from the local authority and others to overcome them." />
        ) : (
          <DataTable
            caption={`${barriers.length} barrier${barriers.length === 1 ? "" : "s"} to change, with what is needed`}
            columns={[
              { key: "description", header: "Barrier" },
              { key: "needed", header: "Permissions or resources needed" },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={barriers.map((b, index) => ({
              key: b.id,
              cells: {
                description: <span className="record-prewrap">{b.description}</span>,
                needed: <span className="record-prewrap">{b.needed}</span>,
                remove: canWrite ? (
                  <ConfirmButton
                    action={removeBarrierAction}
                    fields={{ ...hidden, id: b.id }}
                    label={`Remove barrier ${index + 1}`}
                    confirmTitle={`Remove barrier ${index + 1}?`}
                    confirmText={`“${b.description.length > 120 ? `${b.description.slice(0, 120)}…` : b.description}” is taken off the list of barriers.`}
                    confirmLabel="Remove"
                  />
                ) : null,
              },
            }))}
          />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add a barrier</h3>
            <ActionForm action={addBarrierAction} {...hidden} submitLabel="Add barrier" resetOnSuccess>
              <TextAreaField name="description" label="Barrier" hint="What is likely to get in the way of change." rows={3} required />
              <TextAreaField name="needed" label="Permissions or resources needed" hint="What you will need from the local authority and others to overcome it." rows={3} required />
            </ActionForm>
          </Card>
        ) : null}
      </RecordSection>

      {attested.length > 0 ? (
        <RecordSection id="attest" title="Confirmed by the co-ordinator" items={[]}>
          <p className="muted">These steps are not worked out from records: a co-ordinator confirms each one on the area&rsquo;s checklist, with a note and, if there is one, a link to evidence.</p>
          <AttestedItems items={attested} overviewHref={`${base}?phase=2`} />
        </RecordSection>
      ) : null}
    </>
  );
}
