import { hubReachByArea } from "@/lib/hub/services/reach";
import { latestCapabilityByArea, type CapabilityHeatmap } from "@/lib/review/services/heatmap";
import { db } from "@/lib/db/client";
import { listAreas } from "@/lib/areas/services/list-areas";
import { listAreaProgress } from "@/lib/blueprint/services/blueprint-view";
import { phaseName } from "@/lib/blueprint/phases";
import { ukToday } from "@/lib/blueprint/today";
import { financialYearOf } from "@/lib/budget/financial-year";
import type { PotSummary } from "@/lib/budget/limits";
import { potSummariesByArea } from "@/lib/budget/services/by-area";
import { compareCaption } from "@/lib/indicators/caption";
import { suppressFigures, type SafeFigure, type Shown } from "@/lib/indicators/suppression";
import { indicatorsWithFigures } from "@/lib/indicators/services/periods";
import { listIndicatorPeriods, readIndicator, type AreaFigure, type IndicatorMeta, type PeriodInfo, type SourceFile } from "@/lib/indicators/services/read";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The board's cross-area dashboard (DESIGN §3.5): areas side by side for one indicator and
 * period, each area's phase progress, its community budget, and slots for School Health
 * Hub reach and capability RAG ratings that those modules fill. The page and the benchmark
 * both call loadBoardDashboard, so the benchmark measures what the page does.
 */

/** An area's School Health Hub reach this academic year (from hubReachByArea); counts are suppressed here before display. */
export type HubReach = { areaId: string; sessions: number; childrenSeen: number; referrals: number; registrations: number };
/** What the review module reports per area (its latestCapabilityByArea(ctx)): the latest assessment's ratings. */

export type SafeHubReach = { areaId: string; sessions: Shown; childrenSeen: Shown; referrals: Shown; registrations: Shown };

export type BoardArea = { id: string; slug: string; name: string };

export type BoardDashboard = {
  areas: BoardArea[];
  indicators: { code: string; name: string }[];
  chosen: {
    indicator: IndicatorMeta;
    periods: PeriodInfo[];
    period: PeriodInfo | null;
    rows: { area: BoardArea; figure: AreaFigure | null; target: { value: number; byPeriod: string | null } | null }[];
    england: SafeFigure | null;
    la: { name: string; figure: SafeFigure | null } | null;
    caption: string;
    files: SourceFile[];
  } | null;
  progress: { area: BoardArea; phase: number; phaseName: string; cycle: number; met: number; required: number; focus: string | null }[];
  budget: { financialYear: number; byArea: Map<string, PotSummary> };
  /** One row per area with a School Health Hub: this academic year's reach, small counts suppressed. */
  hubReach: SafeHubReach[];
  /** Every readable area's latest capability ratings, from the review module. */
  capability: CapabilityHeatmap;
};

export type BoardQuery = { indicator?: string; period?: string };

/** Hub outputs are counts of children and families: small ones are suppressed like any other. */
function suppressHubReach(rows: HubReach[]): SafeHubReach[] {
  return rows.map((r) => {
    const [sessions, childrenSeen, referrals, registrations] = suppressFigures(
      [r.sessions, r.childrenSeen, r.referrals, r.registrations].map((value) => ({ value, numerator: null, denominator: null, lowerCi: null, upperCi: null, missing: null })),
      [],
      "count",
      5,
    ).map((f) => f.value ?? 0);
    return { areaId: r.areaId, sessions: sessions!, childrenSeen: childrenSeen!, referrals: referrals!, registrations: registrations! };
  });
}

/** The indicator most areas track (linked to their outcome measures) that has figures, else the first with figures by name. */
async function defaultIndicator(ctx: TenantContext, indicators: { id: string; code: string }[]): Promise<string | undefined> {
  if (indicators.length === 0) return undefined;
  const [linked, withFigures] = await Promise.all([
    db().outcomeMeasure.groupBy({ by: ["indicatorId"], where: { partnershipId: ctx.partnershipId, indicatorId: { not: null } }, _count: { _all: true } }),
    indicatorsWithFigures(db(), ctx.partnershipId, indicators.map((i) => i.id)),
  ]);
  const links = new Map(linked.map((l) => [l.indicatorId, l._count._all]));
  const ordered = indicators.map((i, order) => ({ ...i, order })).sort((a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0) || a.order - b.order);
  return (ordered.find((i) => withFigures.has(i.id)) ?? ordered[0]!).code;
}

