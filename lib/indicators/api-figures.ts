import { z } from "zod";
import { db } from "@/lib/db/client";
import { toCsvLine } from "@/lib/csv/escape";
import { csvResponse } from "@/lib/csv/response";
import { apiError, type ApiCaller } from "@/lib/indicators/api-auth";
import { readIndicator, type AreaFigure } from "@/lib/indicators/services/read";
import { MARKER_MEANINGS, type SafeFigure, type Shown } from "@/lib/indicators/suppression";

/**
 * The figures API for scripts (/api/v1/indicators…): the partnership's indicators, and one
 * indicator's figures for the areas the token's member may see, by period. Every figure
 * comes through readIndicator, so it is suppressed exactly as on the pages and in their CSV
 * downloads ("c" for a small count, and the secondary cells that would give it away): the
 * API is not a way round suppression. JSON by default; `format=csv` for a spreadsheet.
 */
const notFound = () => apiError(404, "Not found");
const NO_STORE = { "cache-control": "no-store" };

const FiguresQuery = z.object({
  area: z.array(z.string().min(1).max(100)).max(100).default([]),
  period: z.array(z.string().min(1).max(40)).max(240).default([]),
  geographies: z.enum(["0", "1"]).default("0"),
  format: z.enum(["json", "csv"]).default("json"),
});

export async function apiListIndicators(caller: ApiCaller): Promise<Response> {
  const indicators = await db().indicatorDefinition.findMany({
    where: { partnershipId: caller.ctx.partnershipId },
    select: { id: true, code: true, name: true, unit: true, polarity: true, source: true, suppressionThreshold: true, catalogueCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return Response.json({ indicators }, { headers: NO_STORE });
}

type FigureRow = { area: string; period: string; periodType: string; periodStart: string; periodEnd: string; how: AreaFigure["how"]; geographyType: string; geographyCode: string; geographyName: string | null } & SafeFigure;

export async function apiIndicatorFigures(caller: ApiCaller, request: Request, indicatorCode: string): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const query = FiguresQuery.safeParse({
    area: params.getAll("area"),
    period: params.getAll("period"),
    geographies: params.get("geographies") ?? undefined,
    format: params.get("format") ?? undefined,
  });
  if (!query.success) return apiError(400, "Ask with ?area=<area slug> (repeatable), ?period=<label> (repeatable), ?geographies=1 for each geography's figures and ?format=csv for a spreadsheet.");
  const { ctx } = caller;
  const [indicator, areas] = await Promise.all([
    db().indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: ctx.partnershipId, code: indicatorCode } }, select: { id: true } }),
    db().conveningPartnership.findMany({
      where: { partnershipId: ctx.partnershipId, ...(ctx.areaIds === "all" ? {} : { id: { in: ctx.areaIds } }), ...(query.data.area.length ? { slug: { in: query.data.area } } : {}) },
      select: { id: true, slug: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  if (!indicator) return notFound();
  // An area the member may not see reads as one that does not exist.
  const missing = query.data.area.filter((slug) => !areas.some((a) => a.slug === slug));
  if (missing.length) return notFound();
  const reading = await readIndicator(ctx, { indicatorId: indicator.id, areaIds: areas.map((a) => a.id), periods: query.data.period.length ? query.data.period : undefined, geographies: query.data.geographies === "1" });
  if (!reading) return notFound();

  const rows: FigureRow[] = [];
  for (const area of areas) {
    const byPeriod = reading.areas.get(area.id);
    for (const p of reading.periods) {
      const f = byPeriod?.get(p.period);
      if (!f || f.how === "none") continue;
      const base = { area: area.slug, period: p.period, periodType: p.periodType, periodStart: p.start, periodEnd: p.end, how: f.how };
      rows.push({ ...base, geographyType: "area", geographyCode: area.slug, geographyName: null, ...f.figure });
      for (const g of f.geographies) rows.push({ ...base, geographyType: g.type, geographyCode: g.code, geographyName: g.name, ...g.figure });
    }
  }
  const comparators = reading.periods.flatMap((p) => {
    const out: { period: string; geographyType: string; geographyCode: string; figure: SafeFigure }[] = [];
    const england = reading.england.get(p.period);
    if (england) out.push({ period: p.period, geographyType: "country", geographyCode: "E92000001", figure: england });
    const la = reading.localAuthority?.figures.get(p.period);
    if (la && reading.localAuthority) out.push({ period: p.period, geographyType: "la", geographyCode: reading.localAuthority.code, figure: la });
    return out;
  });

  if (query.data.format === "csv") {
    const header = ["area", "period", "period_type", "period_start", "period_end", "how", "geography_type", "geography_code", "geography_name", "value", "numerator", "denominator", "lower_ci", "upper_ci"];
    const cell = (v: Shown | null) => (v === null ? "" : v);
    const lines = [toCsvLine(header), ...rows.map((r) => toCsvLine([r.area, r.period, r.periodType, r.periodStart, r.periodEnd, r.how, r.geographyType, r.geographyCode, r.geographyName, cell(r.value), cell(r.numerator), cell(r.denominator), cell(r.lowerCi), cell(r.upperCi)]))];
    return csvResponse(lines.join(""), `${indicatorCode.replace(/[^A-Za-z0-9_-]+/g, "-")}.csv`);
  }
  const { indicator: meta } = reading;
  return Response.json(
    {
      indicator: { code: meta.code, name: meta.name, unit: meta.unit, polarity: meta.polarity, source: meta.source, suppressionThreshold: meta.suppressionThreshold },
      markers: MARKER_MEANINGS,
      figures: rows,
      comparators,
      files: reading.files.map((f) => ({ fileName: f.fileName, committedAt: f.committedAt?.toISOString() ?? null })),
    },
    { headers: NO_STORE },
  );
}
