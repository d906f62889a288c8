import Link from "next/link";
import { ChartFigure, type FigureTable } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/fields";
import { formatPounds } from "@/components/ui/format";
import { CategoryBarChart, type BarReference } from "@/components/indicators/bar-chart";
import { sourceLine } from "@/components/indicators/source-line";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { countCell, figureCell, howLabel } from "@/lib/indicators/labels";
import { isMarker, type Shown } from "@/lib/indicators/suppression";
import { UNIT_SHORT } from "@/lib/indicators/units";
import type { BoardDashboard } from "@/lib/indicators/services/board-dashboard";
import { CapabilityHeatmap } from "@/components/review/capability-heatmap";

/**
 * The board dashboard's area-by-area sections, one per page under /dashboard. Every
 * indicator figure in `data` is already suppressed (lib/indicators/services/read.ts); hub
 * counts are suppressed by the loader. `base` is `/p/{partnership}`.
 */

/** Areas side by side for one indicator and period: the choice, then the chart with its table and CSV. */
export function BoardComparison({ data, base }: { data: BoardDashboard; base: string }) {
  return (
    <>
      <CompareForm data={data} base={base} />
      <Comparison data={data} />
    </>
  );
}

/** A plain GET form: works without JavaScript, and the address can be shared. */
function CompareForm({ data, base }: { data: BoardDashboard; base: string }) {
  if (data.indicators.length === 0) {
    return <EmptyState title="No indicators yet" text="The partnership has no indicators yet. A research partner adopts them from the national catalogue or defines its own." action={<Link href={`${base}/indicators`}>Go to the indicator catalogue</Link>} />;
  }
  const periods = data.chosen?.periods ?? [];
  return (
    <form method="get" action={`${base}/dashboard/indicators`} className="dashboard-form">
      <SelectField name="indicator" label="Indicator" options={data.indicators.map((i) => ({ value: i.code, label: i.name }))} defaultValue={data.chosen?.indicator.code} />
      <SelectField
        name="period"
        label="Period"
        options={periods.length ? [...periods].reverse().map((p) => ({ value: p.period, label: p.period })) : [{ value: "", label: "No figures yet" }]}
        defaultValue={data.chosen?.period?.period ?? ""}
      />
      <div className="form-actions">
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </div>
    </form>
  );
}

const num = (v: Shown | null | undefined) => (typeof v === "number" ? v : null);

function Comparison({ data }: { data: BoardDashboard }) {
  const chosen = data.chosen;
  if (!chosen) return null;
  const { indicator, period } = chosen;
  if (!period) return <EmptyState title={`No figures for ${indicator.name} yet`} text="Once a research partner uploads figures for it, the areas are compared here." />;
  const unit = indicator.unit;
  const references: BarReference[] = [];
  if (typeof chosen.la?.figure?.value === "number") references.push({ label: chosen.la.name, value: chosen.la.figure.value, colour: "orange" });
  if (typeof chosen.england?.value === "number") references.push({ label: "England", value: chosen.england.value, colour: "grey" });
  const table: FigureTable = {
    columns: [
      { key: "area", header: "Area" },
      { key: "value", header: `${indicator.name} (${UNIT_SHORT[unit]})`, numeric: true },
      { key: "lower", header: "Lower 95% limit", numeric: true },
      { key: "upper", header: "Upper 95% limit", numeric: true },
      { key: "numerator", header: "Numerator", numeric: true },
      { key: "denominator", header: "Denominator", numeric: true },
      { key: "how", header: "How the figure is made" },
      { key: "target", header: "Target", numeric: true },
    ],
    rows: [
      ...chosen.rows.map((r) => ({
        area: r.area.name,
        value: figureCell(unit, r.figure?.figure.value),
        lower: figureCell(unit, r.figure?.figure.lowerCi),
        upper: figureCell(unit, r.figure?.figure.upperCi),
        numerator: countCell(r.figure?.figure.numerator),
        denominator: countCell(r.figure?.figure.denominator),
        how: r.figure ? howLabel(r.figure) : "No figures",
        target: r.target ? figureCell(unit, r.target.value) : null,
      })),
      ...(chosen.la?.figure ? [{ area: `${chosen.la.name} (local authority)`, value: figureCell(unit, chosen.la.figure.value), lower: figureCell(unit, chosen.la.figure.lowerCi), upper: figureCell(unit, chosen.la.figure.upperCi), numerator: countCell(chosen.la.figure.numerator), denominator: countCell(chosen.la.figure.denominator), how: "Published", target: null }] : []),
      ...(chosen.england ? [{ area: "England", value: figureCell(unit, chosen.england.value), lower: figureCell(unit, chosen.england.lowerCi), upper: figureCell(unit, chosen.england.upperCi), numerator: countCell(chosen.england.numerator), denominator: countCell(chosen.england.denominator), how: "Published", target: null }] : []),
    ],
  };
  return (
    <ChartFigure
      id="compare-areas"
      title={`${indicator.name}, ${period.period}, by area`}
      caption={chosen.caption}
      source={sourceLine(indicator.source, chosen.files)}
      period={period.period}
      table={table}
      fileName={`areas-${indicator.code}-${period.period.replace(/[^0-9A-Za-z]+/g, "-")}.csv`}
      headingLevel={2}
    >
      <CategoryBarChart
        data={chosen.rows.map((r) => ({ label: r.area.name, value: num(r.figure?.figure.value), marker: isMarker(r.figure?.figure.value) ? (r.figure!.figure.value as string) : null }))}
        references={references}
        valueLabel={indicator.name}
        format={unit === "count" ? "whole" : "one-decimal"}
      />
    </ChartFigure>
  );
}

