import { NATIONAL_CATALOGUE } from "@/lib/indicators/catalogue";
import { inferGeographyType } from "@/lib/indicators/uploads/geography";
import { cellAt, detach, indexHeader, type HeaderIndex } from "@/lib/indicators/uploads/header";
import { fingertipsPeriod, type PeriodResult } from "@/lib/indicators/uploads/periods";
import { unitFromRatio } from "@/lib/indicators/uploads/units";
import { quoteCell, readCell } from "@/lib/indicators/uploads/values";
import type { MissingReason } from "@/lib/generated/prisma/enums";
import type { ReadResult, RowReader, SourceIndicator } from "@/lib/indicators/uploads/types";

/**
 * OHID Fingertips exports (fingertips.phe.org.uk "Export table" and the fingertipsR
 * package): the current 27-column layout and the older 26-column one. Columns are found by
 * name; the comparator column ("Compared to England value or percentiles", "Compared to
 * Region…", "Compared to CCGs…") by its prefix and not imported; trailing columns may be
 * missing from a row. A blank Value is a figure withheld, with the reason in Value note;
 * `-1` in a confidence limit means "no limit". Sex other than Persons, and the inequality
 * breakdowns (Category Type / Category), become the row's breakdown; Age is part of what the
 * indicator measures, not a breakdown.
 */
export function isFingertipsHeader(header: HeaderIndex): boolean {
  return header.has("indicator_id") && header.has("area_code") && header.has("value") && (header.has("time_period") || header.has("time_period_sortable"));
}

const FINGERTIPS_SOURCE = "OHID Fingertips";

