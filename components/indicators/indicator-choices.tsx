import { chooseIndicatorAction } from "@/lib/indicators/uploads/actions";
import { UNIT_LABELS, UNITS } from "@/lib/indicators/uploads/units";
import type { SummaryIndicator } from "@/lib/indicators/uploads/summary";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";

/**
 * What to do with an indicator of the file that the partnership does not have: create it
 * (named and with a unit), take the national catalogue's definition, use one of the
 * partnership's own, or leave its rows out. Each choice is its own small form.
 */
const POLARITY_OPTIONS = [
  { value: "neither", label: "Neither (a context measure)" },
  { value: "higher_is_better", label: "Higher is better" },
  { value: "lower_is_better", label: "Lower is better" },
];

export function IndicatorChoices({ partnership, batchId, entry, existing }: { partnership: string; batchId: string; entry: SummaryIndicator; existing: { id: string; name: string; code: string }[] }) {
  const hidden = (choice: string) => (
    <>
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="key" value={entry.key} />
      <input type="hidden" name="choice" value={choice} />
    </>
  );
  const label = entry.sourceName;
  return (
    <details className="upload-choice">
      <summary>Change what happens to “{label}”</summary>
      <div className="upload-choice-forms">
        {entry.catalogueCode ? (
          entry.action !== "adopt" ? (
            <ActionForm action={chooseIndicatorAction} partnership={partnership} submitLabel={`Take the catalogue's definition for “${label}”`}>
              {hidden("adopt")}
            </ActionForm>
          ) : null
        ) : (
          <ActionForm action={chooseIndicatorAction} partnership={partnership} submitLabel={`Create “${label}” as a new indicator`}>
            {hidden("create")}
            <TextField name="name" label="Name" defaultValue={entry.action === "create" ? entry.name : entry.sourceName} />
            <SelectField name="unit" label="Unit" options={[{ value: "", label: "Choose the unit" }, ...UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))]} defaultValue={entry.unit ?? ""} />
            <SelectField name="polarity" label="Which way is better" options={POLARITY_OPTIONS} defaultValue={entry.polarity} />
          </ActionForm>
        )}
        {existing.length ? (
          <ActionForm action={chooseIndicatorAction} partnership={partnership} submitLabel={`Put “${label}” into an existing indicator`}>
            {hidden("existing")}
            <SelectField name="indicatorId" label="The partnership's indicator" options={[{ value: "", label: "Choose an indicator" }, ...existing.map((e) => ({ value: e.id, label: `${e.name} (${e.code})` }))]} />
          </ActionForm>
        ) : null}
        {entry.action !== "skip" ? (
          <ActionForm action={chooseIndicatorAction} partnership={partnership} submitLabel={`Leave out the rows of “${label}”`}>
            {hidden("skip")}
          </ActionForm>
        ) : null}
      </div>
    </details>
  );
}
