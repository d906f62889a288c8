import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { addClosureDayAction, saveCalendarYearAction } from "@/lib/hub/actions";
import { academicYearLabel } from "@/lib/hub/dates";
import { TERM_LABELS, TERM_NAMES, type SchoolTermDates } from "@/lib/hub/school-calendar";

/** One academic year's three terms with their half-terms, saved together so they always agree. */
export function CalendarYearForm({ partnership, academicYear, terms }: { partnership: string; academicYear: number; terms: SchoolTermDates[] }) {
  return (
    <ActionForm action={saveCalendarYearAction} partnership={partnership} submitLabel={`Save ${academicYearLabel(academicYear)}`}>
      <input type="hidden" name="academicYear" value={String(academicYear)} />
      {TERM_NAMES.map((name) => {
        const t = terms.find((x) => x.term === name);
        return (
          <fieldset key={name} className="hub-subform">
            <legend className="field-label">{TERM_LABELS[name]} term</legend>
            <div className="hub-calendar-grid">
              <TextField name={`${name}.startsOn`} label="First day" type="date" defaultValue={t?.startsOn} />
              <TextField name={`${name}.halfTermStartsOn`} label="Half-term from" type="date" defaultValue={t?.halfTermStartsOn} />
              <TextField name={`${name}.halfTermEndsOn`} label="Half-term to" type="date" defaultValue={t?.halfTermEndsOn} />
              <TextField name={`${name}.endsOn`} label="Last day" type="date" defaultValue={t?.endsOn} />
            </div>
          </fieldset>
        );
      })}
    </ActionForm>
  );
}

export function ClosureForm({ partnership }: { partnership: string }) {
  return (
    <ActionForm action={addClosureDayAction} partnership={partnership} submitLabel="Add the closure day" resetOnSuccess>
      <div className="hub-form-grid">
        <TextField name="date" label="Date" type="date" />
        <TextField name="label" label="Why schools are closed" hint="e.g. Early May bank holiday, staff training day" />
      </div>
    </ActionForm>
  );
}
