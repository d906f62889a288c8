import { catalogueEntry } from "@/lib/indicators/catalogue";
import { readGeographyType } from "@/lib/indicators/uploads/geography";
import { detach, indexHeader, type HeaderIndex } from "@/lib/indicators/uploads/header";
import { parsePeriod, type Period, type PeriodResult } from "@/lib/indicators/uploads/periods";
import { readUnit } from "@/lib/indicators/uploads/units";
import { parseNumeric, quoteCell, readCell, type Cell } from "@/lib/indicators/uploads/values";
import type { ColumnMappingSpec, Observation, ReadResult, RowReader, SourceIndicator } from "@/lib/indicators/uploads/types";
import type { GeographyType, MissingReason } from "@/lib/generated/prisma/enums";

/**
 * The platform's own CSV template: one row per indicator, geography, period and breakdown.
 * Also the target of a column mapping: a file in any other layout is read as the template
 * once each template field is given a column of the file or a fixed value.
 */
export type TemplateField =
  | "indicator_code"
  | "indicator_name"
  | "unit"
  | "geography_type"
  | "geography_code"
  | "period"
  | "period_type"
  | "period_start"
  | "period_end"
  | "breakdown"
  | "value"
  | "numerator"
  | "denominator"
  | "lower_ci"
  | "upper_ci"
  | "note";

export type TemplateColumn = { field: TemplateField; required: boolean; explanation: string; example: string };

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { field: "indicator_code", required: true, explanation: "The indicator: a national catalogue code (e.g. injury-admissions-0-14) or one of the partnership's own codes. A new code creates a partnership indicator when you commit.", example: "injury-admissions-0-14" },
  { field: "indicator_name", required: false, explanation: "The name of a new indicator. Leave blank for indicators the partnership already has.", example: "" },
  { field: "unit", required: false, explanation: "The unit of a new indicator: percent, count, rate per 1,000, rate per 10,000, rate per 100,000 or £.", example: "" },
  { field: "geography_type", required: false, explanation: "lsoa, msoa, ward, la, school, area, region or country. Leave blank to tell it from the code.", example: "la" },
  { field: "geography_code", required: true, explanation: "The ONS code (E01… LSOA, E02… MSOA, E05… ward, E08… local authority), a school URN, or an area's short name such as holme-wood.", example: "E08000032" },
  { field: "period", required: true, explanation: "The period the figure covers: 2023/24, 2023, 2023 Q2, 2023-04 or Autumn 2023.", example: "2023/24" },
  { field: "period_type", required: false, explanation: "academic_year, financial_year, calendar_year, quarter, month, term or other. Needed for years like 2023/24, which could be either.", example: "financial_year" },
  { field: "period_start", required: false, explanation: "For period_type other only: the first day covered (YYYY-MM-DD).", example: "" },
  { field: "period_end", required: false, explanation: "For period_type other only: the last day covered (YYYY-MM-DD).", example: "" },
  { field: "breakdown", required: false, explanation: "Blank for the headline figure; otherwise the group it describes, e.g. sex=Female.", example: "" },
  { field: "value", required: true, explanation: "The figure, or a marker: c (suppressed), x (not available), z (not applicable), k or low (rounds to zero), u (low reliability); blank if it is not published. Thousands separators are fine.", example: "91.17448" },
  { field: "numerator", required: false, explanation: "The count the figure is built on (e.g. admissions). Area figures are recomputed from numerators and denominators.", example: "1,065" },
  { field: "denominator", required: false, explanation: "The population the figure is out of (e.g. children aged 0 to 14).", example: "116,809" },
  { field: "lower_ci", required: false, explanation: "Lower 95% confidence limit, if published.", example: "85.78018" },
  { field: "upper_ci", required: false, explanation: "Upper 95% confidence limit, if published.", example: "96.81912" },
  { field: "note", required: false, explanation: "Anything a reader should know about this figure, such as why it is missing.", example: "" },
];

export const TEMPLATE_FIELDS: readonly TemplateField[] = TEMPLATE_COLUMNS.map((c) => c.field);
const REQUIRED: readonly TemplateField[] = TEMPLATE_COLUMNS.filter((c) => c.required).map((c) => c.field);

/** The template's own header, in any order, with at least its required columns. */
export function isTemplateHeader(header: HeaderIndex): boolean {
  return REQUIRED.every((f) => header.has(f));
}

/** Where a field comes from: a column's position, or a fixed text ("" when neither the file nor the mapping gives it). */
type FieldSource = number | string;

