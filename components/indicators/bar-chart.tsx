import { formatCount, formatOneDecimal } from "@/lib/indicators/units";
/**
 * Bars for categories (areas side by side, an area's geographies, IMD deciles), drawn as SVG
 * on the server: no chart library is sent to the browser for them, which keeps the board
 * dashboard under the 200 KB of JavaScript a page may cost (issue 9; Recharts alone was
 * about 125 KB compressed). The trend chart, which needs a tooltip to read a confidence band,
 * stays a Recharts client component. Receives suppressed figures only: a hidden bar is null
 * and its marker goes on the axis under it ("E01010804 (c)"). Every value drawn is also in
 * the table and CSV of the ChartFigure around it, which exposes the chart as one image.
 */
export type BarDatum = { label: string; value: number | null; marker: string | null };
export type BarReference = { label: string; value: number; colour: "grey" | "orange" | "green" };

const COLOURS = { grey: "#505a5f", orange: "#b35c00", green: "#00703c" } as const;
const INK = "#1b2631";
const BAR = "#0b5563";
const GRID = "#d5dce0";
/** The drawing's own coordinate width grows with the bars, from 480 to 960; the SVG scales to its container. */
const widthFor = (bars: number) => Math.min(960, Math.max(480, bars * 32 + 96));
const MARGIN = { top: 24, right: 24, left: 72 };

/** Up to about five round ticks from 0 (or the lowest negative value) to at least `max`. */
export function niceTicks(min: number, max: number): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [lo, lo + 1];
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let k = Math.floor(lo / step + 1e-9); k * step < hi + step * (1 - 1e-9); k += 1) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

export function CategoryBarChart({ data, references = [], valueLabel, format, height = 300 }: { data: BarDatum[]; references?: BarReference[]; valueLabel: string; format: "one-decimal" | "whole"; height?: number }) {
  const show = format === "whole" ? formatCount : formatOneDecimal;
  const labelled = data.map((d) => ({ ...d, axis: d.value === null && d.marker ? `${d.label} (${d.marker})` : d.label }));
  const values = [...data.flatMap((d) => (d.value === null ? [] : [d.value])), ...references.map((r) => r.value)];
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const longest = Math.max(0, ...labelled.map((d) => d.axis.length));
  const WIDTH = widthFor(data.length);
  const band = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, data.length);
  // Labels that do not fit under their bar are turned, and the drawing grows to hold them.
  const turned = longest * 7 > band;
  const bottom = turned ? Math.min(180, 16 + longest * 5.6) : 28;
  const plotHeight = height - MARGIN.top - 10;
  const total = MARGIN.top + plotHeight + bottom;
  const y = (v: number) => MARGIN.top + ((high - v) / (high - low)) * plotHeight;
  const valueLabels = band >= 30;
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${total}`} width="100%" className="bar-chart" aria-hidden="true" focusable="false" fontFamily="inherit">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke={GRID} strokeDasharray="3 3" />
            <text x={MARGIN.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fill={INK} fontSize={13}>
              {show(t)}
            </text>
          </g>
        ))}
        {labelled.map((d, i) => {
          const x = MARGIN.left + i * band;
          const centre = x + band / 2;
          const axisY = MARGIN.top + plotHeight + 14;
          return (
            <g key={`${d.label}-${i}`}>
              {d.value !== null ? (
                <>
                  <rect x={x + band * 0.1} width={band * 0.8} y={Math.min(y(d.value), y(0))} height={Math.abs(y(d.value) - y(0))} fill={BAR}>
                    <title>{`${d.label}: ${show(d.value)} (${valueLabel})`}</title>
                  </rect>
                  {valueLabels ? (
                    <text x={centre} y={y(Math.max(d.value, 0)) - 5} textAnchor="middle" fill={INK} fontSize={12}>
                      {show(d.value)}
                    </text>
                  ) : null}
                </>
              ) : null}
              {turned ? (
                <text x={centre} y={axisY - 4} textAnchor="end" fill={INK} fontSize={12} transform={`rotate(-55 ${centre} ${axisY - 4})`}>
                  {d.axis}
                </text>
              ) : (
                <text x={centre} y={axisY} textAnchor="middle" fill={INK} fontSize={12}>
                  {d.axis}
                </text>
              )}
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke={INK} />
        {references.map((r) => (
          <line key={r.label} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(r.value)} y2={y(r.value)} stroke={COLOURS[r.colour]} strokeWidth={2} strokeDasharray="6 4" />
        ))}
      </svg>
      {references.length ? (
        <ul className="chart-legend">
          {references.map((r) => (
            <li key={r.label}>
              <span className={`chart-legend-line chart-legend-${r.colour}`} aria-hidden="true" /> {r.label}: {show(r.value)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
