import Link from "next/link";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { RAG_MEANINGS, RAGS, STATUS_LABELS, STATUSES } from "@/lib/action-plan/labels";
import { isoDate } from "@/lib/blueprint/today";
import type { ActionItemStatus, Rag } from "@/lib/generated/prisma/enums";
import type { TheoryOutcome } from "@/lib/theory-of-change/content";

export type ItemValues = {
  title: string;
  description: string | null;
  ownerOrganisationId: string | null;
  dueOn: Date | null;
  status: ActionItemStatus;
  rag: Rag;
  outcomeId: string | null;
};

type Props = {
  owners: { id: string; name: string }[];
  theory: { theoryExists: boolean; outcomes: TheoryOutcome[] };
  theoryHref: string;
  item?: ItemValues;
};

/** The fields of an action item, shared by the "add" form on the plan and the edit form on the item's page. */
export function ActionItemFields({ owners, theory, theoryHref, item }: Props) {
  const outcomeOptions = theory.outcomes.map((o) => ({ value: o.id, label: o.text }));
  // An outcome later removed from the theory of change stays selectable, so saving other fields does not drop it.
  if (item?.outcomeId && !outcomeOptions.some((o) => o.value === item.outcomeId)) {
    outcomeOptions.unshift({ value: item.outcomeId, label: "An outcome no longer in the theory of change" });
  }
  return (
    <>
      <TextField name="title" label="Title" hint="What will be done, in a line." defaultValue={item?.title} required />
      <TextAreaField name="description" label="Description (optional)" rows={3} defaultValue={item?.description ?? undefined} />
      <SelectField
        name="ownerOrganisationId"
        label="Owner organisation"
        hint="The partner organisation responsible for it. Every open item needs an owner and a due date for the phase 3 checklist."
        options={[{ value: "", label: "No owner yet" }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
        defaultValue={item?.ownerOrganisationId ?? ""}
      />
      <TextField name="dueOn" label="Due date" type="date" defaultValue={item?.dueOn ? isoDate(item.dueOn) : undefined} />
      <SelectField name="status" label="Status" options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} defaultValue={item?.status ?? "not_started"} />
      <SelectField name="rag" label="RAG rating" options={RAGS.map((r) => ({ value: r, label: RAG_MEANINGS[r] }))} defaultValue={item?.rag ?? "green"} />
      {outcomeOptions.length > 0 ? (
        <SelectField
          name="outcomeId"
          label="Theory of change outcome"
          hint="The outcome of the area's theory of change this action works towards."
          options={[{ value: "", label: "Not linked to an outcome" }, ...outcomeOptions]}
          defaultValue={item?.outcomeId ?? ""}
        />
      ) : (
        <p className="muted">
          {theory.theoryExists ? "The area's theory of change has no outcomes yet" : "The area has no theory of change for its focus issue yet"}, so this item cannot be linked to an outcome.{" "}
          <Link href={theoryHref}>Go to the theory of change</Link>.
        </p>
      )}
    </>
  );
}
