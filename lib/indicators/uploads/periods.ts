import type { PeriodType } from "@/lib/generated/prisma/enums";

/**
 * Periods as publishers write them, read into a label (how the platform shows and matches
 * them), a type and the first and last day they cover. Academic years run September to
 * August, financial years April to March; terms are autumn (Sep–Dec), spring (Jan–Apr) and
 * summer (Apr–Jul) (DESIGN §2). Pure.
 */
export type Period = { label: string; type: PeriodType; start: string; end: string };
export type PeriodResult = Period | { error: string };

export const PERIOD_TYPES: readonly PeriodType[] = ["academic_year", "financial_year", "calendar_year", "quarter", "month", "term", "other"];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const TERMS = { autumn: ["09-01", "12-31", 0], spring: ["01-01", "04-30", 1], summer: ["04-01", "07-31", 1] } as const;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const yy = (year: number) => pad(year % 100);

function yearRange(first: number, type: "academic_year" | "financial_year"): Period {
  const label = `${first}/${yy(first + 1)}`;
  return type === "academic_year"
    ? { label, type, start: `${first}-09-01`, end: `${first + 1}-08-31` }
    : { label, type, start: `${first}-04-01`, end: `${first + 1}-03-31` };
}

/** `2023/24`, `2023-24`, `2023/2024`, `202324` → 2023, when the second year follows the first. */
function splitYear(text: string): number | null {
  const m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = m[2]!.length === 2 ? Number(m[2]) : Number(m[2]) % 100;
  return (first + 1) % 100 === second ? first : null;
}

