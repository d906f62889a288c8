"use client";

import { useId } from "react";
import { useFormState } from "@/components/ui/form-context";
import { checkPersonalData, PERSONAL_DATA_LABELS, termsToConfirm } from "@/lib/review/personal-data";
import "@/app/review.css";

/**
 * Inside a form whose save was refused by the personal-data check: the words it flagged
 * that an author may vouch for, each with a box "not a person's identity". It runs the
 * same pure check the server ran, on the text the form sent back, so it offers exactly
 * the words the server named. Ticks are posted as notPersonal.0, notPersonal.1…
 */
export function PersonalDataConfirm({ fields }: { fields: readonly string[] }) {
  const { values, version } = useFormState();
  const id = useId();
  if (!values) return null;
  const confirmed = Object.entries(values)
    .filter(([name]) => name.startsWith("notPersonal."))
    .map(([, v]) => v);
  const check = checkPersonalData(Object.fromEntries(fields.map((f) => [f, values[f] ?? ""])), []);
  const terms = termsToConfirm(check.blocking);
  if (terms.length === 0) return null;
  return (
    <fieldset className="rv-confirm" key={version}>
      <legend>Check the words the platform flagged</legend>
      <p>Take out anything that could identify a person. If a flagged word is not a person&rsquo;s identity (a school&rsquo;s or a service&rsquo;s name, for example), tick it to confirm: your confirmation is recorded with what you save.</p>
      {terms.map((t, i) => (
        <div className="field field-checkbox" key={`${t.term}-${i}`}>
          <div className="checkbox">
            <input id={`${id}-${i}`} name={`notPersonal.${i}`} type="checkbox" value={t.term} className="checkbox-input" defaultChecked={confirmed.includes(t.term)} />
            <label htmlFor={`${id}-${i}`} className="checkbox-label">
              “{t.term}” is not a person&rsquo;s identity <span className="muted">(flagged as {PERSONAL_DATA_LABELS[t.kind]})</span>
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** The warning every form that takes free text about people shows before it is filled in. */
export function PersonalDataWarning() {
  return (
    <div className="rv-warning" role="note">
      <p>
        <strong>No child-level personal data.</strong> Do not write names, ages with names, dates of birth, addresses, postcodes, phone numbers, email addresses, pupil or NHS numbers, or anything else that could identify a child or their family. Use roles (&ldquo;a Year 8 pupil&rdquo;, &ldquo;a parent&rdquo;) instead. The platform checks before saving.
      </p>
    </div>
  );
}
