import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { getCapabilityView } from "@/lib/review/services/capability";
import { addCapabilityRatingToPlanAction } from "@/lib/action-plan/actions";
import { deleteCapabilityAssessmentAction } from "@/lib/review/actions";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { UUID } from "@/lib/review/inputs";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { AddToPlan } from "@/components/action-plan/add-to-plan";
import { MovementNote, RatingTag } from "@/components/review/rating-tag";
import { AssessmentForm } from "@/components/review/assessment-form";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string; assessment: string }>; searchParams: Promise<{ saved?: string }> };

async function load(params: Props["params"]) {
  const { partnership, area: areaSlug, assessment: id } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  if (!UUID.test(id)) notFound();
  const view = await getCapabilityView(ctx, area.id);
  const index = view.assessments.findIndex((a) => a.id === id);
  if (index < 0) notFound();
  return { ctx, area, view, index, assessment: view.assessments[index]! };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { area, assessment } = await load(params);
  return { title: `Capability analysis of ${formatDate(new Date(`${assessment.assessedOn}T00:00:00Z`))} · ${area.name}` };
}

/** One capability analysis: each rating with its note, evidence and movement; red and amber ratings become action items in one click. */
export default async function AssessmentPage({ params, searchParams }: Props) {
  const { ctx, area, view, index, assessment } = await load(params);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const canEvaluate = can(ctx.grants, "evaluation.write", area.id);
  const canWrite = can(ctx.grants, "area.write", area.id);
  const date = formatDate(new Date(`${assessment.assessedOn}T00:00:00Z`));
  const saved = (await searchParams).saved === "1";
  const byArea = new Map(assessment.ratings.map((r) => [r.evaluationAreaId, r]));
  const shown = view.areas.filter((a) => !a.retired || (a.id !== null && byArea.has(a.id)));

  return (
    <>
      <PageHeader
        title={`Capability analysis of ${date}`}
        description={assessment.completeness.complete ? "Every self-evaluation area is rated." : `${assessment.completeness.rated} of ${assessment.completeness.required} areas rated. Still to rate: ${assessment.completeness.missing.join(", ")}. It counts for the checklist once every area is rated.`}
        breadcrumbs={[
          { label: "Overview", href: `/p/${ctx.partnershipSlug}` },
          { label: area.name, href: base },
          { label: "Review & learn", href: `${base}/review` },
          { label: "Capability analysis", href: `${base}/review/capability` },
          { label: date },
        ]}
      />
      <AreaTabs base={base} current="review" within />
      {saved ? <Notice tone="success" title={assessment.completeness.complete ? "Assessment saved: every area is rated." : "Assessment saved. Rate the remaining areas to complete it."} /> : null}
      <section aria-labelledby="ratings" className="record-section">
        <h2 id="ratings" className="section-title">
          Ratings
        </h2>
        <ul className="rv-cards" aria-label="Ratings">
          {shown.map((a) => {
            const r = a.id ? byArea.get(a.id) : undefined;
            const cell = a.id ? (view.history.get(a.id)?.[index] ?? null) : null;
            return (
              <li key={a.key} className="rv-card" aria-label={a.name}>
                <h3 className="subsection-title">{a.name}</h3>
                <p>
                  <RatingTag rating={r?.rating ?? null} />
                  {cell ? <MovementNote movement={cell.movement} previous={cell.previous ? RAG_LABELS[cell.previous] : null} /> : null}
                </p>
                {r ? <p className="record-prewrap">{r.note}</p> : null}
                {r?.evidence ? <p className="record-prewrap muted">Evidence: {r.evidence}</p> : null}
                {r && r.rating !== "green" ? (
                  <AddToPlan
                    action={addCapabilityRatingToPlanAction}
                    fields={{ ...hidden, ratingId: r.id }}
                    summary={`${a.name}, rated ${RAG_LABELS[r.rating]}`}
                    itemHref={r.actionItemId ? `${base}/action-plan/${r.actionItemId}` : null}
                    canWrite={canWrite}
                    itemBase={`${base}/action-plan`}
                    label="Create an action from this rating"
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
        {assessment.summary ? (
          <>
            <h3 className="subsection-title">Summary</h3>
            <p className="record-prewrap">{assessment.summary}</p>
          </>
        ) : null}
      </section>
      {canEvaluate ? (
        <section aria-labelledby="change" className="record-section">
          <h2 id="change" className="section-title">
            Complete or correct this assessment
          </h2>
          <AssessmentForm hidden={hidden} areas={view.areas.filter((a) => !a.retired)} today={ukToday()} assessment={assessment} />
          <ConfirmButton
            action={deleteCapabilityAssessmentAction}
            fields={{ ...hidden, assessmentId: assessment.id }}
            label="Delete this assessment"
            confirmTitle={`Delete the capability analysis of ${date}?`}
            confirmText="Its ratings go with it, and the ratings' movement is worked out again without it. An assessment whose rating became an action item is kept."
            confirmLabel="Delete"
          />
        </section>
      ) : null}
    </>
  );
}
