import Link from "next/link";
import { ChartFigure, type FigureTable } from "@/components/charts/chart-figure";
import { EmptyState } from "@/components/ui/empty-state";
import { TrendChart, type TrendDatum } from "@/components/indicators/trend-chart";
import { CategoryBarChart } from "@/components/indicators/bar-chart";
import { sourceLine } from "@/components/indicators/source-line";
import { breakdownCaption } from "@/lib/indicators/caption";
import { countCell, figureCell, howLabel, LEVEL_NOUNS } from "@/lib/indicators/labels";
import { isMarker } from "@/lib/indicators/suppression";
import { formatWithUnit, POLARITY_LABELS, UNIT_LABELS, UNIT_SHORT } from "@/lib/indicators/units";
import type { FocusIndicator } from "@/lib/indicators/services/area-dashboard";

const num = (v: unknown) => (typeof v === "number" ? v : null);

/** One focus indicator on the area dashboard: its trend, and its latest period by geography. */
export function FocusIndicatorSection({ focus, area, indicatorHref }: { focus: FocusIndicator; area: { name: string; slug: string }; indicatorHref: string }) {
  const { indicator, trend, breakdown, target, laName } = focus;
  const unit = indicator.unit;
  const id = `indicator-${indicator.code}`;
  const header = `${indicator.name} (${UNIT_SHORT[unit]})`;
  const data: TrendDatum[] = trend.map((t) => ({
    period: t.period,
    area: num(t.area.value),
    band: typeof t.area.lowerCi === "number" && typeof t.area.upperCi === "number" ? [t.area.lowerCi, t.area.upperCi] : null,
    england: num(t.england?.value),
    la: num(t.la?.value),
    areaMarker: isMarker(t.area.value) ? t.area.value : null,
  }));
  const table: FigureTable = {
    columns: [
      { key: "period", header: "Period" },
      { key: "value", header: `${area.name}: ${header}`, numeric: true },
      { key: "lower", header: "Lower 95% limit", numeric: true },
      { key: "upper", header: "Upper 95% limit", numeric: true },
      { key: "numerator", header: "Numerator", numeric: true },
      { key: "denominator", header: "Denominator", numeric: true },
      { key: "how", header: "How the figure is made" },
      { key: "england", header: "England", numeric: true },
      ...(laName ? [{ key: "la", header: laName, numeric: true }] : []),
      { key: "target", header: "Target", numeric: true },
    ],
    rows: trend.map((t) => ({
      period: t.period,
      value: figureCell(unit, t.area.value),
      lower: figureCell(unit, t.area.lowerCi),
      upper: figureCell(unit, t.area.upperCi),
      numerator: countCell(t.area.numerator),
      denominator: countCell(t.area.denominator),
      how: howLabel(t),
      england: figureCell(unit, t.england?.value),
      la: figureCell(unit, t.la?.value),
      target: target ? figureCell(unit, target.value) : null,
    })),
  };
  const source = sourceLine(indicator.source, focus.files);
  const periodText = trend.length ? (trend.length === 1 ? trend[0]!.period : `${trend[0]!.period} to ${trend[trend.length - 1]!.period}`) : "none yet";

  return (
    <section aria-labelledby={`${id}-heading`} className="record-section indicator-section">
      <h2 id={`${id}-heading`} className="section-title">
        {indicator.name}
      </h2>
      <dl className="meta-list">
        <div>
          <dt>Code</dt>
          <dd>
            <Link href={indicatorHref}>
              <code>{indicator.code}</code>
            </Link>
          </dd>
        </div>
        <div>
          <dt>Unit</dt>
          <dd>{UNIT_LABELS[unit]}</dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{POLARITY_LABELS[indicator.polarity]}</dd>
        </div>
        <div>
          <dt>Outcome measures</dt>
          <dd>{focus.measures.join("; ")}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {target ? `${formatWithUnit(unit, target.value)}${target.byPeriod ? ` by ${target.byPeriod}` : ""}${target.note ? ` (${target.note})` : ""}` : "None set"}
          </dd>
        </div>
      </dl>
      {trend.length === 0 ? (
        <EmptyState title="No figures yet" text={`No committed figures for ${indicator.name} yet. A research partner uploads them; then they appear here, with small numbers shown as c.`} />
      ) : (
        <ChartFigure id={`${id}-trend`} title={`${indicator.name}: ${area.name} over time`} caption={focus.caption} source={source} period={periodText} table={table} fileName={`${area.slug}-${indicator.code}.csv`}>
          <TrendChart data={data} unit={unit} areaName={area.name} laName={laName} target={target?.value ?? null} />
        </ChartFigure>
      )}
      {breakdown ? <BreakdownFigure focus={focus} area={area} source={source} /> : null}
    </section>
  );
}

function BreakdownFigure({ focus, area, source }: { focus: FocusIndicator; area: { name: string; slug: string }; source: string }) {
  const b = focus.breakdown!;
  const unit = focus.indicator.unit;
  const [one, many] = LEVEL_NOUNS[b.level];
  const rows = [...b.rows].sort((x, y) => x.code.localeCompare(y.code));
  const hidden = rows.filter((r) => r.figure.value === "c" || r.figure.numerator === "c").length + (b.total?.value === "c" ? 1 : 0);
  const table: FigureTable = {
    columns: [
      { key: "code", header: `${one[0]!.toUpperCase()}${one.slice(1)} code` },
      { key: "name", header: "Name" },
      { key: "numerator", header: "Numerator", numeric: true },
      { key: "denominator", header: "Denominator", numeric: true },
      { key: "value", header: `${focus.indicator.name} (${UNIT_SHORT[unit]})`, numeric: true },
    ],
    rows: [
      ...rows.map((r) => ({ code: r.code, name: r.name ?? "", numerator: countCell(r.figure.numerator), denominator: countCell(r.figure.denominator), value: figureCell(unit, r.figure.value) })),
      ...(b.total ? [{ code: "Total", name: `${area.name} (worked out)`, numerator: countCell(b.total.numerator), denominator: countCell(b.total.denominator), value: figureCell(unit, b.total.value) }] : []),
    ],
  };
  return (
    <ChartFigure
      id={`indicator-${focus.indicator.code}-breakdown`}
      title={`${focus.indicator.name} by ${one}, ${b.period}`}
      caption={breakdownCaption({ place: area.name, period: b.period, unit, levelPlural: many, how: b.how, total: b.total?.value ?? null, rows: rows.length, hidden })}
      source={source}
      period={b.period}
      table={table}
      fileName={`${area.slug}-${focus.indicator.code}-${b.period.replace(/[^0-9A-Za-z]+/g, "-")}-by-${one.replace(/\s+/g, "-")}.csv`}
      headingLevel={3}
    >
      <CategoryBarChart
        data={rows.map((r) => ({ label: r.code, value: num(r.figure.value), marker: isMarker(r.figure.value) ? r.figure.value : null }))}
        references={typeof b.total?.value === "number" ? [{ label: area.name, value: b.total.value, colour: "grey" }] : []}
        valueLabel={focus.indicator.name}
        format={unit === "count" ? "whole" : "one-decimal"}
      />
    </ChartFigure>
  );
}
