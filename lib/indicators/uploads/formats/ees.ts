import { NATIONAL_CATALOGUE } from "@/lib/indicators/catalogue";
import { cellAt, detach, indexHeader, type HeaderIndex } from "@/lib/indicators/uploads/header";
import { eesPeriod, type PeriodResult } from "@/lib/indicators/uploads/periods";
import { decimalPlaces, markerReason, quoteCell, readCell } from "@/lib/indicators/uploads/values";
import type { GeographyType, IndicatorUnit, MissingReason } from "@/lib/generated/prisma/enums";
import type { Observation, ReadResult, RowReader, SourceIndicator } from "@/lib/indicators/uploads/types";

/**
 * Department for Education "explore education statistics" tidy data files: one row per
 * time period, geography and combination of filters; one column per indicator. The
 * geography comes from `geographic_level` and that level's code column (`new_la_code`
 * wherever it sits; `old_la_code` is DfE's three-digit number, kept out). Filter columns
 * (`social_care_group`, `phase_type_grouping` or its older name `school_type`, …) become
 * the breakdown, leaving out those at "Total". `t_` columns are counts, `pt_` percentages;
 * a percentage is stored with the counts it is made of where the file has them
 * (`pt_pupils_pa_10_exact` = `t_pupils_pa_10_exact` / `t_pupils`), after checking the
 * row's figures agree.
 */
export function isEesHeader(header: HeaderIndex): boolean {
  return header.has("time_period") && header.has("time_identifier") && header.has("geographic_level");
}

const EES_SOURCE = "Department for Education, explore education statistics";

/** Columns renamed between releases: read under one name so a cell keeps its identity. */
const FILTER_ALIASES: Record<string, string> = { school_type: "phase_type_grouping" };

/** Geography and identifier columns (codes, names, URNs): neither filters nor indicators. */
const GEOGRAPHY_COLUMN = /(^|_)(code|name|urn|laestab|ukprn|id|postcode)$/;

/** The level's code column and the geography type it gives. */
const LEVELS: Record<string, { column: string; type: GeographyType }> = {
  national: { column: "country_code", type: "country" },
  regional: { column: "region_code", type: "region" },
  "local authority": { column: "new_la_code", type: "la" },
  "local authority district": { column: "lad_code", type: "la" },
  ward: { column: "ward_code", type: "ward" },
  school: { column: "school_urn", type: "school" },
};

function isIndicatorName(name: string): boolean {
  return /^p?t_/.test(name) || /(_percent|_rate|_pct)$/.test(name) || NATIONAL_CATALOGUE.some((e) => e.recognise?.eesColumns?.includes(name));
}

function unitOf(name: string): IndicatorUnit {
  return /^pt_|_percent$|_pct$|_rate$|^percent_/.test(name) ? "percent" : "count";
}

/** Whether a sample column holds only numbers and markers (and at least one number): an indicator, not a filter. */
function looksNumeric(values: readonly string[]): boolean {
  let numbers = 0;
  for (const v of values) {
    if (v.trim() === "" || markerReason(v)) continue;
    const cell = readCell(v);
    if (cell.kind !== "number") return false;
    numbers++;
  }
  return numbers > 0;
}

type Pair = { numerator: number; denominator: number };

/** The count columns a percentage is made of: pt_X ← t_X (or t_sess_X) over t_<unit>, t_<unit>_possible or t_<unit>_total. */
function findPair(name: string, header: HeaderIndex): Pair | null {
  let rest: string;
  let prefix: string;
  if (name.startsWith("pt_")) {
    rest = name.slice(3);
    prefix = "t_";
  } else if (/_percent$/.test(name)) {
    rest = name.replace(/_percent$/, "");
    prefix = "";
  } else return null;
  const numeratorName = [`${prefix}${rest}`, `${prefix}sess_${rest}`].find((n) => header.has(n) && n !== name);
  if (!numeratorName) return null;
  const unit = numeratorName.slice(prefix.length).split("_")[0]!;
  const denominatorName = [`${prefix}${unit}`, `${prefix}${unit}_possible`, `${prefix}${unit}_total`].find((n) => header.has(n) && n !== numeratorName);
  if (!denominatorName) return null;
  return { numerator: header.find(numeratorName)!, denominator: header.find(denominatorName)! };
}

type IndicatorColumn = { index: number; indicator: SourceIndicator; pair: Pair | null };

