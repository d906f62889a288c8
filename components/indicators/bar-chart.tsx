"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Bars for categories (areas side by side, an area's geographies, IMD deciles). Receives
 * suppressed figures only: a hidden bar is null and labelled with its marker ("c").
 */
export type BarDatum = { label: string; value: number | null; marker: string | null };
export type BarReference = { label: string; value: number; colour: "grey" | "orange" | "green" };

const COLOURS = { grey: "#505a5f", orange: "#b35c00", green: "#00703c" } as const;

export function CategoryBarChart({ data, references = [], valueLabel, format, height = 300 }: { data: BarDatum[]; references?: BarReference[]; valueLabel: string; format: "one-decimal" | "whole"; height?: number }) {
  const show = (v: number) => (format === "whole" ? v.toLocaleString("en-GB", { maximumFractionDigits: 0 }) : v.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  // A hidden bar has no height to label, so its marker goes on the axis under it: "E01010804 (c)".
  const labelled = data.map((d) => ({ ...d, axis: d.value === null && d.marker ? `${d.label} (${d.marker})` : d.label, text: d.value !== null ? show(d.value) : "" }));
  return (
    <>
      <BarChart responsive accessibilityLayer={false} style={{ width: "100%", height }} data={labelled} margin={{ top: 20, right: 24, bottom: 10, left: 8 }}>
        <CartesianGrid stroke="#d5dce0" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="axis" tick={{ fill: "#1b2631", fontSize: 12 }} interval={0} />
        <YAxis tick={{ fill: "#1b2631", fontSize: 13 }} width={64} />
        <Tooltip formatter={(value, _name, item) => [typeof value === "number" ? show(value) : ((item as { payload?: { marker?: string } }).payload?.marker ?? ""), valueLabel]} />
        <Bar dataKey="value" name={valueLabel} fill="#0b5563" isAnimationActive={false}>
          <LabelList dataKey="text" position="top" fill="#1b2631" fontSize={12} />
        </Bar>
        {references.map((r) => (
          <ReferenceLine key={r.label} y={r.value} stroke={COLOURS[r.colour]} strokeWidth={2} strokeDasharray="6 4" ifOverflow="extendDomain" />
        ))}
      </BarChart>
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
