import type { Metadata } from "next";
import { requirePartnership } from "@/lib/tenancy/page";
import { getCalendar } from "@/lib/hub/services/queries";
import { mayEditSchoolCalendar } from "@/lib/hub/services/calendar";
import { removeClosureDayAction } from "@/lib/hub/actions";
import { academicYearLabel, academicYearOf, fullDate } from "@/lib/hub/dates";
import { sortedTerms, TERM_LABELS } from "@/lib/hub/school-calendar";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CalendarYearForm, ClosureForm } from "@/components/hub/calendar-forms";
import "@/app/hub.css";

export const metadata: Metadata = { title: "School calendar" };

/**
 * The partnership's school calendar: term and half-term dates per academic year, and closure
 * days. School Health Hub timetables run weekly sessions on its school days only.
 */
export default async function SchoolCalendarPage({ params }: { params: Promise<{ partnership: string }> }) {
  const { ctx } = await requirePartnership((await params).partnership);
  const calendar = await getCalendar(ctx);
  const canEdit = mayEditSchoolCalendar(ctx.grants);
  const terms = sortedTerms(calendar.terms);
  const years = [...new Set(terms.map((t) => t.academicYear))];
  const current = academicYearOf(ukToday());
  const newYears = [current - 1, current, current + 1, current + 2, ...(years.length ? [years.at(-1)! + 1] : [])].filter((y, i, all) => !years.includes(y) && all.indexOf(y) === i).sort((a, b) => a - b);
  const nextYear = newYears.find((y) => y > (years.at(-1) ?? current - 1)) ?? newYears[0];

  return (
    <>
      <PageHeader
        title="School calendar"
        description="The partnership's own entry of its schools' term dates, half-terms and closure days. School Health Hub sessions run weekly in term time only, so keep it up to date; check it against the council's published term dates."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "School calendar" }]}
      />
      {years.length === 0 ? <EmptyState title="No term dates yet" text={canEdit ? "Enter the term dates of the current academic year below." : "A co-ordinator or partnership admin enters the term dates."} /> : null}
      {years.map((year) => {
        const own = terms.filter((t) => t.academicYear === year);
        return (
          <section key={year} aria-labelledby={`year-${year}`} className="record-section">
            <h2 id={`year-${year}`} className="section-title">
              {academicYearLabel(year)}
            </h2>
            <DataTable
              caption={`Term dates, ${academicYearLabel(year)}`}
              columns={[
                { key: "term", header: "Term" },
                { key: "starts", header: "First day" },
                { key: "half", header: "Half-term" },
                { key: "ends", header: "Last day" },
              ]}
              rows={own.map((t) => ({
                key: t.term,
                cells: { term: TERM_LABELS[t.term], starts: fullDate(t.startsOn), half: `${fullDate(t.halfTermStartsOn)} to ${fullDate(t.halfTermEndsOn)}`, ends: fullDate(t.endsOn) },
              }))}
            />
            {canEdit ? (
              <details className="hub-details">
                <summary>Change {academicYearLabel(year)}</summary>
                <CalendarYearForm partnership={ctx.partnershipSlug} academicYear={year} terms={own} />
              </details>
            ) : null}
          </section>
        );
      })}
      {canEdit && nextYear !== undefined ? (
        <section aria-labelledby="new-year" className="record-section">
          <h2 id="new-year" className="section-title">
            Add {academicYearLabel(nextYear)}
          </h2>
          <CalendarYearForm partnership={ctx.partnershipSlug} academicYear={nextYear} terms={[]} />
        </section>
      ) : null}
      <section aria-labelledby="closures" className="record-section">
        <h2 id="closures" className="section-title">
          Closure days in term
        </h2>
        {calendar.closures.length ? (
          <DataTable
            caption="Closure days"
            columns={[{ key: "date", header: "Date" }, { key: "label", header: "Why" }, ...(canEdit ? [{ key: "remove", header: "Remove" }] : [])]}
            rows={calendar.closures.map((c) => ({
              key: c.date,
              cells: {
                date: fullDate(c.date),
                label: c.label,
                remove: canEdit ? (
                  <ConfirmButton
                    action={removeClosureDayAction}
                    fields={{ partnership: ctx.partnershipSlug, closureId: calendar.closureIds.get(c.date)! }}
                    label={`Remove ${fullDate(c.date)}`}
                    confirmTitle={`Remove ${fullDate(c.date)} as a closure day?`}
                    confirmText="Weekly hub sessions will run on it again."
                    confirmLabel="Remove the closure day"
                  />
                ) : null,
              },
            }))}
          />
        ) : (
          <p className="muted">No closure days entered.</p>
        )}
        {canEdit ? (
          <details className="hub-details">
            <summary>Add a closure day</summary>
            <ClosureForm partnership={ctx.partnershipSlug} />
          </details>
        ) : null}
      </section>
    </>
  );
}
