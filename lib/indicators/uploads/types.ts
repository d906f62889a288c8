import type { GeographyType, IndicatorUnit, MissingReason, UploadFormat } from "@/lib/generated/prisma/enums";
import type { Period } from "@/lib/indicators/uploads/periods";

/**
 * What every format reader turns a row into: figures for one indicator, geography, period
 * and breakdown, before the partnership's geographies and indicators are applied.
 */

/** An indicator as a file names it; one object per distinct indicator in the file. */
export type SourceIndicator = {
  /** Stable across files from the same publisher: "fingertips:90284", "ees:pt_overall", "code:my-indicator". */
  key: string;
  /** The name the file gives it (Fingertips' Indicator Name, the EES column, the template's indicator_name). */
  name: string;
  /** What the file says or shows its unit to be; null when it does not. */
  unit: IndicatorUnit | null;
  /** The publisher, for an indicator created from the file. */
  source: string;
  /** The code the template gives; for other formats a code derived from the key. */
  code: string;
  /** The national catalogue entry the publisher's identifier maps to, if any. */
  catalogueCode: string | null;
};

export type Observation = {
  indicator: SourceIndicator;
  /** The type the file states; null to tell it from the code. */
  geographyType: GeographyType | null;
  geographyCode: string;
  period: Period;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lowerCi: number | null;
  upperCi: number | null;
  missingReason: MissingReason | null;
  note: string | null;
};

export type ReadResult = { ok: true; observations: Observation[] } | { ok: false; reason: string };

/** Counters a reader keeps about what it smoothed over, shown in the preview. */
export type ReaderNotes = {
  shortRows: number;
  ciSentinels: number;
  inconsistentRatios: number;
};

export type RowReader = {
  format: UploadFormat;
  /** A sentence for the preview: what the file was read as. */
  description: string;
  /** Header columns the reader uses, and those it ignores. */
  columnsUsed: string[];
  columnsIgnored: string[];
  notes: ReaderNotes;
  /** The result (and its observations) may be reused by the next call: use it before reading on. */
  read(cells: readonly string[], line: number): ReadResult;
};

/** Template fields a column mapping can fill, by a file column or a fixed value. */
export type MappingSource = { column: string } | { fixed: string };
export type ColumnMappingSpec = Partial<Record<string, MappingSource>>;
