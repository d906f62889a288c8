import { headerSignature, indexHeader } from "@/lib/indicators/uploads/header";
import { eesReader, isEesHeader } from "@/lib/indicators/uploads/formats/ees";
import { fingertipsReader, isFingertipsHeader } from "@/lib/indicators/uploads/formats/fingertips";
import { isTemplateHeader, templateReader, TEMPLATE_FIELDS, type TemplateField } from "@/lib/indicators/uploads/formats/template";
import { normaliseHeader } from "@/lib/indicators/uploads/header";
import type { ColumnMappingSpec, RowReader } from "@/lib/indicators/uploads/types";

/**
 * Which reader a file gets, from its header alone (and a few rows, for a DfE file's column
 * roles): the platform's template, a Fingertips export, a DfE explore education statistics
 * file, or, given a column mapping, any other CSV. Pure.
 */
export type Recognition =
  | { kind: "recognised"; reader: RowReader }
  | { kind: "unrecognised"; header: string[]; signature: string; suggestion: ColumnMappingSpec; missing: TemplateField[] };

/** How many data rows the recogniser may look at before deciding (DfE column roles). */
export const SAMPLE_ROWS = 200;

/** The template fields an unrecognised file most plausibly fills, by column name. */
export function suggestMapping(header: readonly string[]): ColumnMappingSpec {
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim());
  const normalised = names.map(normaliseHeader);
  const patterns: Partial<Record<TemplateField, RegExp>> = {
    indicator_code: /^(indicator(_code|_id)?|measure(_code)?)$/,
    indicator_name: /^(indicator_name|measure_name)$/,
    unit: /^unit(s)?$/,
    geography_type: /^(geography_type|area_type|geographic_level)$/,
    geography_code: /(^|_)(lsoa|msoa|ward|la|lad|area|geography|local_authority_district)_?code(_\d{4})?$|^(geography_code|area_code|code|gss_code|urn)$/,
    period: /^(period|time_period|year|date|time)$/,
    period_type: /^period_type$/,
    breakdown: /^(breakdown|category|group)$/,
    value: /^(value|figure|rate|percent|percentage|count)$|_(value|rate|percent)$/,
    numerator: /^(numerator|count|number)$/,
    denominator: /^(denominator|population)$/,
    lower_ci: /^lower(_ci|_limit)?/,
    upper_ci: /^upper(_ci|_limit)?/,
    note: /^(note|notes|value_note|comment)$/,
  };
  const out: ColumnMappingSpec = {};
  const taken = new Set<number>();
  for (const field of TEMPLATE_FIELDS) {
    const pattern = patterns[field];
    if (!pattern) continue;
    const i = normalised.findIndex((n, index) => !taken.has(index) && pattern.test(n));
    if (i >= 0) {
      out[field] = { column: names[i]! };
      taken.add(i);
    }
  }
  return out;
}

/** Required template fields a mapping leaves unfilled. */
export function missingFields(mapping: ColumnMappingSpec): TemplateField[] {
  return (["indicator_code", "geography_code", "period", "value"] as const).filter((f) => {
    const source = mapping[f];
    return !source || ("fixed" in source ? source.fixed.trim() === "" : source.column.trim() === "");
  });
}

export function recognise(
  headerCells: readonly string[],
  sample: readonly (readonly string[])[],
  options: { mapping?: ColumnMappingSpec | null; fileName?: string } = {},
): Recognition {
  if (options.mapping) return { kind: "recognised", reader: templateReader(headerCells, { mapping: options.mapping, fileName: options.fileName }) };
  const header = indexHeader(headerCells);
  if (isTemplateHeader(header)) return { kind: "recognised", reader: templateReader(headerCells) };
  if (isFingertipsHeader(header)) return { kind: "recognised", reader: fingertipsReader(headerCells) };
  if (isEesHeader(header)) return { kind: "recognised", reader: eesReader(headerCells, sample) };
  const suggestion = suggestMapping(headerCells);
  return { kind: "unrecognised", header: header.names, signature: headerSignature(headerCells), suggestion, missing: missingFields(suggestion) };
}
