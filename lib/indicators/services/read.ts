import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GeographyType, IndicatorPolarity, IndicatorUnit, MissingReason, PeriodType } from "@/lib/generated/prisma/enums";
import { combineGeographies } from "@/lib/indicators/area-figure";
import { NO_FIGURE, suppressFigures, type Group, type RawFigure, type SafeFigure } from "@/lib/indicators/suppression";
import { indicatorPeriods, type PeriodInfo } from "@/lib/indicators/services/periods";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * THE read path for indicator figures (DESIGN §3.5): every page, chart, CSV download and
 * (later) the API gets its figures from `readIndicator`, which reads the visible values
 * through the CurrentDataPoint view, works out area figures from numerators and
 * denominators, and suppresses small numbers before anything is returned. Nothing it
 * returns holds an unsuppressed count: the raw rows never leave this file.
 *
 * Consistency: suppression is solved over every area of the partnership that shares a
 * geography with the areas asked for (whoever asks, whichever page), so the board's area
 * totals and the area pages' LSOA tables cannot be combined to recover a hidden count.
 * Areas the reader may not see take part in the solving but are not returned.
 *
 * Geography levels: an area may list codes of several kinds (a ward and its LSOAs). For each
 * period its figure comes from one level, the first with figures in this order: the area's
 * own published figure (geography type "area", code = the area's slug), LSOAs, MSOAs, wards,
 * school URNs, the local authority. Levels are never mixed, so nothing is counted twice.
 * Comparators: England is geography type "country", code E92000001; the local authority is
 * type "la" with the partnership's own LA code.
 *
 * What suppression cannot see: relations the platform has no lookup for (a ward's published
 * figure against the LSOAs that lie in it; an area's own published figure against its LSOAs'
 * when both are uploaded; the local authority's published total against all its LSOAs). Each
 * of those totals is a publisher's own figure, suppressed by the publisher.
 */
export const ENGLAND_CODE = "E92000001";
const LEVELS: readonly GeographyType[] = ["area", "lsoa", "msoa", "ward", "school", "la"];

export type IndicatorMeta = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  unit: IndicatorUnit;
  polarity: IndicatorPolarity;
  source: string;
  suppressionThreshold: number;
  catalogueCode: string | null;
};

export type { PeriodInfo } from "@/lib/indicators/services/periods";

export type GeographyFigure = { type: GeographyType; code: string; name: string | null; figure: SafeFigure };

export type AreaFigure = {
  figure: SafeFigure;
  /**
   * published: the area's own figure as uploaded; recomputed: from its geographies' numerators
   * and denominators; rates_only: only rates exist, shown per geography; incomplete: a
   * geography's value is withheld, so no sum; none: no figures for this period.
   */
  how: "published" | "recomputed" | "rates_only" | "incomplete" | "none";
  level: GeographyType | null;
  /** Geographies of that level with a figure in this period, and how many the area lists. */
  covered: number;
  of: number;
  /** The figures of its geographies at that level (when asked for). */
  geographies: GeographyFigure[];
};

export type SourceFile = { fileName: string; committedAt: Date | null };

export type IndicatorReading = {
  indicator: IndicatorMeta;
  periods: PeriodInfo[];
  /** area id → period → figure, for the readable areas asked for. */
  areas: Map<string, Map<string, AreaFigure>>;
  england: Map<string, SafeFigure>;
  localAuthority: { code: string; name: string; figures: Map<string, SafeFigure> } | null;
  files: SourceFile[];
};

type Row = {
  geographyType: GeographyType;
  geographyCode: string;
  period: string;
  periodType: PeriodType;
  periodStart: Date;
  periodEnd: Date;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lowerCi: number | null;
  upperCi: number | null;
  missingReason: MissingReason | null;
  batchId: string;
};

type UniverseArea = { id: string; slug: string; codes: Map<GeographyType, string[]> };

const key = (type: GeographyType, code: string) => `${type}:${code}`;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const raw = (r: Row): RawFigure => ({ value: r.value, numerator: r.numerator, denominator: r.denominator, lowerCi: r.lowerCi, upperCi: r.upperCi, missing: r.missingReason });

export async function getIndicatorMeta(ctx: TenantContext, indicatorId: string): Promise<IndicatorMeta | null> {
  return db().indicatorDefinition.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: indicatorId } },
    select: { id: true, code: true, name: true, description: true, unit: true, polarity: true, source: true, suppressionThreshold: true, catalogueCode: true },
  });
}