function sources(header: HeaderIndex, mapping: ColumnMappingSpec | null): { src: Record<TemplateField, FieldSource>; used: Set<number> } {
  const used = new Set<number>();
  const src = {} as Record<TemplateField, FieldSource>;
  for (const field of TEMPLATE_FIELDS) {
    const source = mapping ? mapping[field] : { column: field };
    if (source && "fixed" in source) {
      src[field] = source.fixed;
      continue;
    }
    const index = source ? header.find(source.column) : undefined;
    if (index !== undefined) used.add(index);
    src[field] = index ?? "";
  }
  return { src, used };
}

/** A field's text in a row: one monomorphic call the compiler inlines, for the hot loop. */
function at(cells: readonly string[], source: FieldSource): string {
  return typeof source === "number" ? (cells[source] ?? "") : source;
}

function indicatorKey(code: string): string {
  return `code:${code}`;
}

/** A row reader for the template, or for any file through a column mapping. */
export function templateReader(headerCells: readonly string[], options: { mapping?: ColumnMappingSpec | null; fileName?: string } = {}): RowReader {
  const header = indexHeader(headerCells);
  const mapping = options.mapping ?? null;
  const { src, used } = sources(header, mapping);
  const indicators = new Map<string, SourceIndicator | string>();
  const geographyTypes = new Map<string, GeographyType | null | "invalid">();
  const breakdowns = new Map<string, string>();
  const notes = { shortRows: 0, ciSentinels: 0, inconsistentRatios: 0 };
  const accepted: ReadResult & { ok: true } = { ok: true, observations: [] };
  const shared: Observation = { indicator: null as unknown as SourceIndicator, geographyType: null, geographyCode: "", period: null as unknown as Period, breakdown: "", value: null, numerator: null, denominator: null, lowerCi: null, upperCi: null, missingReason: null, note: null };
  const source = mapping ? `Uploaded file${options.fileName ? ` ${options.fileName}` : ""}` : "Uploaded with the platform's template";
  const headerLength = header.names.length;
  const valueSource = mapping ? mapping.value : { column: "value" };
  const valueIndex = valueSource && "column" in valueSource ? header.find(valueSource.column) : undefined;

  function indicator(code: string, cells: readonly string[]): SourceIndicator | string {
    const known = indicators.get(code);
    if (known !== undefined) return known;
    let result: SourceIndicator | string;
    if (code.length > 100 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) {
      result = `The indicator code ${quoteCell(code)} is not a code: use letters, digits, dots, dashes and underscores, up to 100 characters`;
    } else {
      const unitText = at(cells, src.unit);
      const unit = readUnit(unitText);
      if (unit === "invalid") {
        // Not cached: the next row of this indicator may give a readable unit.
        return `The unit ${quoteCell(unitText)} is not one of percent, count, rate per 1,000, rate per 10,000, rate per 100,000 or £`;
      }
      const name = at(cells, src.indicator_name).trim();
      result = { key: indicatorKey(code), name: detach(name || code), unit, source, code: detach(code), catalogueCode: catalogueEntry(code) ? code : null };
    }
    indicators.set(detach(code), result);
    return result;
  }

  // By label, then type; a period of type "other" also by its dates. One lookup a row, no strings made.
  const periodsByLabel = new Map<string, Map<string, PeriodResult>>();
  function period(cells: readonly string[]): PeriodResult {
    const label = at(cells, src.period);
    const type = at(cells, src.period_type);
    let byType = periodsByLabel.get(label);
    if (!byType) periodsByLabel.set(detach(label), (byType = new Map()));
    const start = at(cells, src.period_start);
    const end = at(cells, src.period_end);
    const key = start === "" && end === "" ? type : `${type}\u0000${start}\u0000${end}`;
    let result = byType.get(key);
    if (!result) {
      result = parsePeriod(label, type, { start, end });
      byType.set(detach(key), result);
    }
    return result;
  }

  function geographyType(cells: readonly string[]): GeographyType | null | "invalid" {
    const text = at(cells, src.geography_type);
    let result = geographyTypes.get(text);
    if (result === undefined) {
      result = readGeographyType(text);
      geographyTypes.set(detach(text), result);
    }
    return result;
  }

  function breakdown(text: string): string {
    let result = breakdowns.get(text);
    if (result === undefined) {
      result = detach(text.trim());
      breakdowns.set(result === text ? result : detach(text), result);
    }
    return result;
  }

  function figure(cells: readonly string[], field: "numerator" | "denominator" | "lower_ci" | "upper_ci"): number | null | string {
    const raw = at(cells, src[field]);
    if (raw === "") return null;
    const n = parseNumeric(raw);
    if (n === n && Number.isFinite(n)) return n;
    const cell = readCell(raw);
    if (cell.kind === "invalid" || cell.kind === "number") return `${columnName(field)} ${quoteCell(raw)} is not a number`;
    return null;
  }

  function columnName(field: TemplateField): string {
    const source = mapping?.[field];
    return source && "column" in source ? `${source.column} (${field})` : field;
  }

  return {
    format: mapping ? "mapped" : "template",
    description: mapping ? "Read through a column mapping onto the platform's template." : "The platform's CSV template.",
    columnsUsed: [...used].sort((a, b) => a - b).map((i) => header.names[i]!),
    columnsIgnored: header.names.filter((_, i) => !used.has(i) && header.names[i] !== ""),
    notes,
    read(cells): ReadResult {
      if (cells.length < headerLength) notes.shortRows++;
      const code = at(cells, src.indicator_code).trim();
      if (code === "") return { ok: false, reason: `${columnName("indicator_code")} is blank` };
      const ind = indicator(code, cells);
      if (typeof ind === "string") return { ok: false, reason: ind };
      const geoType = geographyType(cells);
      if (geoType === "invalid") return { ok: false, reason: `${columnName("geography_type")} ${quoteCell(at(cells, src.geography_type))} is not one of lsoa, msoa, ward, la, school, area, region or country` };
      const geographyCode = at(cells, src.geography_code).trim();
      if (geographyCode === "") return { ok: false, reason: `${columnName("geography_code")} is blank` };
      const p = period(cells);
      if ("error" in p) return { ok: false, reason: p.error };
      const valueRaw = at(cells, src.value);
      const fast = parseNumeric(valueRaw);
      const valueCell: Cell = fast === fast && Number.isFinite(fast) ? { kind: "number", value: fast } : readCell(valueRaw);
      let value: number | null = null;
      let missingReason: MissingReason | null = null;
      if (valueCell.kind === "number") value = valueCell.value;
      else if (valueCell.kind === "missing") missingReason = valueCell.reason;
      else if (valueCell.kind === "blank") {
        if (valueIndex !== undefined && valueIndex >= cells.length) {
          return { ok: false, reason: `The row ends after ${cells.length} of the header's ${headerLength} columns, so it has no ${columnName("value")}` };
        }
        // A blank figure is one not published: kept as missing (with the row's note, if any), never as 0.
        missingReason = "not_published";
      } else return { ok: false, reason: `${columnName("value")} ${quoteCell(valueRaw)} is not a number or a marker (c, x, z, k, low, u)` };
      const numerator = figure(cells, "numerator");
      if (typeof numerator === "string") return { ok: false, reason: numerator };
      const denominator = figure(cells, "denominator");
      if (typeof denominator === "string") return { ok: false, reason: denominator };
      if ((numerator !== null && numerator < 0) || (denominator !== null && denominator < 0)) return { ok: false, reason: "A numerator or denominator cannot be negative" };
      const lowerCi = figure(cells, "lower_ci");
      if (typeof lowerCi === "string") return { ok: false, reason: lowerCi };
      const upperCi = figure(cells, "upper_ci");
      if (typeof upperCi === "string") return { ok: false, reason: upperCi };
      const noteText = at(cells, src.note).trim();
      // One observation object for every row, like the result: the processor and the sink are
      // done with it before the next row is read, and a million rows then make no garbage here.
      const observation = shared;
      observation.indicator = ind;
      observation.geographyType = geoType;
      observation.geographyCode = geographyCode;
      observation.period = p as Period;
      observation.breakdown = breakdown(at(cells, src.breakdown));
      observation.value = value;
      observation.numerator = numerator;
      observation.denominator = denominator;
      observation.lowerCi = lowerCi;
      observation.upperCi = upperCi;
      observation.missingReason = missingReason;
      observation.note = noteText === "" ? null : noteText.slice(0, 2000);
      accepted.observations[0] = observation;
      return accepted;
    },
  };
}

/**
 * The template file offered for download: its header and two example rows. The examples are
 * Bradford's real published figures (2023/24 injury admissions; 2019/20 persistent absence,
 * not collected), so a template uploaded unchanged replaces nothing with something false.
 */
export function templateCsvRows(): string[][] {
  const header = TEMPLATE_COLUMNS.map((c) => c.field);
  const example = TEMPLATE_COLUMNS.map((c) => c.example);
  const marker: Partial<Record<TemplateField, string>> = {
    indicator_code: "persistent-absence",
    geography_type: "la",
    geography_code: "E08000032",
    period: "2019/20",
    period_type: "academic_year",
    breakdown: "absence_terms=six half terms; social_care_group=CINO at 31 March",
    value: "x",
  };
  return [header, example, TEMPLATE_COLUMNS.map((c) => marker[c.field] ?? "")];
}

