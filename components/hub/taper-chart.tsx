"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis, type LabelProps } from "recharts";

export type TaperDatum = { year: string; budget: number; contributions: number };

/** AA contrast against white for lines and labels; the two series also differ by dash and marker. */
const BUDGET = "#0b5563";
const CONTRIBUTIONS = "#8a4500";

const poundsShort = (pounds: number) => (pounds >= 1000 ? `£${Math.round(pounds / 100) / 10}k` : `£${pounds}`);
const poundsFull = (pounds: number) => `£${pounds.toLocaleString("en-GB", { maximumFractionDigits: 0 })}`;


/**
 * Each series is named where it ends, beside its last value, so the chart reads without a
 * legend: the tapering hub budget and the statutory contributions meant to replace it.
 */
function endLabel(name: string, values: number[], colour: string, above: boolean) {
  const last = values.length - 1;
  function EndLabel(props: LabelProps) {
    if (props.index !== last) return <g />;
    // A line's labels get a cartesian view box at the point: its x and y.
    const box = props.viewBox && "x" in props.viewBox ? props.viewBox : undefined;
    const x = Number(box?.x ?? props.x ?? 0);
    const y = Number(box?.y ?? props.y ?? 0);
    return (
      <text x={x} y={y + (above ? -12 : 22)} textAnchor="end" fill={colour} fontSize={14} fontWeight={700}>
        {name}: {poundsFull(values[last]!)}
      </text>
    );
  }
  return EndLabel;
}

export function TaperChart({ data }: { data: TaperDatum[] }) {
  const lastBudget = data.at(-1)?.budget ?? 0;
  const lastContributions = data.at(-1)?.contributions ?? 0;
  // Both names sit above their last point, unless the points are so close the names would touch: then the lower one goes below.
  const max = Math.max(1, ...data.flatMap((d) => [d.budget, d.contributions]));
  const close = Math.abs(lastBudget - lastContributions) < 0.12 * max;
  const budgetAbove = !close || lastBudget >= lastContributions;
  const contributionsAbove = !close || lastContributions > lastBudget;
  return (
    <LineChart responsive data={data} margin={{ top: 28, right: 24, bottom: 8, left: 8 }} style={{ width: "100%", maxWidth: 760, aspectRatio: 1.9 }}>
      <CartesianGrid stroke="#d5dce0" vertical={false} />
      <XAxis dataKey="year" tick={{ fill: "#1b2631", fontSize: 13 }} stroke="#6b7780" padding={{ left: 16, right: 16 }} />
      <YAxis tickFormatter={poundsShort} tick={{ fill: "#1b2631", fontSize: 13 }} stroke="#6b7780" width={56} />
      <Line
        type="linear"
        dataKey="budget"
        name="Hub budget"
        stroke={BUDGET}
        strokeWidth={3}
        dot={{ r: 5, fill: BUDGET, stroke: BUDGET }}
        isAnimationActive={false}
        label={endLabel("Hub budget", data.map((d) => d.budget), BUDGET, budgetAbove)}
      />
      <Line
        type="linear"
        dataKey="contributions"
        name="Statutory partners"
        stroke={CONTRIBUTIONS}
        strokeWidth={3}
        strokeDasharray="8 5"
        dot={{ r: 5, fill: "#ffffff", stroke: CONTRIBUTIONS, strokeWidth: 2.5, strokeDasharray: "0" }}
        isAnimationActive={false}
        label={endLabel("Statutory partners", data.map((d) => d.contributions), CONTRIBUTIONS, contributionsAbove)}
      />
    </LineChart>
  );
}
