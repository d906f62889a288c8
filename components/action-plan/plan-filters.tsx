import Link from "next/link";
import { STATUS_LABELS } from "@/lib/action-plan/labels";
import { STATUS_FILTERS, hasActiveFilters, type PlanFilters, type StatusFilter } from "@/lib/action-plan/filters";

const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: "All statuses",
  ...STATUS_LABELS,
  overdue: "Overdue (not done, past due date)",
};

/** A plain GET form: works without JavaScript, and the filtered plan can be bookmarked or shared. */
export function PlanFilterForm({ filters, owners, action }: { filters: PlanFilters; owners: { id: string; name: string }[]; action: string }) {
  return (
    <form method="get" action={action} className="filter-bar" aria-label="Filter the action plan">
      <div className="field">
        <label htmlFor="ap-filter-status" className="field-label">
          Status
        </label>
        <select id="ap-filter-status" name="status" defaultValue={filters.status} className="input select">
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {STATUS_FILTER_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ap-filter-owner" className="field-label">
          Owner
        </label>
        <select id="ap-filter-owner" name="owner" defaultValue={filters.owner} className="input select">
          <option value="all">All owners</option>
          <option value="none">No owner yet</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        Apply
      </button>
      {hasActiveFilters(filters) ? <Link href={action}>Clear filters</Link> : null}
    </form>
  );
}
