import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { adoptIndicatorAction, defineIndicatorAction, linkOutcomeMeasureAction, setTargetAction, setThresholdAction, updateIndicatorAction } from "@/lib/indicators/actions.definitions";
import { POLARITY_LABELS, UNIT_LABELS } from "@/lib/indicators/units";
import { POLARITIES, UNITS } from "@/lib/indicators/definition-inputs";
import type { CatalogueEntry } from "@/lib/indicators/catalogue";

const UNIT_OPTIONS = UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }));
const POLARITY_OPTIONS = POLARITIES.map((p) => ({ value: p, label: POLARITY_LABELS[p] }));
const THRESHOLD_HINT = "Counts from 1 to this number show as c, with the rates built on them. 5 is the usual threshold.";

export function AdoptForm({ partnership, entries }: { partnership: string; entries: CatalogueEntry[] }) {
  return (
    <ActionForm action={adoptIndicatorAction} partnership={partnership} submitLabel="Adopt indicator">
      <SelectField name="code" label="Indicator from the national catalogue" options={[{ value: "", label: "Choose an indicator" }, ...entries.map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))]} required />
    </ActionForm>
  );
}

export function DefineForm({ partnership }: { partnership: string }) {
  return (
    <ActionForm action={defineIndicatorAction} partnership={partnership} submitLabel="Add indicator" resetOnSuccess>
      <TextField name="code" label="Code" hint="How uploads and the API name it: lower-case letters, digits and hyphens, like school-readiness-gld." required />
      <TextField name="name" label="Name" required />
      <TextAreaField name="description" label="Description (optional)" hint="What is counted, of whom, and how." rows={3} />
      <SelectField name="unit" label="Unit" options={[{ value: "", label: "Choose the unit" }, ...UNIT_OPTIONS]} required />
      <SelectField name="polarity" label="Which way is better" options={[{ value: "", label: "Choose" }, ...POLARITY_OPTIONS]} required />
      <TextField name="source" label="Source" hint="The publisher or data owner, e.g. West Yorkshire Police under the data-sharing agreement." required />
      <TextField name="suppressionThreshold" label="Suppression threshold" hint={THRESHOLD_HINT} inputMode="numeric" defaultValue="5" required />
    </ActionForm>
  );
}

export function ThresholdForm({ partnership, indicatorId, threshold }: { partnership: string; indicatorId: string; threshold: number }) {
  return (
    <ActionForm action={setThresholdAction} partnership={partnership} submitLabel="Save threshold">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <TextField name="suppressionThreshold" label="Suppression threshold" hint={THRESHOLD_HINT} inputMode="numeric" defaultValue={String(threshold)} required />
    </ActionForm>
  );
}

export function UpdateForm({ partnership, indicator }: { partnership: string; indicator: { id: string; name: string; description: string | null; polarity: string; source: string } }) {
  return (
    <ActionForm action={updateIndicatorAction} partnership={partnership} submitLabel="Save indicator">
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <TextField name="name" label="Name" defaultValue={indicator.name} required />
      <TextAreaField name="description" label="Description (optional)" defaultValue={indicator.description ?? ""} rows={3} />
      <SelectField name="polarity" label="Which way is better" options={POLARITY_OPTIONS} defaultValue={indicator.polarity} required />
      <TextField name="source" label="Source" defaultValue={indicator.source} required />
    </ActionForm>
  );
}

export function TargetForm({ partnership, area, indicatorId, target }: { partnership: string; area: { slug: string; name: string }; indicatorId: string; target: { value: number; byPeriod: string | null; note: string | null } | null }) {
  return (
    <ActionForm action={setTargetAction} partnership={partnership} area={area.slug} submitLabel={`Save target for ${area.name}`}>
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <TextField name="value" label="Target value" hint="In the indicator's unit, e.g. 25 for 25%." inputMode="decimal" defaultValue={target ? String(target.value) : ""} required />
      <TextField name="byPeriod" label="By period (optional)" hint="As published, e.g. 2027/28. Leave blank for an ongoing target." defaultValue={target?.byPeriod ?? ""} />
      <TextField name="note" label="Note (optional)" hint="Where the target comes from, e.g. agreed at the October board." defaultValue={target?.note ?? ""} />
    </ActionForm>
  );
}

/** On an outcome measure in the area's monitoring and evaluation plan. */
export function LinkOutcomeForm({ partnership, area, measure, choices }: { partnership: string; area: string; measure: { id: string; name: string; indicatorId: string | null }; choices: { value: string; label: string }[] }) {
  return (
    <ActionForm action={linkOutcomeMeasureAction} partnership={partnership} area={area} submitLabel="Link indicator">
      <input type="hidden" name="outcomeMeasureId" value={measure.id} />
      <SelectField name="indicator" label={`Indicator for ${measure.name}`} options={[{ value: "", label: "Not linked" }, ...choices]} defaultValue={measure.indicatorId ? `indicator:${measure.indicatorId}` : ""} />
    </ActionForm>
  );
}
