import { recordFeedbackAction } from "@/lib/review/actions";
import { FEEDBACK_SOURCE_LABELS, FEEDBACK_SOURCES } from "@/lib/review/labels";
import type { FeedbackSource } from "@/lib/generated/prisma/enums";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { PersonalDataConfirm } from "@/components/review/personal-data-confirm";

const RECIPIENT: FeedbackSource = "grant_recipient";

const RATINGS = [
  { value: "", label: "No rating given" },
  { value: "5", label: "5: excellent" },
  { value: "4", label: "4: good" },
  { value: "3", label: "3: fair" },
  { value: "2", label: "2: poor" },
  { value: "1", label: "1: very poor" },
];

type Props = {
  hidden: { partnership: string; area: string };
  today: string;
  /** A recipient's feedback on their award (the budget pages): the source and award are fixed. */
  award?: { id: string; organisationName: string };
};

/**
 * The one feedback form: from the review pages (any source) and from an award on the
 * budget pages (a community budget recipient). Who gave it is a role, never a name.
 */
export function FeedbackForm({ hidden, today, award }: Props) {
  return (
    <ActionForm action={recordFeedbackAction} {...hidden} submitLabel="Save the feedback" resetOnSuccess>
      {award ? (
        <>
          <input type="hidden" name="source" value={RECIPIENT} />
          <input type="hidden" name="awardId" value={award.id} />
        </>
      ) : (
        <SelectField name="source" label="Who it is from" options={[{ value: "", label: "Choose who it is from" }, ...FEEDBACK_SOURCES.map((s) => ({ value: s, label: FEEDBACK_SOURCE_LABELS[s] }))]} />
      )}
      <TextField name="role" label="Their role" hint="For example: public health commissioner; project lead; parent of a Year 5 pupil. Never a child's name." defaultValue={award ? `Project lead, ${award.organisationName}` : undefined} />
      <SelectField name="rating" label="Their rating (optional)" options={RATINGS} />
      <TextAreaField name="comments" label={award ? "What they said about the grant and the process" : "What they said"} rows={3} />
      <TextField name="receivedOn" label="Date" type="date" defaultValue={today} />
      <PersonalDataConfirm fields={["role", "comments"]} />
    </ActionForm>
  );
}
