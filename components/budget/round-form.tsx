import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { createRoundAction } from "@/lib/budget/actions";
import { defaultRubric } from "@/lib/budget/rubric";

const EXTRA_ROWS = 2;

/**
 * A new funding round for one pot. The rubric starts from the guide's tests of a good
 * application, with two blank rows for the partnership's own; blank rows are left out.
 */
export function RoundForm({ partnership, area, budgetId, today }: { partnership: string; area: string; budgetId: string; today: string }) {
  const rubric = defaultRubric(() => "");
  const rows = [...rubric, ...Array.from({ length: EXTRA_ROWS }, () => ({ id: "", label: "", weight: 1 }))];
  return (
    <ActionForm action={createRoundAction} partnership={partnership} area={area} submitLabel="Create the round (as a draft)" pendingLabel="Creating…">
      <input type="hidden" name="budgetId" value={budgetId} />
      <TextField name="title" label="Title" hint="e.g. Autumn 2026 community grants" />
      <TextAreaField name="criteria" label="What applications must show" hint="In plain words, for applicants: who can apply, what for, and how it helps the focus priority." rows={4} />
      <div className="budget-form-grid">
        <TextField name="opensOn" label="Opens on" type="date" defaultValue={today} />
        <TextField name="closesOn" label="Closes on" type="date" />
        <TextField name="allocation" label="Amount this round may award (£)" inputMode="decimal" />
        <TextField name="maxAward" label="Largest single award (£)" inputMode="decimal" />
      </div>
      <fieldset className="budget-rubric">
        <legend className="field-label">Scoring rubric</legend>
        <p className="field-hint">Panellists score each criterion from 1 (poor) to 5 (excellent); a weight from 1 to 10 says how much it counts.</p>
        {rows.map((row, i) => (
          <div key={i} className="budget-rubric-row">
            <TextField name={`rubric.${i}.label`} label={`Criterion ${i + 1}`} defaultValue={row.label} />
            <TextField name={`rubric.${i}.weight`} label={`Weight of criterion ${i + 1}`} inputMode="numeric" defaultValue={String(row.weight)} />
          </div>
        ))}
      </fieldset>
    </ActionForm>
  );
}
