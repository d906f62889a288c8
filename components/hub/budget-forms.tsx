import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { addAllocationAction, addContributionAction, planHubBudgetAction, recordHubSpendAction, updateAllocationAction } from "@/lib/hub/actions";
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS, CONTRIBUTION_KIND_LABELS, CONTRIBUTION_KINDS } from "@/lib/hub/labels";
import { DEFAULT_TAPER, MAX_TAPER_YEARS } from "@/lib/hub/taper";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { penceToInput } from "@/lib/budget/money";
import type { AllocationView } from "@/lib/hub/services/budget-queries";

type Hidden = { partnership: string; area: string };

/**
 * The taper: the first financial year and its budget, then each later year as a percentage of
 * it. Blank years after the last one end the taper; two spare rows let it run longer.
 */
export function TaperForm({ hidden, plan, years, thisYear }: { hidden: Hidden; plan: { startYear: number; firstYearPence: number; percents: number[] } | null; years: number[]; thisYear: number }) {
  const startYear = plan?.startYear ?? thisYear;
  const percents = plan?.percents ?? [...DEFAULT_TAPER];
  const rows = Math.min(MAX_TAPER_YEARS, percents.length + 2);
  return (
    <ActionForm action={planHubBudgetAction} {...hidden} submitLabel={plan ? "Save the taper" : "Plan the hub budget"}>
      <div className="hub-form-grid">
        <SelectField name="startYear" label="First financial year" options={years.map((y) => ({ value: String(y), label: financialYearLabel(y) }))} defaultValue={String(startYear)} />
        <TextField name="firstYearBudget" label="First year's budget (£)" inputMode="decimal" hint="e.g. 40,000" defaultValue={plan ? penceToInput(plan.firstYearPence) : ""} />
      </div>
      <fieldset className="hub-subform">
        <legend className="field-label">Later years, as a percentage of the first year&apos;s budget</legend>
        <p className="field-hint">The guide&apos;s taper is 100, 75, 50 and 25 %. A year that has ended keeps its budget; leave the years after the taper ends blank.</p>
        <div className="hub-taper-grid">
          {Array.from({ length: rows - 1 }, (_, i) => i + 1).map((i) => (
            <TextField key={i} name={`percent.${i}`} label={`Year ${i + 1} (%)`} inputMode="numeric" defaultValue={percents[i] !== undefined ? String(percents[i]) : ""} />
          ))}
        </div>
      </fieldset>
    </ActionForm>
  );
}

const categoryOptions = BUDGET_CATEGORIES.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }));

export function AllocationForm({ hidden, budgetYearId, label }: { hidden: Hidden; budgetYearId: string; label: string }) {
  return (
    <ActionForm action={addAllocationAction} {...hidden} submitLabel={`Allocate from ${label}`} resetOnSuccess>
      <input type="hidden" name="budgetYearId" value={budgetYearId} />
      <div className="hub-form-grid">
        <SelectField name="category" label="Category" hint="Only what the guide allows the hub budget to be spent on" options={[{ value: "", label: "Choose a category" }, ...categoryOptions]} />
        <TextField name="amount" label="Amount (£)" inputMode="decimal" />
      </div>
      <TextField name="description" label="What it is for" hint="e.g. Hub co-ordinator, two days a week" />
    </ActionForm>
  );
}

export function EditAllocationForm({ hidden, allocation }: { hidden: Hidden; allocation: AllocationView }) {
  return (
    <ActionForm action={updateAllocationAction} {...hidden} submitLabel="Save the allocation">
      <input type="hidden" name="allocationId" value={allocation.id} />
      <div className="hub-form-grid">
        <TextField name="amount" label="Amount (£)" inputMode="decimal" defaultValue={penceToInput(allocation.amountPence)} />
        <TextField name="description" label="What it is for" defaultValue={allocation.description} />
      </div>
    </ActionForm>
  );
}

export function SpendForm({ hidden, allocations, today }: { hidden: Hidden; allocations: AllocationView[]; today: string }) {
  return (
    <ActionForm action={recordHubSpendAction} {...hidden} submitLabel="Record the spend" resetOnSuccess>
      <div className="hub-form-grid">
        <SelectField
          name="allocationId"
          label="Spent from"
          options={[{ value: "", label: "Choose the allocation" }, ...allocations.map((a) => ({ value: a.id, label: `${BUDGET_CATEGORY_LABELS[a.category]}: ${a.description}` }))]}
        />
        <TextField name="amount" label="Amount (£)" inputMode="decimal" />
        <TextField name="spentOn" label="Spent on" type="date" defaultValue={today} hint="In this financial year, 1 April to 31 March" />
      </div>
      <TextField name="description" label="What it was spent on" hint="e.g. Invoice for the clinic room's flooring" />
    </ActionForm>
  );
}

export function ContributionForm({ hidden, years, partners, defaultYear }: { hidden: Hidden; years: number[]; partners: { id: string; name: string }[]; defaultYear: number }) {
  return (
    <ActionForm action={addContributionAction} {...hidden} submitLabel="Record the contribution" resetOnSuccess>
      <div className="hub-form-grid">
        <SelectField name="financialYear" label="Financial year" options={years.map((y) => ({ value: String(y), label: financialYearLabel(y) }))} defaultValue={String(defaultYear)} />
        <SelectField
          name="organisationId"
          label="Statutory partner"
          hint="The local authority, a health body, the police or a school"
          options={[{ value: "", label: "Choose the partner" }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField name="kind" label="Money or in kind" options={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: CONTRIBUTION_KIND_LABELS[k] }))} defaultValue="in_kind" />
        <TextField name="value" label="Value (£)" inputMode="decimal" hint="For in-kind support, what it would cost to buy" />
      </div>
      <TextField name="description" label="What it is" hint="e.g. A school nurse at the hub one day a week" />
    </ActionForm>
  );
}