export async function loadBoardDashboard(ctx: TenantContext, query: BoardQuery): Promise<BoardDashboard> {
  const today = ukToday();
  const financialYear = financialYearOf(today);
  const [areaRows, indicators, budget] = await Promise.all([
    listAreas(ctx),
    db().indicatorDefinition.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, code: true, name: true }, orderBy: [{ name: "asc" }, { code: "asc" }] }),
    potSummariesByArea(ctx, financialYear),
  ]);
  const areas = areaRows.map((a) => ({ id: a.id, slug: a.slug, name: a.name }));
  const code = indicators.some((i) => i.code === query.indicator) ? query.indicator : await defaultIndicator(ctx, indicators);
  const indicator = indicators.find((i) => i.code === code);

  const [progress, chosen] = await Promise.all([
    listAreaProgress(ctx, areaRows),
    indicator ? compare(ctx, indicator.id, areas, query.period) : Promise.resolve(null),
  ]);

  const [reach, capability] = await Promise.all([hubReachByArea(ctx, { today }), latestCapabilityByArea(ctx)]);
  const hubReach: HubReach[] = reach
    .filter((r) => r.hub !== null)
    .map((r) => ({
      areaId: r.areaId,
      sessions: r.thisAcademicYear.sessions,
      childrenSeen: r.thisAcademicYear.childrenSeen,
      referrals: r.thisAcademicYear.referralsMade,
      registrations: r.thisAcademicYear.newGpRegistrations + r.thisAcademicYear.newDentistRegistrations,
    }));

  return {
    areas,
    indicators: indicators.map((i) => ({ code: i.code, name: i.name })),
    chosen,
    progress: progress.map((p) => {
      const gate = p.view.phases[p.view.currentPhase - 1]!.gate;
      return { area: { id: p.id, slug: p.slug, name: p.name }, phase: p.view.currentPhase, phaseName: phaseName(p.view.currentPhase), cycle: p.view.cycle, met: gate.met, required: gate.required, focus: p.view.focusPriority?.title ?? null };
    }),
    budget: { financialYear, byArea: budget },
    hubReach: suppressHubReach(hubReach),
    capability,
  };
}

async function compare(ctx: TenantContext, indicatorId: string, areas: BoardArea[], wanted: string | undefined): Promise<BoardDashboard["chosen"]> {
  const periods = await listIndicatorPeriods(ctx, indicatorId);
  const period = periods.find((p) => p.period === wanted) ?? periods[periods.length - 1] ?? null;
  const [reading, targets] = await Promise.all([
    readIndicator(ctx, { indicatorId, areaIds: areas.map((a) => a.id), periods: period ? [period.period] : [] }),
    db().indicatorTarget.findMany({ where: { partnershipId: ctx.partnershipId, indicatorId }, select: { areaId: true, value: true, byPeriod: true } }),
  ]);
  if (!reading) return null;
  const rows = areas.map((area) => ({
    area,
    figure: period ? (reading.areas.get(area.id)?.get(period.period) ?? null) : null,
    target: targets.find((t) => t.areaId === area.id) ?? null,
  }));
  const england = period ? (reading.england.get(period.period) ?? null) : null;
  const la = reading.localAuthority ? { name: reading.localAuthority.name, figure: period ? (reading.localAuthority.figures.get(period.period) ?? null) : null } : null;
  return {
    indicator: reading.indicator,
    periods,
    period,
    rows,
    england,
    la,
    caption: period
      ? compareCaption({
          period: period.period,
          unit: reading.indicator.unit,
          areas: rows.map((r) => ({ name: r.area.name, value: r.figure?.figure.value ?? null })),
          england: england?.value ?? null,
          la: la?.figure?.value ?? null,
          laName: la?.name ?? null,
        })
      : "No figures for this indicator yet.",
    files: reading.files,
  };
}
