import type { IndicatorPolarity, IndicatorUnit } from "@/lib/generated/prisma/enums";

/**
 * What an indicator's numbers mean and how they read. Pure: the pages, captions, tables
 * and CSV downloads all format figures here, so a figure reads the same everywhere.
 */
export const UNIT_LABELS: Record<IndicatorUnit, string> = {
  percent: "Percentage (%)",
  count: "Count",
  rate_per_1000: "Rate per 1,000",
  rate_per_10000: "Rate per 10,000",
  rate_per_100000: "Rate per 100,000",
  pounds: "Pounds (£)",
};

/** How a column header names the unit: "Persistent absence (%)". */
export const UNIT_SHORT: Record<IndicatorUnit, string> = {
  percent: "%",
  count: "count",
  rate_per_1000: "per 1,000",
  rate_per_10000: "per 10,000",
  rate_per_100000: "per 100,000",
  pounds: "£",
};

export const POLARITY_LABELS: Record<IndicatorPolarity, string> = {
  higher_is_better: "Higher is better",
  lower_is_better: "Lower is better",
  neither: "Neither higher nor lower is better",
};

/**
 * A figure built from a numerator and a denominator is numerator / denominator × this.
 * Counts have none: their figure is the count itself. Pounds are a plain ratio (e.g. £ per child).
 */
export function unitMultiplier(unit: IndicatorUnit): number | null {
  switch (unit) {
    case "percent":
      return 100;
    case "rate_per_1000":
      return 1_000;
    case "rate_per_10000":
      return 10_000;
    case "rate_per_100000":
      return 100_000;
    case "pounds":
      return 1;
    case "count":
      return null;
  }
}

/** Whether the unit is a count of people or events, so the figure itself is a count to protect. */
export function isCountUnit(unit: IndicatorUnit): boolean {
  return unit === "count";
}

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** Rates and percentages to one decimal place, counts as whole numbers: the precision shown everywhere. */
export function roundFor(unit: IndicatorUnit, value: number): number {
  if (unit === "count") return Math.round(value);
  if (unit === "pounds") return Math.round(value * 100) / 100;
  return Math.round(value * 10) / 10;
}

/** A number as a table cell shows it, without the unit: "1,518", "27.3", "£12.50". */
export function formatNumber(unit: IndicatorUnit, value: number): string {
  if (unit === "count") return integer.format(value);
  if (unit === "pounds") return pounds.format(value);
  return oneDecimal.format(value);
}

/** A figure to one decimal place: "27.3", "1,204.0". */
export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** A count (numerator, denominator) as a table cell shows it. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A figure with its unit, for sentences: "27.3%", "132.7 per 10,000", "1,518", "£12.50". */
export function formatWithUnit(unit: IndicatorUnit, value: number): string {
  const n = formatNumber(unit, value);
  switch (unit) {
    case "percent":
      return `${n}%`;
    case "rate_per_1000":
    case "rate_per_10000":
    case "rate_per_100000":
      return `${n} ${UNIT_SHORT[unit]}`;
    default:
      return n;
  }
}
