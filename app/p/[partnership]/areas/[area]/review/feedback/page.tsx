import type { Metadata } from "next";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { listFeedback } from "@/lib/review/services/feedback";
import { deleteFeedbackAction } from "@/lib/review/actions";
import { summariseFeedback } from "@/lib/review/feedback";
import { FEEDBACK_SOURCE_LABELS } from "@/lib/review/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { RecordSection } from "@/components/blueprint/record-section";
import { FeedbackForm } from "@/components/review/feedback-form";
import { PersonalDataWarning } from "@/components/review/personal-data-confirm";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Feedback · ${ref.name}` };
}

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** Feedback from commissioners, community budget recipients and beneficiaries: summaries per source, and every piece. */
export default async function FeedbackPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const [feedback, view] = await Promise.all([listFeedback(ctx, area.id), getBlueprintView(ctx, area.id)]);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const canContribute = can(ctx.grants, "review.contribute", area.id);
  const canWrite = can(ctx.grants, "area.write", area.id);
  const items = (view.phases[3]?.items ?? []).filter((i) => i.href === "review/feedback");
  const thisCycle = feedback.filter((f) => f.cycle === view.cycle);
  const summaries = summariseFeedback(thisCycle);

  return (
    <>
      <PageHeader
        title="Feedback"
        description="What commissioners, community budget recipients and beneficiaries say about the work. Who gave it is recorded by role, never by name."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Feedback" }]}
      />
      <AreaTabs base={base} current="review" within />
      <RecordSection id="summary" title="Summary by source" items={items}>
        <DataTable
          caption={`Feedback in this cycle, by who gave it${view.cycle > 1 ? ` (cycle ${view.cycle})` : ""}`}
          columns={[
            { key: "source", header: "From" },
            { key: "count", header: "Pieces", numeric: true },
            { key: "rated", header: "With a rating", numeric: true },
            { key: "average", header: "Average rating", numeric: true },
            { key: "latest", header: "Latest" },
          ]}
          rows={summaries.map((s) => ({
            key: s.source,
            cells: {
              source: FEEDBACK_SOURCE_LABELS[s.source],
              count: String(s.count),
              rated: String(s.rated),
              average: s.averageRating === null ? "–" : `${s.averageRating.toFixed(1)} of 5`,
              latest: s.latestOn ? day(s.latestOn) : "–",
            },
          }))}
        />
      </RecordSection>
      <section aria-labelledby="all-feedback" className="record-section">
        <h2 id="all-feedback" className="section-title">
          Every piece
        </h2>
        {feedback.length === 0 ? (
          <EmptyState title="No feedback yet" text="Record what commissioners, community budget recipients and beneficiaries said: on the form below, or on a funded application's card in the community budget." />
        ) : (
          <ul className="rv-cards" aria-label="Feedback">
            {feedback.map((f) => (
              <li key={f.id} className="rv-card">
                <blockquote className="rv-quote">
                  <p className="record-prewrap">{f.comments}</p>
                </blockquote>
                <p className="muted">
                  {f.sourceLabel}: {f.role}
                  {f.award ? ` (grant to ${f.award.organisationName})` : ""} · {day(f.receivedOn)}
                  {f.rating !== null ? ` · rated ${f.rating} out of 5` : ""}
                  {view.cycle > 1 ? ` · cycle ${f.cycle}` : ""}
                </p>
                {canWrite ? (
                  <ConfirmButton
                    action={deleteFeedbackAction}
                    fields={{ ...hidden, feedbackId: f.id }}
                    label={`Delete the feedback from ${f.role} of ${day(f.receivedOn)}`}
                    confirmTitle="Delete this feedback?"
                    confirmText="It is taken off the area's records and the checklist is worked out again without it."
                    confirmLabel="Delete"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canContribute ? (
        <section aria-labelledby="new-feedback" className="record-section">
          <h2 id="new-feedback" className="section-title">
            Record feedback
          </h2>
          <Card>
            <PersonalDataWarning />
            <FeedbackForm hidden={hidden} today={ukToday()} />
          </Card>
        </section>
      ) : null}
    </>
  );
}
