import type { IndicatorUnit, MissingReason, UploadFormat, UploadStatus } from "@/lib/generated/prisma/enums";

/**
 * How the upload pages show a figure. Small numbers are suppressed here too (DESIGN §3.5):
 * a count from 1 to the indicator's threshold shows as "c", and so does any figure built on
 * such a count, so the batch pages cannot be used to read a cell the dashboards hide.
 * Missing values show the publisher's marker. Pure.
 */
export const MISSING_MARKS: Record<MissingReason, { mark: string; label: string }> = {
  suppressed: { mark: "c", label: "suppressed by the publisher" },
  not_available: { mark: "x", label: "not available" },
  not_applicable: { mark: "z", label: "not applicable" },
  rounds_to_zero: { mark: "low", label: "rounds to zero" },
  low_reliability: { mark: "u", label: "low reliability" },
  not_published: { mark: "–", label: "not published" },
};

export const SUPPRESSED = { mark: "c", label: "fewer than the suppression threshold: hidden to protect privacy" };
/** A cell the dashboards withhold (a small count, or the complement that protects one): withheld on the upload pages too. */
export const WITHHELD: Figure = { text: "c", label: "hidden on the dashboards to protect small numbers, on its own or with other cells" };

const isSmall = (n: number | null, threshold: number) => n !== null && n >= 1 && n <= threshold;

export type Figure = { text: string; label?: string };

export function displayFigure(input: { value: number | null; missingReason: MissingReason | null; numerator: number | null; unit: IndicatorUnit | null; threshold: number }): Figure {
  const { value, missingReason, numerator, unit, threshold } = input;
  if (value === null) {
    const mark = missingReason ? MISSING_MARKS[missingReason] : MISSING_MARKS.not_published;
    return { text: mark.mark, label: mark.label };
  }
  if (isSmall(numerator, threshold) || (unit === "count" && isSmall(value, threshold))) return { text: SUPPRESSED.mark, label: SUPPRESSED.label };
  return { text: formatNumber(value, unit) };
}

/** A count shown on its own: suppressed from 1 to the threshold. */
export function displayCount(n: number | null, threshold: number): Figure {
  if (n === null) return { text: "" };
  if (isSmall(n, threshold)) return { text: SUPPRESSED.mark, label: SUPPRESSED.label };
  return { text: formatNumber(n, "count") };
}

// Made once: toLocaleString with options builds a new formatter on every call.
const upToTwoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatNumber(n: number, unit: IndicatorUnit | null): string {
  if (unit === "count" && Number.isInteger(n)) return n.toLocaleString("en-GB");
  if (unit === "pounds") return `£${upToTwoDecimals.format(n)}`;
  const text = upToTwoDecimals.format(n);
  return unit === "percent" ? `${text}%` : text;
}

export const FORMAT_LABELS: Record<UploadFormat, string> = {
  template: "Platform template",
  fingertips: "Fingertips export",
  dfe_ees: "DfE explore education statistics",
  mapped: "Mapped columns",
};

export const STATUS_LABELS: Record<UploadStatus, string> = {
  staged: "Waiting to be committed",
  committed: "Committed",
  rolled_back: "Rolled back",
  discarded: "Discarded",
};

export function statusLabel(b: { status: UploadStatus; refusal: string | null; reading: boolean }): string {
  if (b.refusal) return "Refused";
  if (b.reading) return "Being read";
  return STATUS_LABELS[b.status];
}

export function shortHash(sha256: string): string {
  return sha256 ? `${sha256.slice(0, 12)}…` : "";
}