/** The areas that share a geography with the ones asked for, directly or through others. */
function universeOf(all: UniverseArea[], wanted: ReadonlySet<string>): UniverseArea[] {
  const parent = new Map(all.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    const p = parent.get(id)!;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  const owner = new Map<string, string>();
  for (const a of all) {
    for (const [type, codes] of a.codes) {
      for (const code of codes) {
        const k = key(type, code);
        const seen = owner.get(k);
        if (seen === undefined) owner.set(k, a.id);
        else parent.set(find(seen), find(a.id));
      }
    }
  }
  const roots = new Set([...wanted].filter((id) => parent.has(id)).map(find));
  return all.filter((a) => roots.has(find(a.id)));
}

/**
 * The indicator's figures for some areas, suppressed. `periods` limits the reading (the board
 * asks for one); `geographies` also returns each area's per-geography figures (the area page).
 * Returns null when the indicator is not the partnership's.
 */
export async function readIndicator(
  ctx: TenantContext,
  input: { indicatorId: string; areaIds: readonly string[]; periods?: readonly string[]; geographies?: boolean },
): Promise<IndicatorReading | null> {
  const [indicator, areaRows, partnership] = await Promise.all([
    getIndicatorMeta(ctx, input.indicatorId),
    // One row per area with its codes as "type:code": a tenth of the cost of a row per code.
    db().$queryRaw<{ id: string; slug: string; codes: (string | null)[] }[]>`
      SELECT a."id", a."slug", array_agg(g."type"::text || ':' || g."code" ORDER BY g."code") AS codes
      FROM "ConveningPartnership" a LEFT JOIN "AreaGeography" g ON g."partnershipId" = a."partnershipId" AND g."areaId" = a."id"
      WHERE a."partnershipId" = ${ctx.partnershipId}::uuid
      GROUP BY a."id", a."slug"`,
    db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { laCode: true } }),
  ]);
  if (!indicator) return null;
  const readable = new Set(input.areaIds.filter((id) => ctx.areaIds === "all" || ctx.areaIds.includes(id)));
  const all: UniverseArea[] = areaRows.map((r) => {
    const codes = new Map<GeographyType, string[]>([["area", [r.slug]]]);
    for (const c of r.codes) {
      if (!c) continue;
      const at = c.indexOf(":");
      const type = c.slice(0, at) as GeographyType;
      const list = codes.get(type);
      if (list) list.push(c.slice(at + 1));
      else codes.set(type, [c.slice(at + 1)]);
    }
    return { id: r.id, slug: r.slug, codes };
  });
  const universe = universeOf(all, readable);
  const laCode = partnership.laCode;
  const codes = new Set<string>([ENGLAND_CODE, ...(laCode ? [laCode] : [])]);
  for (const a of universe) for (const list of a.codes.values()) for (const c of list) codes.add(c);

  const periodFilter = input.periods ? Prisma.sql`AND "period" = ANY(${[...input.periods]}::text[])` : Prisma.empty;
  const rows = await db().$queryRaw<Row[]>`
    SELECT "geographyType", "geographyCode", "period", "periodType", "periodStart", "periodEnd",
           "value", "numerator", "denominator", "lowerCi", "upperCi", "missingReason", "batchId"
    FROM "CurrentDataPoint"
    WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "indicatorId" = ${indicator.id}::uuid AND "breakdown" = ''
      AND "geographyCode" = ANY(${[...codes]}::text[]) ${periodFilter}`;

  const byPeriod = new Map<string, Map<string, Row>>();
  const periods = new Map<string, PeriodInfo>();
  for (const r of rows) {
    const cells = byPeriod.get(r.period) ?? new Map<string, Row>();
    cells.set(key(r.geographyType, r.geographyCode), r);
    byPeriod.set(r.period, cells);
    if (!periods.has(r.period)) periods.set(r.period, { period: r.period, periodType: r.periodType, start: iso(r.periodStart), end: iso(r.periodEnd) });
  }

  const [names, laName, files] = await Promise.all([
    input.geographies ? geographyNames(ctx, universe, readable) : new Map<string, string>(),
    laCode ? geographyName(laCode) : null,
    sourceFiles(ctx, [...new Set(rows.map((r) => r.batchId))]),
  ]);
  const out: IndicatorReading = {
    indicator,
    periods: [...periods.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.period.localeCompare(b.period)),
    areas: new Map([...readable].map((id) => [id, new Map<string, AreaFigure>()])),
    england: new Map(),
    localAuthority: laCode ? { code: laCode, name: laName ?? "The local authority", figures: new Map() } : null,
    files,
  };

  for (const [period, cells] of byPeriod) {
    const figures: RawFigure[] = [];
    const groups: Group[] = [];
    const cellIndex = new Map<string, number>();
    const cell = (k: string, r: Row) => {
      let i = cellIndex.get(k);
      if (i === undefined) {
        i = figures.length;
        figures.push(raw(r));
        cellIndex.set(k, i);
      }
      return i;
    };
    type Plan = { area: UniverseArea; how: AreaFigure["how"]; level: GeographyType | null; members: { type: GeographyType; code: string; index: number }[]; of: number; total: number | null };
    const plans: Plan[] = [];
    for (const area of universe) {
      const level = LEVELS.find((l) => (area.codes.get(l) ?? []).some((c) => cells.has(key(l, c)))) ?? null;
      if (level === null) {
        plans.push({ area, how: "none", level: null, members: [], of: 0, total: null });
        continue;
      }
      const listed = area.codes.get(level) ?? [];
      const present = listed.filter((c) => cells.has(key(level, c)));
      const members = present.map((code) => ({ type: level, code, index: cell(key(level, code), cells.get(key(level, code))!) }));
      if (level === "area") {
        plans.push({ area, how: "published", level, members: [], of: 1, total: members[0]!.index });
        continue;
      }
      const combined = combineGeographies(indicator.unit, members.map((m) => figures[m.index]!));
      let total: number | null = null;
      if (combined.how === "recomputed") {
        total = figures.length;
        figures.push(combined.figure);
        groups.push({ total, members: members.map((m) => m.index) });
      }
      plans.push({ area, how: combined.how, level, members, of: listed.length, total });
    }
    const englandRow = cells.get(key("country", ENGLAND_CODE));
    const england = englandRow ? cell(key("country", ENGLAND_CODE), englandRow) : null;
    const laRow = laCode ? cells.get(key("la", laCode)) : undefined;
    const la = laRow && laCode ? cell(key("la", laCode), laRow) : null;

    const safe = suppressFigures(figures, groups, indicator.unit, indicator.suppressionThreshold);

    for (const plan of plans) {
      const target = out.areas.get(plan.area.id);
      if (!target) continue;
      target.set(period, {
        figure: plan.total === null ? NO_FIGURE : safe[plan.total]!,
        how: plan.how,
        level: plan.level,
        covered: plan.how === "published" ? 1 : plan.members.length,
        of: plan.of,
        geographies: input.geographies ? plan.members.map((m) => ({ type: m.type, code: m.code, name: names.get(key(m.type, m.code)) ?? null, figure: safe[m.index]! })) : [],
      });
    }
    if (england !== null) out.england.set(period, safe[england]!);
    if (la !== null) out.localAuthority!.figures.set(period, safe[la]!);
  }
  return out;
}

