"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import { formatWithUnit } from "@/lib/indicators/units";

/**
 * One indicator over time: the area's figure with its confidence band, England and the local
 * authority where the figures carry them, and the target. Receives suppressed figures only
 * (a hidden figure is null here and a gap in the line; its "c" is in the table and tooltip).
 */
export type TrendDatum = {
  period: string;
  area: number | null;
  band: [number, number] | null;
  england: number | null;
  la: number | null;
  /** What the tooltip says for the area when there is no number: "c", "x"… */
  areaMarker: string | null;
};

export function TrendChart({ data, unit, areaName, laName, target }: { data: TrendDatum[]; unit: IndicatorUnit; areaName: string; laName: string | null; target: number | null }) {
  const format = (v: unknown) => (typeof v === "number" ? formatWithUnit(unit, v) : Array.isArray(v) ? v.map((x) => formatWithUnit(unit, Number(x))).join(" to ") : String(v ?? ""));
  const hasEngland = data.some((d) => d.england !== null);
  const hasLa = laName !== null && data.some((d) => d.la !== null);
  const hasBand = data.some((d) => d.band !== null);
  return (
    <ComposedChart responsive accessibilityLayer={false} style={{ width: "100%", height: 300 }} data={data} margin={{ top: 10, right: 24, bottom: 10, left: 8 }}>
      <CartesianGrid stroke="#d5dce0" strokeDasharray="3 3" />
      <XAxis dataKey="period" tick={{ fill: "#1b2631", fontSize: 13 }} />
      <YAxis tick={{ fill: "#1b2631", fontSize: 13 }} width={64} />
      <Tooltip
        formatter={(value, name, item) => {
          const payload = (item as { payload?: TrendDatum }).payload;
          if (name === areaName && value === null && payload?.areaMarker) return [payload.areaMarker, name];
          return [format(value), name];
        }}
      />
      <Legend />
      {hasBand ? <Area dataKey="band" name="95% confidence interval" stroke="none" fill="#0b5563" fillOpacity={0.15} isAnimationActive={false} connectNulls={false} /> : null}
      <Line dataKey="area" name={areaName} stroke="#0b5563" strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} connectNulls={false} />
      {hasEngland ? <Line dataKey="england" name="England" stroke="#505a5f" strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} /> : null}
      {hasLa ? <Line dataKey="la" name={laName!} stroke="#b35c00" strokeWidth={2} strokeDasharray="2 3" dot={false} isAnimationActive={false} /> : null}
      {target !== null ? <ReferenceLine y={target} stroke="#00703c" strokeWidth={2} label={{ value: `Target ${formatWithUnit(unit, target)}`, fill: "#00703c", position: "insideTopRight", fontSize: 13 }} /> : null}
    </ComposedChart>
  );
}
