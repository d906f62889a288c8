import type { PackFigure } from "@/lib/review/pack";
import type { TenantContext } from "@/lib/tenancy/context";
import { hubReachByArea } from "@/lib/hub/services/reach";
import { formatPounds } from "@/lib/money";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { DEFAULT_THRESHOLD, isSmallCount } from "@/lib/indicators/suppression";

/**
 * The review pack's figures that other modules own. Until they are merged these answer
 * null and the pack says so; each is the one place to wire its module in:
 * - key indicators: the focus issue's indicators for the area, latest period against the
 *   one before, suppressed on the server (counts 1..threshold as "c") before they are returned;
 * - hub: the School Health Hub's reach and budget for the area, from `hubReachByArea`.
 */
export async function packIndicatorFigures(_ctx: TenantContext, _areaId: string): Promise<PackFigure[] | null> {
  return null;
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
