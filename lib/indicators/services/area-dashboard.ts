import { db } from "@/lib/db/client";
import type { GeographyType } from "@/lib/generated/prisma/enums";
import { deprivationCaption, trendCaption } from "@/lib/indicators/caption";
import type { SafeFigure } from "@/lib/indicators/suppression";
import { deprivationProfile, type DeprivationProfile } from "@/lib/indicators/services/deprivation";
import { readIndicator, type AreaFigure, type GeographyFigure, type IndicatorMeta, type SourceFile } from "@/lib/indicators/services/read";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The area dashboard's data: each focus indicator (linked to one of the area's outcome
 * measures) over time, with its target, England and the local authority where the figures
 * carry them; the latest period by geography; and the area's deprivation profile. Every
 * figure comes through readIndicator, so all of it is suppressed and may go to the browser.
 */
export type TrendPoint = {
  period: string;
  start: string;
  end: string;
  area: SafeFigure;
  how: AreaFigure["how"];
  level: GeographyType | null;
  covered: number;
  of: number;
  england: SafeFigure | null;
  la: SafeFigure | null;
};

export type Breakdown = { period: string; level: GeographyType; how: AreaFigure["how"]; rows: GeographyFigure[]; total: SafeFigure | null };

export type FocusIndicator = {
  indicator: IndicatorMeta;
  measures: string[];
  target: { value: number; byPeriod: string | null; note: string | null } | null;
  trend: TrendPoint[];
  breakdown: Breakdown | null;
  laName: string | null;
  caption: string;
  files: SourceFile[];
};

export type AreaIndicators = {
  area: { id: string; slug: string; name: string };
  focus: FocusIndicator[];
  /** Outcome measures not linked to an indicator yet. */
  unlinked: string[];
  deprivation: DeprivationProfile & { caption: string };
};

export async function loadAreaIndicators(ctx: TenantContext, area: { id: string; slug: string; name: string }): Promise<AreaIndicators> {
  const [measures, targets, profile] = await Promise.all([
    db().outcomeMeasure.findMany({ where: { partnershipId: ctx.partnershipId, areaId: area.id }, select: { name: true, indicatorId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().indicatorTarget.findMany({ where: { partnershipId: ctx.partnershipId, areaId: area.id }, select: { indicatorId: true, value: true, byPeriod: true, note: true } }),
    deprivationProfile(ctx, area.id),
  ]);
  const indicatorIds = [...new Set(measures.flatMap((m) => (m.indicatorId ? [m.indicatorId] : [])))];
  const readings = await Promise.all(indicatorIds.map((indicatorId) => readIndicator(ctx, { indicatorId, areaIds: [area.id], geographies: true })));

  const focus: FocusIndicator[] = [];
  for (const reading of readings) {
    if (!reading) continue;
    const own = reading.areas.get(area.id) ?? new Map<string, AreaFigure>();
    const target = targets.find((t) => t.indicatorId === reading.indicator.id) ?? null;
    const trend: TrendPoint[] = reading.periods.map((p) => {
      const figure = own.get(p.period);
      return {
        period: p.period,
        start: p.start,
        end: p.end,
        area: figure?.figure ?? { value: null, numerator: null, denominator: null, lowerCi: null, upperCi: null },
        how: figure?.how ?? "none",
        level: figure?.level ?? null,
        covered: figure?.covered ?? 0,
        of: figure?.of ?? 0,
        england: reading.england.get(p.period) ?? null,
        la: reading.localAuthority?.figures.get(p.period) ?? null,
      };
    });
    const latestWithGeographies = [...reading.periods].reverse().find((p) => (own.get(p.period)?.geographies.length ?? 0) > 0 && own.get(p.period)!.level !== "area");
    const figure = latestWithGeographies ? own.get(latestWithGeographies.period)! : null;
    const laName = reading.localAuthority?.name ?? null;
    focus.push({
      indicator: reading.indicator,
      measures: measures.filter((m) => m.indicatorId === reading.indicator.id).map((m) => m.name),
      target: target && { value: target.value, byPeriod: target.byPeriod, note: target.note },
      trend,
      breakdown: figure && latestWithGeographies ? { period: latestWithGeographies.period, level: figure.level!, how: figure.how, rows: figure.geographies, total: figure.how === "recomputed" ? figure.figure : null } : null,
      laName,
      caption: trendCaption({
        place: area.name,
        unit: reading.indicator.unit,
        polarity: reading.indicator.polarity,
        laName,
        target: target && { value: target.value, byPeriod: target.byPeriod },
        points: trend.map((t) => ({ period: t.period, value: t.area.value, england: t.england?.value ?? null, la: t.la?.value ?? null })),
      }),
      files: reading.files,
    });
  }
  return {
    area,
    focus,
    unlinked: measures.filter((m) => !m.indicatorId).map((m) => m.name),
    deprivation: { ...profile, caption: deprivationCaption({ place: area.name, deciles: profile.deciles, unmatched: profile.unmatched }) },
  };
}
