import type { PackFigure } from "@/lib/review/pack";
import type { TenantContext } from "@/lib/tenancy/context";
import { hubReachByArea } from "@/lib/hub/services/reach";
import { formatPounds } from "@/lib/money";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { DEFAULT_THRESHOLD, MARKER_MEANINGS, isMarker, isSmallCount, type Shown } from "@/lib/indicators/suppression";
import { db } from "@/lib/db/client";
import { readIndicator } from "@/lib/indicators/services/read";
import { formatWithUnit } from "@/lib/indicators/units";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";

/**
 * The review pack's figures that other modules own, each the one place its module is wired in:
 * - key indicators: the indicators linked to the area's outcome measures (the area
 *   dashboard's focus indicators), latest period against the one before, read through
 *   readIndicator, so suppressed on the server (small counts as "c") like every other figure;
 * - hub: the School Health Hub's reach and budget for the area, from `hubReachByArea`.
 * Each answers null when its module has nothing for the area, and the pack says so.
 */
export async function packIndicatorFigures(ctx: TenantContext, areaId: string): Promise<PackFigure[] | null> {
  const [measures, targets] = await Promise.all([
    db().outcomeMeasure.findMany({ where: { partnershipId: ctx.partnershipId, areaId, indicatorId: { not: null } }, select: { indicatorId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().indicatorTarget.findMany({ where: { partnershipId: ctx.partnershipId, areaId }, select: { indicatorId: true, value: true, byPeriod: true } }),
  ]);
  const ids = [...new Set(measures.map((m) => m.indicatorId!))];
  if (ids.length === 0) return null;
  const readings = await Promise.all(ids.map((indicatorId) => readIndicator(ctx, { indicatorId, areaIds: [areaId] })));
  const figures: PackFigure[] = [];
  for (const reading of readings) {
    if (!reading) continue;
    const { unit, name, source } = reading.indicator;
    const own = reading.areas.get(areaId);
    const withFigure = reading.periods.filter((p) => own?.get(p.period)?.figure.value != null);
    const latest = withFigure.at(-1);
    const target = targets.find((t) => t.indicatorId === reading.indicator.id);
    const targetText = target ? `target ${formatWithUnit(unit, target.value)}${target.byPeriod ? ` by ${target.byPeriod}` : ""}` : null;
    if (!latest) {
      figures.push({ label: name, value: "No figures yet", detail: [targetText, `Source: ${source}`].filter(Boolean).join("; ") });
      continue;
    }
    const previous = withFigure.at(-2);
    const england = reading.england.get(latest.period)?.value ?? null;
    const values = [own!.get(latest.period)!.figure.value!, ...(previous ? [own!.get(previous.period)!.figure.value!] : [])];
    const markers = [...new Set(values.filter(isMarker))];
    const detail = [
      latest.period,
      previous ? `${shown(unit, values[1]!)} in ${previous.period}` : null,
      typeof england === "number" ? `England ${formatWithUnit(unit, england)}` : null,
      targetText,
      ...markers.map((m) => `${m}: ${MARKER_MEANINGS[m]}`),
      `Source: ${source}`,
    ];
    figures.push({ label: name, value: shown(unit, values[0]!), detail: detail.filter(Boolean).join("; ") });
  }
  return figures.length ? figures : null;
}

/** A suppressed figure as the pack prints it: the number with its unit, or its marker ("c", explained in the detail). */
function shown(unit: IndicatorUnit, value: Shown): string {
  return typeof value === "number" ? formatWithUnit(unit, value) : value;
}

/** The hub's reach this academic year (and since it began) and this financial year's money; null when the area has no hub. */
export async function packHubFigures(ctx: TenantContext, areaId: string): Promise<PackFigure[] | null> {
  const [reach] = await hubReachByArea(ctx, { areaIds: [areaId] });
  if (!reach?.hub) return null;
  const year = reach.thisAcademicYear;
  const all = reach.allTime;
  // The pack goes to the board like the dashboard: counts of children from 1 to 5 show as "c".
  const count = (n: number) => (isSmallCount(n, DEFAULT_THRESHOLD) ? "c" : n.toLocaleString("en-GB"));
  const { budget } = reach;
  return [
    { label: "Hub", value: reach.hub.name, detail: `Hosted by ${reach.hub.host}, with ${reach.hub.spokes} spoke${reach.hub.spokes === 1 ? "" : "s"} and ${reach.hub.services} service${reach.hub.services === 1 ? "" : "s"}` },
    { label: "Sessions held this academic year", value: count(year.sessions), detail: `${count(all.sessions)} since the hub began` },
    { label: "Children seen this academic year", value: count(year.childrenSeen), detail: `${count(year.familiesSeen)} families; ${count(year.referralsMade)} referrals made` },
    { label: "New GP and dentist registrations", value: count(year.newGpRegistrations + year.newDentistRegistrations), detail: `${count(year.newGpRegistrations)} GP, ${count(year.newDentistRegistrations)} dentist this academic year` },
    { label: "Vaccinations given this academic year", value: count(year.vaccinationsGiven) },
    {
      label: `Hub budget ${financialYearLabel(budget.financialYear)}`,
      value: formatPounds(budget.budgetPence),
      detail: `${formatPounds(budget.allocatedPence)} allocated, ${formatPounds(budget.spentPence)} spent; statutory partners ${formatPounds(budget.statutoryContributionsPence)}`,
    },
  ];
}