export function BoardProgress({ data, base }: { data: BoardDashboard; base: string }) {
  return data.progress.length === 0 ? (
        <EmptyState title="No areas yet" text="The partnership admin adds the Act Locally areas." />
      ) : (
        <DataTable
          caption="Where each area stands in the five-phase blueprint"
          columns={[
            { key: "area", header: "Area" },
            { key: "phase", header: "Phase" },
            { key: "done", header: "Required items done" },
            { key: "focus", header: "Focus issue" },
          ]}
          rows={data.progress.map((p) => ({
            key: p.area.id,
            cells: {
              area: <Link href={`${base}/areas/${p.area.slug}`}>{p.area.name}</Link>,
              phase: `${p.phase}. ${p.phaseName}${p.cycle > 1 ? ` (cycle ${p.cycle})` : ""}`,
              done: (
                <>
                  {p.met} of {p.required}
                  <progress className="progress-bar" max={p.required} value={p.met} aria-label={`${p.area.name}: ${p.met} of ${p.required} required items done`} />
                </>
              ),
              focus: p.focus ?? "Not agreed yet",
            },
          }))}
        />
      );
}

export function BoardBudgets({ data }: { data: BoardDashboard }) {
  const year = financialYearLabel(data.budget.financialYear);
  const withPots = data.areas.filter((a) => data.budget.byArea.has(a.id));
  return withPots.length === 0 ? (
        <EmptyState title={`No community budgets for ${year} yet`} text="Co-ordinators add each area's pot on its Community budget page." />
      ) : (
        <DataTable
          caption={`Community budget per area, ${year}`}
          columns={[
            { key: "area", header: "Area" },
            { key: "pot", header: "In the pot", numeric: true },
            { key: "awarded", header: "Awarded", numeric: true },
            { key: "spent", header: "Spent", numeric: true },
          ]}
          rows={data.areas.map((a) => {
            const s = data.budget.byArea.get(a.id);
            return { key: a.id, cells: { area: a.name, pot: s ? formatPounds(s.potPence) : "No pot", awarded: s ? formatPounds(s.awardedPence) : "", spent: s ? formatPounds(s.spentPence) : "" } };
          })}
        />
      );
}

/** A partnership with no hub figures yet has an empty state. */
export function BoardHubReach({ data }: { data: BoardDashboard }) {
  const rows = data.hubReach;
  const name = new Map(data.areas.map((a) => [a.id, a.name]));
  return rows.length === 0 ? (
        <EmptyState title="No School Health Hub figures yet" text="When the areas' hubs record their sessions, the children and families they reach show here, area by area." />
      ) : (
        <DataTable
          caption="School Health Hub reach per area this academic year (counts from 1 to 5 shown as c)"
          columns={[
            { key: "area", header: "Area" },
            { key: "sessions", header: "Sessions", numeric: true },
            { key: "seen", header: "Children seen", numeric: true },
            { key: "referrals", header: "Referrals", numeric: true },
            { key: "registrations", header: "New GP and dentist registrations", numeric: true },
          ]}
          rows={rows.map((r) => ({ key: r.areaId, cells: { area: name.get(r.areaId) ?? "", sessions: r.sessions, seen: r.childrenSeen, referrals: r.referrals, registrations: r.registrations } }))}
        />
      );
}

/** Each area's latest capability ratings: the review module's heatmap, in words as well as colour. */
export function BoardCapability({ data, base }: { data: BoardDashboard; base: string }) {
  return <CapabilityHeatmap heatmap={data.capability} areaHref={(slug) => `${base}/areas/${slug}/review/capability`} />;
}
