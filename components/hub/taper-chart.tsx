"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis, type LabelProps } from "recharts";

export type TaperDatum = { year: string; budget: number; contributions: number };

/** AA contrast against white for lines and labels; the two series also differ by dash and marker. */
const BUDGET = "#0b5563";
const CONTRIBUTIONS = "#8a4500";

const poundsShort = (pounds: number) => (pounds >= 1000 ? `£${Math.round(pounds / 100) / 10}k` : `£${pounds}`);
const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const poundsFull = (pounds: number) => `£${wholeNumber.format(pounds)}`;


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
    // Two short lines (name, then amount) stay clear of the other series on a phone.
    const top = y + (above ? -30 : 20);
    return (
      <text x={x} y={top} textAnchor="end" fill={colour} fontSize={14} fontWeight={700}>
        <tspan x={x}>{name}</tspan>
        <tspan x={x} dy={16}>
          {poundsFull(values[last]!)}
        </tspan>
      </text>
    );
  }
  return EndLabel;
}

export function TaperChart({ data }: { data: TaperDatum[] }) {
  const lastBudget = data.at(-1)?.budget ?? 0;
  const lastContributions = data.at(-1)?.contributions ?? 0;
  // A name sits on the side of its last point away from the line coming into it (above a rising
  // line, below a falling one), so the line never runs through it; if both would land on the
  // same side of points that are close, the lower series' name goes below.
  const rises = (values: number[]) => values.length < 2 || values[values.length - 2]! <= values[values.length - 1]!;
  const budgets = data.map((d) => d.budget);
  const given = data.map((d) => d.contributions);
  const max = Math.max(1, ...budgets, ...given);
  const close = Math.abs(lastBudget - lastContributions) < 0.12 * max;
  let budgetAbove = rises(budgets);
  let contributionsAbove = rises(given);
  if (close && budgetAbove === contributionsAbove) {
    budgetAbove = lastBudget > lastContributions;
    contributionsAbove = !budgetAbove;
  }
  return (
    <LineChart responsive data={data} margin={{ top: 28, right: 24, bottom: 8, left: 8 }} className="hub-taper-chart" style={{ width: "100%", maxWidth: 760 }}>
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
        label={endLabel("Hub budget", budgets, BUDGET, budgetAbove)}
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
        label={endLabel("Statutory partners", given, CONTRIBUTIONS, contributionsAbove)}
      />
    </LineChart>
  );
}