/** Names for the geographies of the readable areas: the reference data's, else the name given on the area. */
async function geographyNames(ctx: TenantContext, universe: UniverseArea[], readable: ReadonlySet<string>): Promise<Map<string, string>> {
  const codes = [...new Set(universe.filter((a) => readable.has(a.id)).flatMap((a) => [...a.codes.entries()].filter(([t]) => t !== "area").flatMap(([, c]) => c)))];
  if (codes.length === 0) return new Map();
  const [reference, given] = await Promise.all([
    db().geography.findMany({ where: { code: { in: codes } }, select: { code: true, type: true, name: true } }),
    db().areaGeography.findMany({ where: { partnershipId: ctx.partnershipId, areaId: { in: [...readable] }, code: { in: codes }, name: { not: null } }, select: { code: true, type: true, name: true } }),
  ]);
  const out = new Map<string, string>();
  for (const g of given) out.set(key(g.type, g.code), g.name!);
  for (const g of reference) out.set(key(g.type, g.code), g.name);
  return out;
}

async function geographyName(code: string): Promise<string | null> {
  return (await db().geography.findUnique({ where: { code }, select: { name: true } }))?.name ?? null;
}

async function sourceFiles(ctx: TenantContext, batchIds: string[]): Promise<SourceFile[]> {
  if (batchIds.length === 0) return [];
  const batches = await db().uploadBatch.findMany({
    where: { partnershipId: ctx.partnershipId, id: { in: batchIds } },
    select: { fileName: true, committedAt: true },
    orderBy: { commitSeq: "asc" },
  });
  return batches;
}

/** The periods with committed headline figures for an indicator, oldest first. */
export async function listIndicatorPeriods(ctx: TenantContext, indicatorId: string): Promise<PeriodInfo[]> {
  const periods = (await indicatorPeriods(db(), ctx.partnershipId, [indicatorId])).get(indicatorId) ?? [];
  return [...periods].reverse();
}