/** Reads a period type as people write it: `academic_year`, `Academic year`, `financial-year`. */
export function readPeriodType(text: string): PeriodType | null {
  const t = text.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (t === "") return null;
  const aliases: Record<string, PeriodType> = { year: "calendar_year", calendar: "calendar_year", academic: "academic_year", financial: "financial_year", fy: "financial_year", ay: "academic_year" };
  if ((PERIOD_TYPES as readonly string[]).includes(t)) return t as PeriodType;
  return aliases[t] ?? null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function quarter(year: number, q: number, financial: boolean): Period {
  // Financial quarters: Q1 is April to June of the year the financial year starts.
  const startMonth = financial ? (q === 4 ? 1 : q * 3 + 1) : (q - 1) * 3 + 1;
  const calendarYear = financial && q === 4 ? year + 1 : year;
  const endMonth = startMonth + 2;
  const label = financial ? `${year}/${yy(year + 1)} Q${q}` : `${year} Q${q}`;
  return { label, type: "quarter", start: `${calendarYear}-${pad(startMonth)}-01`, end: `${calendarYear}-${pad(endMonth)}-${pad(lastDay(calendarYear, endMonth))}` };
}

function term(academicYear: number, name: keyof typeof TERMS): Period {
  const [from, to, offset] = TERMS[name];
  const year = academicYear + offset;
  const title = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  return { label: `${academicYear}/${yy(academicYear + 1)} ${title} term`, type: "term", start: `${year}-${from}`, end: `${year}-${to}` };
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * A period as the template (or a mapped file) gives it, with its type when the file says it.
 * `2023/24` needs a type: it is an academic year in schools' data and a financial year in
 * health data, and guessing would put the figure in the wrong months.
 */
export function parsePeriod(text: string, typeText = "", range?: { start?: string; end?: string }): PeriodResult {
  const raw = text.trim();
  if (raw === "") return { error: "The period is blank" };
  const type = readPeriodType(typeText);
  if (typeText.trim() !== "" && !type) return { error: `The period type "${typeText.trim()}" is not one of ${PERIOD_TYPES.join(", ")}` };

  if (type === "other") {
    const start = range?.start?.trim() ?? "";
    const end = range?.end?.trim() ?? "";
    if (!isDate(start) || !isDate(end)) return { error: `A period of type "other" needs period_start and period_end as dates (YYYY-MM-DD) for "${raw}"` };
    if (end < start) return { error: `The period "${raw}" ends (${end}) before it starts (${start})` };
    return { label: raw, type: "other", start, end };
  }

  const year = splitYear(raw);
  if (year !== null) {
    if (type === "academic_year" || type === "financial_year") return yearRange(year, type);
    if (type === null) return { error: `Say whether "${raw}" is an academic or a financial year: put academic_year or financial_year in period_type` };
    return { error: `"${raw}" is a year like 2023/24, which does not fit the period type ${type}` };
  }

  let m = /^(\d{4})$/.exec(raw);
  if (m) {
    const y = Number(m[1]);
    if (type === null || type === "calendar_year") return { label: raw, type: "calendar_year", start: `${y}-01-01`, end: `${y}-12-31` };
    if (type === "academic_year" || type === "financial_year") return { error: `Write the ${type === "academic_year" ? "academic" : "financial"} year as ${y}/${yy(y + 1)} (or ${y - 1}/${yy(y)}), not ${y}` };
    return { error: `"${raw}" is a year, which does not fit the period type ${type}` };
  }

  m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*Q([1-4])$/i.exec(raw);
  if (m && splitYear(`${m[1]}/${m[2]}`) !== null && (type === null || type === "quarter")) return quarter(Number(m[1]), Number(m[3]), true);
  m = /^(\d{4})\s*[- ]?\s*Q([1-4])$/i.exec(raw) ?? /^Q([1-4])\s*[- ]?\s*(\d{4})$/i.exec(raw);
  if (m && (type === null || type === "quarter")) {
    const [y, q] = /^Q/i.test(raw) ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    return quarter(y, q, false);
  }

  m = /^(\d{4})-(\d{2})$/.exec(raw);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && (type === null || type === "month")) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { label: `${y}-${pad(mo)}`, type: "month", start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(raw);
  if (m && monthIndex(m[1]!) >= 0 && (type === null || type === "month")) {
    const y = Number(m[2]);
    const mo = monthIndex(m[1]!) + 1;
    return { label: `${y}-${pad(mo)}`, type: "month", start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
  }

  // Terms: "Autumn 2023", "Spring term 2024", "2023/24 Autumn", "2023/24 Summer term".
  m = /^(autumn|spring|summer)(?:\s+term)?\s+(\d{4})$/i.exec(raw);
  if (m && (type === null || type === "term")) {
    const name = m[1]!.toLowerCase() as keyof typeof TERMS;
    const y = Number(m[2]);
    return term(name === "autumn" ? y : y - 1, name);
  }
  m = /^(\d{4}\s*[/-]\s*\d{2,4})\s+(autumn|spring|summer)(?:\s+term)?$/i.exec(raw);
  if (m && splitYear(m[1]!.replace(/\s/g, "")) !== null && (type === null || type === "term")) {
    return term(splitYear(m[1]!.replace(/\s/g, ""))!, m[2]!.toLowerCase() as keyof typeof TERMS);
  }

  const expected = type ? ` for the period type ${type}` : "";
  return { error: `The period "${raw.length > 30 ? `${raw.slice(0, 27)}…` : raw}" is not one the importer reads${expected}: write it like 2023/24, 2023, 2023 Q2, 2023-04 or Autumn 2023` };
}

/**
 * A Fingertips "Time period": `2010/11` (a financial year, as in Hospital Episode Statistics
 * and most Fingertips series), `2022` (a calendar year), pooled years `2020 - 22` and
 * `2018/19 - 20/21`, quarters `2023/24 Q3` and months `Aug 2023`.
 */
export function fingertipsPeriod(text: string): PeriodResult {
  const raw = text.trim();
  let m = /^(\d{4})\s*-\s*(\d{2}|\d{4})$/.exec(raw);
  if (m) {
    const first = Number(m[1]);
    const last = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (last > first) return { label: raw, type: "other", start: `${first}-01-01`, end: `${last}-12-31` };
  }
  m = /^(\d{4})\s*\/\s*(\d{2})\s*-\s*(\d{2})\s*\/\s*(\d{2})$/.exec(raw);
  if (m) {
    const first = Number(m[1]);
    const century = Math.floor(first / 100) * 100;
    const lastStart = century + Number(m[3]);
    if (splitYear(`${m[1]}/${m[2]}`) !== null && lastStart > first) return { label: raw, type: "other", start: `${first}-04-01`, end: `${lastStart + 1}-03-31` };
  }
  if (splitYear(raw) !== null && /^\d{4}\/\d{2}$/.test(raw)) return parsePeriod(raw, "financial_year");
  return parsePeriod(raw);
}

const EES_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * An explore-education-statistics `time_period` with its `time_identifier`: `202425` with
 * "Academic year" is 2024/25; `2024` with "Calendar year" is 2024; terms, financial years,
 * quarters and months likewise.
 */
export function eesPeriod(timePeriod: string, timeIdentifier: string): PeriodResult {
  const tp = timePeriod.trim();
  const id = timeIdentifier.trim().toLowerCase().replace(/\s+/g, " ");
  const six = /^\d{6}$/.test(tp) ? splitYear(tp) : null;
  const four = /^\d{4}$/.test(tp) ? Number(tp) : null;
  if (id === "academic year" && six !== null) return yearRange(six, "academic_year");
  if ((id === "financial year" || id === "tax year") && six !== null) return yearRange(six, "financial_year");
  if (id === "calendar year" && four !== null) return { label: tp, type: "calendar_year", start: `${four}-01-01`, end: `${four}-12-31` };
  const termMatch = /^(autumn|spring|summer) term$/.exec(id);
  if (termMatch && six !== null) return term(six, termMatch[1] as keyof typeof TERMS);
  if (id === "autumn and spring term" && six !== null) return { label: `${six}/${yy(six + 1)} Autumn and spring term`, type: "term", start: `${six}-09-01`, end: `${six + 1}-04-30` };
  const q = /^(?:(financial year|academic year|calendar year) )?q([1-4])$/.exec(id);
  if (q) {
    if (q[1] === "financial year" && six !== null) return quarter(six, Number(q[2]), true);
    if ((q[1] === undefined || q[1] === "calendar year") && four !== null) return quarter(four, Number(q[2]), false);
  }
  const month = EES_MONTHS.indexOf(id);
  if (month >= 0 && four !== null) return parsePeriod(`${four}-${pad(month + 1)}`);
  return { error: `The time period ${tp || "(blank)"} with time_identifier "${timeIdentifier.trim() || "(blank)"}" is not one the importer reads (it reads academic, financial, tax and calendar years, terms, quarters and months)` };
}