export function eesReader(headerCells: readonly string[], sample: readonly (readonly string[])[]): RowReader {
  const header = indexHeader(headerCells);
  const n = header.normalised;
  const timePeriod = header.find("time_period");
  const timeIdentifier = header.find("time_identifier");
  const level = header.find("geographic_level");

  const indicatorIdx: number[] = [];
  const filterIdx: number[] = [];
  n.forEach((name, i) => {
    if (!name || i === timePeriod || i === timeIdentifier || i === level) return;
    if (isIndicatorName(name)) indicatorIdx.push(i);
    else if (GEOGRAPHY_COLUMN.test(name)) return;
    else if (looksNumeric(sample.map((row) => cellAt(row, i)))) indicatorIdx.push(i);
    else filterIdx.push(i);
  });

  const paired = new Set<number>();
  const pairs = new Map<number, Pair>();
  for (const i of indicatorIdx) {
    const pair = findPair(n[i]!, header);
    if (pair && indicatorIdx.includes(pair.numerator) && indicatorIdx.includes(pair.denominator)) {
      pairs.set(i, pair);
      paired.add(pair.numerator).add(pair.denominator);
    }
  }
  const columns: IndicatorColumn[] = indicatorIdx
    .filter((i) => pairs.has(i) || !paired.has(i))
    .map((i) => {
      const name = n[i]!;
      const entry = NATIONAL_CATALOGUE.find((e) => e.recognise?.eesColumns?.includes(name));
      return {
        index: i,
        pair: pairs.get(i) ?? null,
        indicator: { key: `ees:${name}`, name: header.names[i]!, unit: entry?.unit ?? unitOf(name), source: EES_SOURCE, code: `ees-${name.replace(/_/g, "-")}`, catalogueCode: entry?.code ?? null },
      };
    });

  const filters = filterIdx.map((i) => ({ index: i, key: FILTER_ALIASES[n[i]!] ?? n[i]! }));
  const levelColumns = new Map(Object.entries(LEVELS).map(([k, v]) => [k, { index: header.find(v.column), column: v.column, type: v.type }]));
  const used = new Set<number>([timePeriod, timeIdentifier, level, ...columns.map((c) => c.index), ...[...paired], ...filterIdx, ...[...levelColumns.values()].map((l) => l.index)].filter((i): i is number => i !== undefined));
  const periods = new Map<string, PeriodResult>();
  const breakdowns = new Map<string, string>();
  const notes = { shortRows: 0, ciSentinels: 0, inconsistentRatios: 0 };
  const headerLength = header.names.length;

  function period(tp: string, ti: string): PeriodResult {
    const key = `${tp}\u0000${ti}`;
    let result = periods.get(key);
    if (!result) {
      result = eesPeriod(tp, ti);
      periods.set(detach(key), result);
    }
    return result;
  }

  function breakdown(cells: readonly string[]): string {
    let key = "";
    for (const f of filters) key += `${cellAt(cells, f.index)}\u0000`;
    let result = breakdowns.get(key);
    if (result === undefined) {
      result = detach(
        filters
          .map((f) => [f.key, cellAt(cells, f.index).trim()] as const)
          .filter(([, v]) => v !== "" && v.toLowerCase() !== "total")
          .map(([k, v]) => `${k}=${v}`)
          .join("; "),
      );
      breakdowns.set(detach(key), result);
    }
    return result;
  }

  function count(cells: readonly string[], index: number): number | null {
    const cell = readCell(cellAt(cells, index));
    return cell.kind === "number" && cell.value >= 0 ? cell.value : null;
  }

  return {
    format: "dfe_ees",
    description: `A DfE explore education statistics file: ${columns.length} indicator column${columns.length === 1 ? "" : "s"}; breakdown by ${filters.map((f) => f.key).join(", ") || "nothing"}.`,
    columnsUsed: [...used].sort((a, b) => a - b).map((i) => header.names[i]!),
    columnsIgnored: header.names.filter((_, i) => !used.has(i)),
    notes,
    read(cells): ReadResult {
      if (cells.length < headerLength) notes.shortRows++;
      const levelText = cellAt(cells, level).trim();
      const geo = levelColumns.get(levelText.toLowerCase());
      if (!geo) {
        return { ok: false, reason: levelText ? `geographic_level "${levelText}" is not one the platform holds (it takes National, Regional, Local authority, Local authority district, Ward and School rows)` : "geographic_level is blank" };
      }
      if (geo.index === undefined) return { ok: false, reason: `A ${levelText} row needs a ${geo.column} column, and the file has none` };
      const code = cellAt(cells, geo.index).trim();
      if (code === "") return { ok: false, reason: `${geo.column} is blank on a ${levelText} row` };
      const p = period(cellAt(cells, timePeriod), cellAt(cells, timeIdentifier));
      if ("error" in p) return { ok: false, reason: p.error };
      const b = breakdown(cells);
      const observations: Observation[] = [];
      for (const c of columns) {
        const raw = cellAt(cells, c.index);
        const cell = readCell(raw);
        let value: number | null = null;
        let missingReason: MissingReason | null = null;
        if (cell.kind === "number") value = cell.value;
        else if (cell.kind === "missing") missingReason = cell.reason;
        else if (cell.kind === "blank") missingReason = "not_published";
        else return { ok: false, reason: `${header.names[c.index]} ${quoteCell(raw)} is not a number or a marker (c, x, z, k, low, u)` };
        let numerator: number | null = null;
        let denominator: number | null = null;
        if (c.pair) {
          numerator = count(cells, c.pair.numerator);
          denominator = count(cells, c.pair.denominator);
          if (value !== null && numerator !== null && denominator !== null && denominator > 0) {
            // DfE rounds national and regional counts (to the nearest 10): allow for that as well as the percentage's own rounding.
            const tolerance = 0.5 * 10 ** -decimalPlaces(raw) + ((100 * 5) / denominator) * (1 + numerator / denominator) + 1e-9;
            if (Math.abs((100 * numerator) / denominator - value) > tolerance) {
              // The counts do not make this percentage (a different base): keep the published figure alone.
              notes.inconsistentRatios++;
              numerator = null;
              denominator = null;
            }
          }
        }
        observations.push({ indicator: c.indicator, geographyType: geo.type, geographyCode: code, period: p, breakdown: b, value, numerator, denominator, lowerCi: null, upperCi: null, missingReason, note: null });
      }
      return { ok: true, observations };
    },
  };
}
