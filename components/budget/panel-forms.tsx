"use client";

import { ActionForm } from "@/components/ui/action-form";
import { fieldId, useFormState } from "@/components/ui/form-context";
import { TextAreaField } from "@/components/ui/fields";
import { declareConflictAction, submitScoresAction } from "@/lib/budget/actions";
import type { Rubric } from "@/lib/budget/rubric";

type Hidden = { partnership: string; area: string };

const SCORE_WORDS = ["Poor", "Weak", "Fair", "Good", "Excellent"];

/** A group of radio buttons with its legend, error and the echoed choice after a refused submit. */
function Choice({ name, legend, options, hint }: { name: string; legend: string; options: { value: string; label: string }[]; hint?: string }) {
  const { formId, fieldErrors, values, version } = useFormState();
  const errors = fieldErrors[name] ?? [];
  const id = fieldId(formId ?? "panel", name);
  return (
    <fieldset className={errors.length ? "field budget-choice field-invalid" : "field budget-choice"} id={id} tabIndex={-1} aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {errors.length ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="budget-choice-options" key={version}>
        {options.map((o) => (
          <label key={o.value} className="budget-choice-option">
            <input type="radio" name={name} value={o.value} defaultChecked={values?.[name] === o.value} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Asked before anything else: a conflicted panellist never sees the scoring form. */
export function DeclareForm({ hidden, applicationId, organisationName }: { hidden: Hidden; applicationId: string; organisationName: string }) {
  return (
    <ActionForm action={declareConflictAction} {...hidden} submitLabel={`Record my answer for ${organisationName}`}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <Choice
        name="conflicted"
        legend={`Do you have a conflict of interest with ${organisationName}?`}
        hint="For example you work or volunteer there, sit on its board, or a close family member does."
        options={[
          { value: "no", label: "No" },
          { value: "yes", label: "Yes, I have a conflict" },
        ]}
      />
      <TextAreaField name="note" label="Anything the co-ordinator should know (optional)" rows={2} />
    </ActionForm>
  );
}

export function ScoreForm({ hidden, applicationId, organisationName, rubric }: { hidden: Hidden; applicationId: string; organisationName: string; rubric: Rubric }) {
  return (
    <ActionForm action={submitScoresAction} {...hidden} submitLabel={`Submit my scores for ${organisationName}`} pendingLabel="Submitting…">
      <input type="hidden" name="applicationId" value={applicationId} />
      {rubric.map((c) => (
        <Choice key={c.id} name={`score.${c.id}`} legend={`${c.label} (weight ${c.weight})`} options={SCORE_WORDS.map((word, i) => ({ value: String(i + 1), label: `${i + 1} ${word}` }))} />
      ))}
      <TextAreaField name="comment" label="Comment for the panel (optional)" rows={3} />
      <p className="field-hint">Submitted scores are final. You see the other panellists&apos; scores once yours are in.</p>
    </ActionForm>
  );
}
