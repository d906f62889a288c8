import type { IndicatorUnit } from "@/lib/generated/prisma/enums";

export const UNITS: readonly IndicatorUnit[] = ["percent", "count", "rate_per_1000", "rate_per_10000", "rate_per_100000", "pounds"];

export const UNIT_LABELS: Record<IndicatorUnit, string> = {
  percent: "%",
  count: "count",
  rate_per_1000: "rate per 1,000",
  rate_per_10000: "rate per 10,000",
  rate_per_100000: "rate per 100,000",
  pounds: "£",
};

/** A unit as people write it: `percent`, `%`, `rate per 10,000`, `per 1000`, `£`. */
export function readUnit(text: string): IndicatorUnit | null | "invalid" {
  const t = text.trim().toLowerCase().replace(/,/g, "").replace(/[\s_-]+/g, " ");
  if (t === "") return null;
  if (t === "percent" || t === "%" || t === "percentage" || t === "pct") return "percent";
  if (t === "count" || t === "number" || t === "n") return "count";
  if (t === "£" || t === "pounds" || t === "gbp" || t === "pound") return "pounds";
  const rate = /^(?:rate )?per (1000|10000|100000)$/.exec(t) ?? /^rate per (1000|10000|100000)$/.exec(t);
  if (rate) return `rate_per_${rate[1]}` as IndicatorUnit;
  if ((UNITS as readonly string[]).includes(t.replace(/ /g, "_"))) return t.replace(/ /g, "_") as IndicatorUnit;
  return "invalid";
}

/**
 * The unit a figure's relation to its count and denominator shows: Fingertips exports do not
 * name the unit, but a value of 132.73 on 1518 / 114366 is a rate per 10,000.
 */
export function unitFromRatio(value: number, numerator: number, denominator: number): IndicatorUnit | null {
  if (!(denominator > 0) || !(numerator > 0) || !(value > 0)) return null;
  const scale = value / (numerator / denominator);
  for (const [factor, unit] of [
    [100, "percent"],
    [1000, "rate_per_1000"],
    [10000, "rate_per_10000"],
    [100000, "rate_per_100000"],
  ] as const) {
    if (Math.abs(scale / factor - 1) < 0.02) return unit;
  }
  return null;
}
