import { createCapabilityAssessmentAction, updateCapabilityAssessmentAction } from "@/lib/review/actions";
import type { EvaluationArea } from "@/lib/review/services/self-evaluation";
import type { AssessmentView } from "@/lib/review/services/capability";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";

const RATING_OPTIONS = [
  { value: "", label: "Not rated yet" },
  { value: "red", label: "Red" },
  { value: "amber", label: "Amber" },
  { value: "green", label: "Green" },
];

type Props = {
  hidden: { partnership: string; area: string };
  /** The self-evaluation areas in use, in order. */
  areas: EvaluationArea[];
  today: string;
  /** The assessment being completed or corrected; a new one when absent. */
  assessment?: AssessmentView;
};

/**
 * A capability analysis: each self-evaluation area rated red, amber or green, with a note
 * and evidence, beside what each rating looks like. An area may be left unrated for now:
 * the assessment then does not count for the checklist until it is completed.
 */
export function AssessmentForm({ hidden, areas, today, assessment }: Props) {
  const byArea = new Map((assessment?.ratings ?? []).map((r) => [r.evaluationAreaId, r]));
  return (
    <ActionForm
      action={assessment ? updateCapabilityAssessmentAction : createCapabilityAssessmentAction}
      {...hidden}
      submitLabel={assessment ? "Save the changes" : "Save the assessment"}
    >
      {assessment ? <input type="hidden" name="assessmentId" value={assessment.id} /> : null}
      <TextField name="assessedOn" label="Date of the assessment" type="date" defaultValue={assessment?.assessedOn ?? today} />
      <div className="rv-assessment-areas">
        {areas.map((a) => {
          const current = a.id ? byArea.get(a.id) : undefined;
          return (
            <fieldset key={a.key} className="rv-assessment-area">
              <legend>{a.name}</legend>
              <p className="muted">{a.description}</p>
              <dl className="rv-looks-like">
                <div>
                  <dt>Red looks like</dt>
                  <dd>{a.redLooksLike}</dd>
                </div>
                <div>
                  <dt>Amber looks like</dt>
                  <dd>{a.amberLooksLike}</dd>
                </div>
                <div>
                  <dt>Green looks like</dt>
                  <dd>{a.greenLooksLike}</dd>
                </div>
              </dl>
              <SelectField name={`rating.${a.key}`} label={`Rating: ${a.name}`} options={RATING_OPTIONS} defaultValue={current?.rating ?? ""} />
              <TextAreaField name={`note.${a.key}`} label={`Why this rating: ${a.name}`} rows={2} defaultValue={current?.note} />
              <TextField name={`evidence.${a.key}`} label={`Evidence (optional): ${a.name}`} hint="What shows it: minutes, a survey, a link." defaultValue={current?.evidence ?? undefined} />
            </fieldset>
          );
        })}
      </div>
      <TextAreaField name="summary" label="Summary (optional)" hint="What the convening partnership took from the assessment." rows={3} defaultValue={assessment?.summary ?? undefined} />
    </ActionForm>
  );
}
