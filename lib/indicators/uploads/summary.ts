import type { GeographyType, MissingReason, UploadFormat } from "@/lib/generated/prisma/enums";
import type { PlannedIndicator } from "@/lib/indicators/uploads/plan";
import type { UploadProcessor } from "@/lib/indicators/uploads/processor";
import type { RowReader } from "@/lib/indicators/uploads/types";

/**
 * The preview of a staged batch, kept on the batch (UploadBatch.summary) so the preview page,
 * the API and the commit read the same thing: what was read, what would be written, what
 * would be created, what is left out and why. Built by a pure function from the pipeline's
 * counters; the values it would replace are added from the database.
 */
/** An indicator as the file's plan left it when the batch was staged (its unit as learnt from the rows). */
export type SummaryIndicator = PlannedIndicator;

export type ReplacedValue = {
  line: number;
  indicatorId: string;
  geographyType: GeographyType;
  geographyCode: string;
  period: string;
  breakdown: string;
  before: number | null;
  beforeMissing: MissingReason | null;
  beforeNumerator: number | null;
  after: number | null;
  afterMissing: MissingReason | null;
  afterNumerator: number | null;
  /** Whether the dashboards withhold the cell now: marked when the preview is read for a page, never stored. */
  withheld?: boolean;
};

export type Replacements = {
  /** Cells that already have a visible value and this batch writes again. */
  cells: number;
  /** Of those, how many change (value or reason). */
  changed: number;
  /** The first 100 changes, by line. */
  examples: ReplacedValue[];
};

export type UploadSummary = {
  version: 1;
  format: UploadFormat;
  description: string;
  encoding: string;
  bom: boolean;
  delimiter: string;
  header: string[];
  columnsUsed: string[];
  columnsIgnored: string[];
  rows: { read: number; accepted: number; rejected: number; outside: number; skipped: number; blank: number; repeated: number };
  values: number;
  indicators: SummaryIndicator[];
  geographies: { type: GeographyType; count: number; examples: string[] }[];
  periods: { label: string; type: string; start: string; end: string; values: number }[];
  outside: { codes: number; rows: number; top: { code: string; type: GeographyType; rows: number }[] };
  replaced: Replacements;
  warnings: string[];
  /** Why a refused upload was refused. */
  error?: string;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function buildSummary(input: {
  reader: RowReader;
  processor: UploadProcessor;
  planned: readonly PlannedIndicator[];
  header: string[];
  encoding: string;
  bom: boolean;
  delimiter: string;
}): UploadSummary {
  const { reader, processor } = input;
  const counts = processor.counts;
  const indicators = input.planned.map((p): SummaryIndicator => {
    // A Fingertips unit is learnt from the rows: take what the file showed by the end.
    const unit = p.unit ?? processor.sourceOf(p)?.unit ?? null;
    return { ...p, unit };
  });
  const geographies = [...processor.accepted.entries()]
    .map(([type, codes]) => ({ type, count: codes.size, examples: [...codes].sort().slice(0, 10) }))
    .sort((a, b) => b.count - a.count);
  const periods = [...processor.periods.entries()]
    .map(([label, p]) => ({ label, ...p }))
    .sort((a, b) => (a.start === b.start ? a.label.localeCompare(b.label) : a.start < b.start ? -1 : 1))
    .slice(0, 500);
  const outsideAll = [...processor.outside.entries()].map(([code, o]) => ({ code, type: o.type, rows: o.rows }));
  const outside = {
    codes: outsideAll.length,
    rows: counts.outside,
    top: outsideAll.sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code)).slice(0, 100),
  };
  const warnings: string[] = [];
  const notes = reader.notes;
  if (notes.shortRows) warnings.push(`${plural(notes.shortRows, "row")} had fewer cells than the header; the missing cells at their end were read as blank.`);
  if (processor.trailingEmptyCells) warnings.push(`${plural(processor.trailingEmptyCells, "row")} had empty cells past the last column (a trailing comma); they were ignored.`);
  if (notes.ciSentinels) warnings.push(`${plural(notes.ciSentinels, "confidence limit")} of -1 (Fingertips' "no limit") were stored as none.`);
  if (notes.inconsistentRatios) warnings.push(`${plural(notes.inconsistentRatios, "percentage")} did not match their counts in the same row; they were stored without the counts.`);
  if (counts.repeated) warnings.push(`${plural(counts.repeated, "row")} repeated an earlier row with the same figures and were left out.`);
  if (counts.blank) warnings.push(`${plural(counts.blank, "blank row")} skipped.`);
  if (reader.columnsIgnored.length) warnings.push(`Columns not imported: ${reader.columnsIgnored.slice(0, 20).join(", ")}${reader.columnsIgnored.length > 20 ? ", …" : ""}.`);
  return {
    version: 1,
    format: reader.format,
    description: reader.description,
    encoding: input.encoding,
    bom: input.bom,
    delimiter: input.delimiter === "\t" ? "tab" : input.delimiter,
    header: input.header.slice(0, 200),
    columnsUsed: reader.columnsUsed,
    columnsIgnored: reader.columnsIgnored,
    rows: { read: counts.read, accepted: counts.accepted, rejected: counts.rejected, outside: counts.outside, skipped: counts.skipped, blank: counts.blank, repeated: counts.repeated },
    values: counts.values,
    indicators,
    geographies,
    periods,
    outside,
    replaced: { cells: 0, changed: 0, examples: [] },
    warnings,
  };
}

/** The summary kept on a batch; null for a batch still being read. */
export function readSummary(json: unknown): UploadSummary | null {
  if (!json || typeof json !== "object" || (json as { version?: unknown }).version !== 1) return null;
  return json as UploadSummary;
}

/** Indicators whose rows the commit writes (not left out), with what happens to each. */
export function indicatorsToWrite(summary: UploadSummary): SummaryIndicator[] {
  return summary.indicators.filter((i) => i.action !== "skip" && i.values > 0);
}

/** The sentence the preview and the API lead with. */
export function summaryHeadline(summary: UploadSummary): string {
  const r = summary.rows;
  const parts = [`${plural(r.read, "row")} read`, `${plural(r.accepted, "row")} accepted (${plural(summary.values, "value")})`, `${plural(r.rejected, "row")} rejected`];
  if (r.outside) parts.push(`${plural(r.outside, "row")} outside the partnership's areas`);
  if (r.skipped) parts.push(`${plural(r.skipped, "row")} left out by choice`);
  return `${parts.join(", ")}.`;
}
