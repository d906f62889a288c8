import { createCaseStudyAction } from "@/lib/review/actions";
import { CONSENT_SCOPE_LABELS, CONSENT_SCOPES } from "@/lib/review/labels";
import type { LinkOptions } from "@/lib/review/services/case-studies";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { PersonalDataConfirm, PersonalDataWarning } from "@/components/review/personal-data-confirm";

/**
 * A new case study: the story, what it shows, what it illustrates (action items, community
 * budget awards) and the consent given for it. The server checks it for personal details
 * before saving; flagged words are named, and the author takes them out or confirms them.
 */
export function CaseStudyForm({ hidden, today, options }: { hidden: { partnership: string; area: string }; today: string; options: LinkOptions }) {
  return (
    <ActionForm action={createCaseStudyAction} {...hidden} submitLabel="Check and save the case study">
      <PersonalDataWarning />
      <TextField name="title" label="Title" hint="e.g. Evening sessions bring a Year 9 group back to school" />
      <TextAreaField name="story" label="The story" hint="What happened, for whom (by role: “a Year 9 pupil”, “a parent”), and what changed." rows={8} />
      <TextAreaField name="whatItShows" label="What it shows" hint="The impact or the learning it demonstrates." rows={3} />
      {options.actionItems.length ? (
        <fieldset className="record-fieldset">
          <legend className="field-label">Action-plan items it illustrates (optional)</legend>
          {options.actionItems.map((i) => (
            <CheckboxField key={i.id} name="actionItemIds" value={i.id} label={i.title} />
          ))}
        </fieldset>
      ) : null}
      {options.awards.length ? (
        <fieldset className="record-fieldset">
          <legend className="field-label">Community budget awards it illustrates (optional)</legend>
          {options.awards.map((a) => (
            <CheckboxField key={a.id} name="awardIds" value={a.id} label={a.label} />
          ))}
        </fieldset>
      ) : null}
      {options.hubServices.length ? (
        <fieldset className="record-fieldset">
          <legend className="field-label">School Health Hub services it illustrates (optional)</legend>
          {options.hubServices.map((s) => (
            <CheckboxField key={s.id} name="hubServiceIds" value={s.id} label={s.label} />
          ))}
        </fieldset>
      ) : null}
      <fieldset className="record-fieldset">
        <legend className="field-label">Consent</legend>
        <TextField name="consentGivenBy" label="Who gave consent (their role, not their name)" hint="e.g. the young person and their parent" />
        <SelectField name="consentScope" label="What it may be used for" options={[{ value: "", label: "Choose what the consent covers" }, ...CONSENT_SCOPES.map((s) => ({ value: s, label: CONSENT_SCOPE_LABELS[s] }))]} />
        <TextField name="consentOn" label="Date consent was given" type="date" defaultValue={today} />
        <CheckboxField name="consentConfirmed" label="Consent was given for this use, and is kept on file by the organisation that collected the story" />
      </fieldset>
      <PersonalDataConfirm fields={["title", "story", "whatItShows", "consentGivenBy"]} />
    </ActionForm>
  );
}
