import type { Metadata } from "next";
import { requireCapability, requirePartnership } from "@/lib/tenancy/page";
import { evaluationAreasFor } from "@/lib/review/services/self-evaluation";
import { restoreEvaluationAreaAction, retireEvaluationAreaAction, saveEvaluationAreaAction } from "@/lib/review/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Self-evaluation areas" };
}

function AreaFields({ area }: { area?: { name: string; description: string; redLooksLike: string; amberLooksLike: string; greenLooksLike: string } }) {
  return (
    <>
      <TextField name="name" label="Name" defaultValue={area?.name} />
      <TextAreaField name="description" label="What it is about" rows={2} defaultValue={area?.description} />
      <div className="rv-grid">
        <TextAreaField name="redLooksLike" label="What red looks like" rows={3} defaultValue={area?.redLooksLike} />
        <TextAreaField name="amberLooksLike" label="What amber looks like" rows={3} defaultValue={area?.amberLooksLike} />
        <TextAreaField name="greenLooksLike" label="What green looks like" rows={3} defaultValue={area?.greenLooksLike} />
      </div>
    </>
  );
}

/**
 * The self-evaluation areas every area's capability analysis rates (partnership admins).
 * By default the guide's six conditions to success; an admin rewords them, adds one, or
 * stops rating one (its past ratings stay).
 */
export default async function SelfEvaluationPage({ params }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  requireCapability(ctx, "partnership.manage");
  const areas = await evaluationAreasFor(ctx);
  const base = `/p/${ctx.partnershipSlug}`;
  const hidden = { partnership: ctx.partnershipSlug };
  return (
    <>
      <PageHeader
        title="Self-evaluation areas"
        description="What each area's capability analysis rates red, amber or green. By default, the guide's six conditions to success. An assessment is complete when every area in use is rated."
        breadcrumbs={[{ label: "Overview", href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Self-evaluation areas" }]}
      />
      {areas.map((a) => (
        <section key={a.key} aria-labelledby={`area-${a.key}`} className="record-section">
          <h2 id={`area-${a.key}`} className="section-title">
            {a.name}
            {a.retired ? " (no longer rated)" : ""}
          </h2>
          <Card>
            <ActionForm action={saveEvaluationAreaAction} {...hidden} submitLabel={`Save ${a.name}`}>
              <input type="hidden" name="key" value={a.key} />
              <AreaFields area={a} />
            </ActionForm>
            {a.retired ? (
              <ActionForm action={restoreEvaluationAreaAction} {...hidden} submitLabel={`Rate ${a.name} again`}>
                <input type="hidden" name="key" value={a.key} />
              </ActionForm>
            ) : (
              <ConfirmButton
                action={retireEvaluationAreaAction}
                fields={{ ...hidden, key: a.key }}
                label={`Stop rating ${a.name}`}
                confirmTitle={`Stop rating ${a.name}?`}
                confirmText="New assessments will not ask for it, and assessments are complete without it. Its past ratings stay in each area's history."
                confirmLabel="Stop rating it"
              />
            )}
          </Card>
        </section>
      ))}
      <section aria-labelledby="new-area" className="record-section">
        <h2 id="new-area" className="section-title">
          Add a self-evaluation area
        </h2>
        <p className="muted">Every area&apos;s next assessment will ask for it; assessments already made count as incomplete until they rate it too.</p>
        <Card>
          <ActionForm action={saveEvaluationAreaAction} {...hidden} submitLabel="Add the area" resetOnSuccess>
            <AreaFields />
          </ActionForm>
        </Card>
      </section>
    </>
  );
}
