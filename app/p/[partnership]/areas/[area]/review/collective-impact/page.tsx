import type { Metadata } from "next";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { getConditionsView } from "@/lib/review/services/conditions";
import { createConditionAssessmentAction, deleteConditionAssessmentAction } from "@/lib/review/actions";
import { conditionField } from "@/lib/review/inputs";
import { CONDITION_LEVEL_LABELS, CONDITION_LEVELS, CONDITIONS } from "@/lib/review/labels";
import { levelMovement } from "@/lib/review/ratings";
import type { ConditionLevel } from "@/lib/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { LevelTag, MovementNote } from "@/components/review/rating-tag";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Collective impact · ${ref.name}` };
}

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** The five conditions of collective impact (the guide's section 4), self-assessed over time on a four-step scale. */
export default async function CollectiveImpactPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const { assessments } = await getConditionsView(ctx, area.id);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const canEvaluate = can(ctx.grants, "evaluation.write", area.id);
  const newestFirst = [...assessments].reverse();

  return (
    <>
      <PageHeader
        title="Collective impact self-assessment"
        description="How far each of the five conditions of collective impact is in place in the convening partnership, from “just begun” to “fully in place”."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Collective impact" }]}
      />
      <AreaTabs base={base} current="review" within />
      <section aria-labelledby="over-time" className="record-section">
        <h2 id="over-time" className="section-title">
          Self-assessments over time
        </h2>
        {assessments.length === 0 ? (
          <EmptyState title="No self-assessment yet" text={canEvaluate ? "Record the first one below." : "The co-ordinator has not recorded one yet."} />
        ) : (
          <div className="data-table-wrap" role="region" aria-label="Conditions over time" tabIndex={0}>
            <table className="data-table rv-heatmap">
              <caption>Conditions over time</caption>
              <thead>
                <tr>
                  <th scope="col">Condition</th>
                  {assessments.map((a) => (
                    <th key={a.id} scope="col">
                      {day(a.assessedOn)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {CONDITIONS.map((c) => {
                  let previous: ConditionLevel | null = null;
                  return (
                    <tr key={c.key}>
                      <th scope="row">
                        {c.name}
                        <span className="rv-movement">{c.description}</span>
                      </th>
                      {assessments.map((a) => {
                        const r = a.ratings.find((x) => x.condition === c.key);
                        if (!r) return <td key={a.id} className="muted">Not assessed</td>;
                        const before = previous;
                        previous = r.level;
                        return (
                          <td key={a.id}>
                            <LevelTag level={r.level} />
                            <MovementNote movement={levelMovement(before, r.level)} previous={before ? CONDITION_LEVEL_LABELS[before] : null} />
                            {r.note ? <span className="rv-movement">{r.note}</span> : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {newestFirst.map((a) =>
          a.summary || canEvaluate ? (
            <Card key={a.id}>
              <h3 className="card-title">Self-assessment of {day(a.assessedOn)}</h3>
              {a.summary ? <p className="record-prewrap">{a.summary}</p> : null}
              {canEvaluate ? (
                <ConfirmButton
                  action={deleteConditionAssessmentAction}
                  fields={{ ...hidden, assessmentId: a.id }}
                  label={`Delete the self-assessment of ${day(a.assessedOn)}`}
                  confirmTitle={`Delete the self-assessment of ${day(a.assessedOn)}?`}
                  confirmText="Its five ratings go with it. The audit log keeps what they were."
                  confirmLabel="Delete"
                />
              ) : null}
            </Card>
          ) : null,
        )}
      </section>
      {canEvaluate ? (
        <section aria-labelledby="new-conditions" className="record-section">
          <h2 id="new-conditions" className="section-title">
            Record a self-assessment
          </h2>
          <Card>
            <ActionForm action={createConditionAssessmentAction} {...hidden} submitLabel="Save the self-assessment" resetOnSuccess>
              <TextField name="assessedOn" label="Date of the self-assessment" type="date" defaultValue={ukToday()} />
              <div className="rv-assessment-areas">
                {CONDITIONS.map((c) => (
                  <fieldset key={c.key} className="rv-assessment-area">
                    <legend>{c.name}</legend>
                    <p className="muted">{c.description}</p>
                    <SelectField
                      name={`level.${conditionField(c.key)}`}
                      label={`How far it is in place: ${c.name}`}
                      options={[{ value: "", label: "Choose a step" }, ...CONDITION_LEVELS.map((l) => ({ value: l, label: CONDITION_LEVEL_LABELS[l] }))]}
                    />
                    <TextAreaField name={`note.${conditionField(c.key)}`} label={`Notes (optional): ${c.name}`} rows={2} />
                  </fieldset>
                ))}
              </div>
              <TextAreaField name="summary" label="Summary (optional)" rows={3} />
            </ActionForm>
          </Card>
        </section>
      ) : null}
    </>
  );
}