export function fingertipsReader(headerCells: readonly string[]): RowReader {
  const header = indexHeader(headerCells);
  const col = {
    id: header.find("indicator_id"),
    name: header.find("indicator_name"),
    areaCode: header.find("area_code"),
    areaType: header.find("area_type"),
    sex: header.find("sex"),
    age: header.find("age"),
    categoryType: header.find("category_type"),
    category: header.find("category"),
    period: header.find("time_period"),
    sortable: header.find("time_period_sortable"),
    value: header.find("value"),
    lowerCi: header.findMatching(/^lower_ci_95(_0)?(_limit)?$/),
    upperCi: header.findMatching(/^upper_ci_95(_0)?(_limit)?$/),
    count: header.find("count"),
    denominator: header.find("denominator"),
    valueNote: header.find("value_note"),
  };
  const used = new Set(Object.values(col).filter((i): i is number => i !== undefined));
  const indicators = new Map<string, SourceIndicator | string>();
  const periods = new Map<string, PeriodResult>();
  const breakdowns = new Map<string, string>();
  const notes = { shortRows: 0, ciSentinels: 0, inconsistentRatios: 0 };
  const headerLength = header.names.length;
  const ignored = header.names.filter((_, i) => !used.has(i));
  const comparators = ignored.filter((n) => /^compared to /i.test(n));

  function indicator(id: string, cells: readonly string[]): SourceIndicator | string {
    const known = indicators.get(id);
    if (known !== undefined) return known;
    let result: SourceIndicator | string;
    if (!/^\d{1,9}$/.test(id)) result = `Indicator ID ${quoteCell(id)} is not a Fingertips indicator number`;
    else {
      const entry = NATIONAL_CATALOGUE.find((e) => e.recognise?.fingertipsId === Number(id));
      const name = cellAt(cells, col.name).trim();
      result = {
        key: `fingertips:${id}`,
        name: detach(name || `Fingertips indicator ${id}`),
        unit: entry?.unit ?? null,
        source: FINGERTIPS_SOURCE,
        code: `fingertips-${id}`,
        catalogueCode: entry?.code ?? null,
      };
    }
    indicators.set(detach(id), result);
    return result;
  }

  function period(label: string, sortable: string): PeriodResult {
    const key = `${label}\u0000${sortable}`;
    let result = periods.get(key);
    if (!result) {
      result = label.trim() ? fingertipsPeriod(label) : /^\d{4}0000$/.test(sortable.trim()) ? fingertipsPeriod(sortable.trim().slice(0, 4)) : { error: "Time period is blank" };
      periods.set(detach(key), result);
    }
    return result;
  }

  function breakdown(sex: string, categoryType: string, category: string): string {
    const key = `${sex}\u0000${categoryType}\u0000${category}`;
    let result = breakdowns.get(key);
    if (result === undefined) {
      const parts: string[] = [];
      const s = sex.trim();
      if (s && s.toLowerCase() !== "persons") parts.push(`sex=${s}`);
      const type = categoryType.trim();
      if (type) parts.push(`${type}=${category.trim()}`);
      result = detach(parts.join("; "));
      breakdowns.set(detach(key), result);
    }
    return result;
  }

  /** A confidence limit: -1 is Fingertips' "no limit", not a limit of -1. */
  function ci(cells: readonly string[], index: number | undefined): number | null | string {
    const raw = cellAt(cells, index);
    if (raw.trim() === "") return null;
    const cell = readCell(raw);
    if (cell.kind === "number") {
      if (cell.value === -1) {
        notes.ciSentinels++;
        return null;
      }
      return cell.value;
    }
    if (cell.kind === "invalid") return `${header.names[index!]} ${quoteCell(raw)} is not a number`;
    return null;
  }

  function count(cells: readonly string[], index: number | undefined, label: string): number | null | string {
    const raw = cellAt(cells, index);
    if (raw.trim() === "") return null;
    const cell = readCell(raw);
    if (cell.kind === "number") return cell.value < 0 ? `${label} ${quoteCell(raw)} cannot be negative` : cell.value;
    if (cell.kind === "invalid") return `${label} ${quoteCell(raw)} is not a number`;
    return null;
  }

  return {
    format: "fingertips",
    description: `An OHID Fingertips export (${headerLength} columns${comparators.length ? `; comparator column "${comparators[0]}" not imported` : ""}).`,
    columnsUsed: [...used].sort((a, b) => a - b).map((i) => header.names[i]!),
    columnsIgnored: ignored,
    notes,
    read(cells): ReadResult {
      if (cells.length < headerLength) notes.shortRows++;
      const id = cellAt(cells, col.id).trim();
      if (id === "") return { ok: false, reason: "Indicator ID is blank" };
      const ind = indicator(id, cells);
      if (typeof ind === "string") return { ok: false, reason: ind };
      const areaCode = cellAt(cells, col.areaCode).trim();
      if (areaCode === "") return { ok: false, reason: col.areaCode !== undefined && col.areaCode >= cells.length ? `The row ends after ${cells.length} of the header's ${headerLength} columns, before Area Code` : "Area Code is blank" };
      if (inferGeographyType(areaCode.toUpperCase()) === null) {
        const areaType = cellAt(cells, col.areaType).trim();
        return { ok: false, reason: `Area Code ${quoteCell(areaCode)}${areaType ? ` (${areaType})` : ""} is not a geography the platform holds: it takes England, regions, local authorities, MSOAs, wards and LSOAs` };
      }
      const p = period(cellAt(cells, col.period), cellAt(cells, col.sortable));
      if ("error" in p) return { ok: false, reason: p.error };
      const valueRaw = cellAt(cells, col.value);
      const valueCell = readCell(valueRaw);
      let value: number | null = null;
      let missingReason: MissingReason | null = null;
      if (valueCell.kind === "number") value = valueCell.value;
      else if (valueCell.kind === "missing") missingReason = valueCell.reason;
      else if (valueCell.kind === "blank") missingReason = "not_published";
      else return { ok: false, reason: `Value ${quoteCell(valueRaw)} is not a number` };
      const numerator = count(cells, col.count, "Count");
      if (typeof numerator === "string") return { ok: false, reason: numerator };
      const denominator = count(cells, col.denominator, "Denominator");
      if (typeof denominator === "string") return { ok: false, reason: denominator };
      const lowerCi = ci(cells, col.lowerCi);
      if (typeof lowerCi === "string") return { ok: false, reason: lowerCi };
      const upperCi = ci(cells, col.upperCi);
      if (typeof upperCi === "string") return { ok: false, reason: upperCi };
      if (ind.unit === null && value !== null && numerator !== null && denominator !== null) {
        const unit = unitFromRatio(value, numerator, denominator);
        // The first row that shows the unit decides it for a new indicator; the preview shows it and lets the user change it.
        if (unit) ind.unit = unit;
      }
      const note = cellAt(cells, col.valueNote).trim();
      return {
        ok: true,
        observations: [
          {
            indicator: ind,
            geographyType: null,
            geographyCode: areaCode,
            period: p,
            breakdown: breakdown(cellAt(cells, col.sex), cellAt(cells, col.categoryType), cellAt(cells, col.category)),
            value,
            numerator,
            denominator,
            lowerCi,
            upperCi,
            missingReason,
            note: note === "" ? null : note.slice(0, 2000),
          },
        ],
      };
    },
  };
}
