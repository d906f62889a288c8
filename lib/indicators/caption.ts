import type { IndicatorPolarity, IndicatorUnit } from "@/lib/generated/prisma/enums";
import { MARKER_MEANINGS, type Shown } from "@/lib/indicators/suppression";
import { formatWithUnit, roundFor } from "@/lib/indicators/units";

/**
 * Plain-language captions for the charts (DESIGN §3.5), written from figures that have
 * already been suppressed: a caption can only repeat what the table shows. Pure.
 */
function compare(unit: IndicatorUnit, a: number, b: number): string {
  const ra = roundFor(unit, a);
  const rb = roundFor(unit, b);
  return ra > rb ? "higher than" : ra < rb ? "lower than" : "the same as";
}

function listed(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

const POLARITY_SENTENCE: Record<IndicatorPolarity, string> = { higher_is_better: " Higher is better.", lower_is_better: " Lower is better.", neither: "" };

/** Why a figure is not a number, in words. */
export function markerSentence(marker: Exclude<Shown, number>): string {
  return marker === "c" ? "not shown (c) to protect small numbers" : `${MARKER_MEANINGS[marker]} (${marker})`;
}

export type TrendCaptionInput = {
  place: string;
  unit: IndicatorUnit;
  polarity: IndicatorPolarity;
  points: { period: string; value: Shown | null; england: Shown | null; la: Shown | null }[];
  laName: string | null;
  target: { value: number; byPeriod: string | null } | null;
};

export function trendCaption(input: TrendCaptionInput): string {
  const { place, unit, points, laName } = input;
  const targetText = input.target ? ` The target is ${formatWithUnit(unit, input.target.value)}${input.target.byPeriod ? ` by ${input.target.byPeriod}` : ""}.` : "";
  const latest = [...points].reverse().find((p) => p.value !== null);
  if (!latest) {
    const comparator = [...points].reverse().find((p) => typeof p.la === "number" || typeof p.england === "number");
    if (!comparator) return `No figures for ${place} yet.${targetText}`;
    const shown = [
      typeof comparator.la === "number" && laName ? `${laName} ${formatWithUnit(unit, comparator.la)}` : null,
      typeof comparator.england === "number" ? `England ${formatWithUnit(unit, comparator.england)}` : null,
    ].filter((x): x is string => x !== null);
    return `No figures for ${place}'s own geographies yet. For comparison, in ${comparator.period}: ${listed(shown)}.${POLARITY_SENTENCE[input.polarity]}${targetText}`;
  }
  if (typeof latest.value !== "number") return `For ${latest.period}, the figure for ${place} is ${markerSentence(latest.value!)}.${targetText}`;

  const value = latest.value;
  const comparisons = [
    typeof latest.england === "number" ? `${compare(unit, value, latest.england)} England's ${formatWithUnit(unit, latest.england)}` : null,
    typeof latest.la === "number" && laName ? `${compare(unit, value, latest.la)} ${laName}'s ${formatWithUnit(unit, latest.la)}` : null,
  ].filter((x): x is string => x !== null);
  let text = `In ${latest.period}, the figure for ${place} was ${formatWithUnit(unit, value)}${comparisons.length ? `, ${listed(comparisons)}` : ""}.${POLARITY_SENTENCE[input.polarity]}`;
  const first = points.find((p) => typeof p.value === "number");
  if (first && first !== latest && typeof first.value === "number") text += ` It was ${formatWithUnit(unit, first.value)} in ${first.period}.`;
  return text + targetText;
}

export type CompareCaptionInput = {
  period: string;
  unit: IndicatorUnit;
  areas: { name: string; value: Shown | null }[];
  england: Shown | null;
  la: Shown | null;
  laName: string | null;
};

export function compareCaption(input: CompareCaptionInput): string {
  const { unit, period } = input;
  const shown = input.areas.filter((a): a is { name: string; value: number } => typeof a.value === "number").sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const hidden = input.areas.filter((a) => a.value === "c").length;
  const missing = input.areas.length - shown.length - hidden;
  let text: string;
  if (shown.length === 0) text = `No area figures to compare for ${period}.`;
  else if (shown.length === 1) text = `In ${period}, only ${shown[0]!.name} has a figure: ${formatWithUnit(unit, shown[0]!.value)}.`;
  else {
    const high = shown[0]!;
    const low = shown[shown.length - 1]!;
    text = `In ${period}, the highest figure was ${high.name}'s (${formatWithUnit(unit, high.value)}) and the lowest ${low.name}'s (${formatWithUnit(unit, low.value)}).`;
  }
  const comparators = [
    typeof input.la === "number" && input.laName ? `${input.laName}: ${formatWithUnit(unit, input.la)}` : null,
    typeof input.england === "number" ? `England: ${formatWithUnit(unit, input.england)}` : null,
  ].filter((x): x is string => x !== null);
  if (comparators.length) text += ` ${comparators.join("; ")}.`;
  if (hidden) text += ` ${hidden === 1 ? "One area's figure is" : `${hidden} areas' figures are`} not shown (c) to protect small numbers.`;
  if (missing) text += ` ${missing === 1 ? "One area has" : `${missing} areas have`} no figure for this period.`;
  return text;
}

export type DeprivationCaptionInput = { place: string; deciles: readonly number[]; unmatched: number };

export function deprivationCaption({ place, deciles, unmatched }: DeprivationCaptionInput): string {
  const ranked = deciles.reduce((a, b) => a + b, 0);
  const total = ranked + unmatched;
  if (total === 0) return `${place} has no LSOA codes yet, so its deprivation profile cannot be shown.`;
  const notRanked = unmatched ? ` ${unmatched === 1 ? "One code is" : `${unmatched} codes are`} not in IMD 2019 (it ranks the 2011 LSOAs).` : "";
  if (ranked === 0) return `None of ${place}'s ${total} LSOA codes is in IMD 2019 (it ranks the 2011 LSOAs).`;
  const most = (deciles[0] ?? 0) + (deciles[1] ?? 0);
  const tenth = deciles[0] ?? 0;
  const lsoas = `${ranked === 1 ? "LSOA" : "LSOAs"}`;
  const subject = most === 0 ? `None of ${place}'s ${ranked} ranked ${lsoas} is` : `${most} of ${place}'s ${ranked} ranked ${lsoas} ${most === 1 ? "is" : "are"}`;
  return `${subject} among the 20% most deprived in England (IMD 2019 deciles 1 and 2)${tenth ? `, ${tenth} of them in the most deprived 10%` : ""}.${notRanked}`;
}

export type BreakdownCaptionInput = {
  place: string;
  period: string;
  unit: IndicatorUnit;
  levelPlural: string;
  how: "recomputed" | "rates_only" | "incomplete" | "published" | "none";
  total: Shown | null;
  rows: number;
  hidden: number;
};

/** What the by-geography chart shows and how the area's figure is made from it. */
export function breakdownCaption(input: BreakdownCaptionInput): string {
  const { place, period, unit, levelPlural, rows, hidden } = input;
  let text: string;
  if (input.how === "recomputed") {
    const total = typeof input.total === "number" ? formatWithUnit(unit, input.total) : input.total ? markerSentence(input.total) : "not available";
    text = `In ${period}, ${place}'s figure is worked out from the numerators and denominators of its ${rows} ${levelPlural}, not by averaging their rates: ${total}.`;
  } else if (input.how === "rates_only") {
    text = `In ${period}, only rates are published for ${place}'s ${levelPlural}, so no figure is worked out for the area: each ${levelPlural === "schools" ? "school" : "geography"} is shown as published.`;
  } else {
    text = `In ${period}, a figure for one of ${place}'s ${levelPlural} is withheld by the publisher, so no figure is worked out for the area.`;
  }
  if (hidden) text += ` ${hidden === 1 ? "One figure is" : `${hidden} figures are`} not shown (c) to protect small numbers, some so that a hidden count cannot be worked out from the total.`;
  return text;
}
