import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";
import { ukToday } from "@/lib/blueprint/today";
import { financialYearOf } from "@/lib/budget/financial-year";
import { academicYearBounds, academicYearOf } from "@/lib/hub/dates";
import { zeroCounts, type Totals } from "@/lib/hub/totals";

/**
 * The School Health Hub's reach and money, per area: what the board's dashboard shows beside
 * each area, and what the hub's own pages show. Sums of the recorded outputs (aggregate counts
 * only), for the current academic year (September to August) and all time, and the hub budget
 * for the current financial year (April to March).
 */
export type OutcomeFigures = {
  /** Children seen by services that provide dental care. */
  childrenReceivingDentalCare: number;
  vaccinationsGiven: number;
  /** Children seen by mental health support services. */
  childrenReceivingMentalHealthSupport: number;
  newGpRegistrations: number;
  newDentistRegistrations: number;
};

export type HubReach = {
  areaId: string;
  areaSlug: string;
  areaName: string;
  hub: { id: string; name: string; host: string; spokes: number; services: number } | null;
  academicYear: number;
  /** `sessions` counts the occurrences with outputs recorded: sessions held. */
  thisAcademicYear: Totals;
  allTime: Totals;
  outcomes: { thisAcademicYear: OutcomeFigures; allTime: OutcomeFigures };
  budget: { financialYear: number; budgetPence: number; allocatedPence: number; spentPence: number; statutoryContributionsPence: number };
};

type Row = {
  areaId: string;
  thisYear: boolean;
  outcome: string | null;
  sessions: bigint;
  childrenSeen: bigint;
  familiesSeen: bigint;
  referralsMade: bigint;
  newGpRegistrations: bigint;
  newDentistRegistrations: bigint;
  vaccinationsGiven: bigint;
};

const emptyTotals = (): Totals => ({ ...zeroCounts(), sessions: 0 });
const emptyOutcomes = (): OutcomeFigures => ({ childrenReceivingDentalCare: 0, vaccinationsGiven: 0, childrenReceivingMentalHealthSupport: 0, newGpRegistrations: 0, newDentistRegistrations: 0 });

function add(totals: Totals, outcomes: OutcomeFigures, row: Row) {
  totals.sessions += Number(row.sessions);
  totals.childrenSeen += Number(row.childrenSeen);
  totals.familiesSeen += Number(row.familiesSeen);
  totals.referralsMade += Number(row.referralsMade);
  totals.newGpRegistrations += Number(row.newGpRegistrations);
  totals.newDentistRegistrations += Number(row.newDentistRegistrations);
  totals.vaccinationsGiven += Number(row.vaccinationsGiven);
  if (row.outcome === "dental_care") outcomes.childrenReceivingDentalCare += Number(row.childrenSeen);
  if (row.outcome === "mental_health") outcomes.childrenReceivingMentalHealthSupport += Number(row.childrenSeen);
  outcomes.vaccinationsGiven += Number(row.vaccinationsGiven);
  outcomes.newGpRegistrations += Number(row.newGpRegistrations);
  outcomes.newDentistRegistrations += Number(row.newDentistRegistrations);
}

/** Every area the context may read, with its hub's reach and budget figures (zeros and `hub: null` where there is no hub). */
export async function hubReachByArea(ctx: TenantContext, options: { today?: string; areaIds?: string[] } = {}): Promise<HubReach[]> {
  const today = options.today ?? ukToday();
  const academicYear = academicYearOf(today);
  const financialYear = financialYearOf(today);
  const { from, to } = academicYearBounds(academicYear);
  const readable = ctx.areaIds === "all" ? undefined : ctx.areaIds;
  const wanted = options.areaIds ? (readable ? options.areaIds.filter((id) => readable.includes(id)) : options.areaIds) : readable;
  const areas = await db().conveningPartnership.findMany({
    where: { partnershipId: ctx.partnershipId, archivedAt: null, ...(wanted ? { id: { in: wanted } } : {}) },
    select: { id: true, slug: true, name: true, schoolHealthHub: { select: { id: true, name: true, host: { select: { name: true } }, _count: { select: { spokes: true, services: true } } } } },
    orderBy: { name: "asc" },
  });
  const hubIds = areas.flatMap((a) => (a.schoolHealthHub ? [a.schoolHealthHub.id] : []));
  if (hubIds.length === 0) return areas.map((a) => blank(a, academicYear, financialYear));

  // One pass over the outputs, summed in the database by area, academic year and outcome.
  const rows = await db().$queryRaw<Row[]>`
    SELECT h."areaId" AS "areaId",
           (o."date" BETWEEN ${from}::date AND ${to}::date) AS "thisYear",
           t."outcome"::text AS "outcome",
           count(*) AS "sessions",
           sum(o."childrenSeen") AS "childrenSeen",
           sum(o."familiesSeen") AS "familiesSeen",
           sum(o."referralsMade") AS "referralsMade",
           sum(o."newGpRegistrations") AS "newGpRegistrations",
           sum(o."newDentistRegistrations") AS "newDentistRegistrations",
           sum(o."vaccinationsGiven") AS "vaccinationsGiven"
    FROM "HubSessionOutput" o
    JOIN "HubSession" s ON s."partnershipId" = o."partnershipId" AND s."id" = o."sessionId"
    JOIN "HubService" sv ON sv."partnershipId" = s."partnershipId" AND sv."id" = s."serviceId"
    JOIN "HubServiceType" t ON t."partnershipId" = sv."partnershipId" AND t."id" = sv."typeId"
    JOIN "SchoolHealthHub" h ON h."partnershipId" = sv."partnershipId" AND h."id" = sv."hubId"
    WHERE o."partnershipId" = ${ctx.partnershipId}::uuid AND h."id" = ANY(${hubIds}::uuid[])
    GROUP BY 1, 2, 3`;

  const scope = { partnershipId: ctx.partnershipId };
  // This financial year's budget, what is allocated and what is spent, summed in the database per hub
  // (for fifty hubs a few dozen rows, not every allocation and spend line through the client).
  const [years, contributions] = await Promise.all([
    db().$queryRaw<{ hubId: string; budgetPence: number; allocatedPence: number; spentPence: number }[]>`
      SELECT y."hubId"::text AS "hubId", y."amountPence"::float8 AS "budgetPence",
             (SELECT coalesce(sum(a."amountPence"), 0)::float8 FROM "HubAllocation" a WHERE a."partnershipId" = y."partnershipId" AND a."budgetYearId" = y."id") AS "allocatedPence",
             (SELECT coalesce(sum(x."amountPence"), 0)::float8 FROM "HubSpend" x JOIN "HubAllocation" a ON a."partnershipId" = x."partnershipId" AND a."id" = x."allocationId"
               WHERE a."partnershipId" = y."partnershipId" AND a."budgetYearId" = y."id") AS "spentPence"
      FROM "HubBudgetYear" y
      WHERE y."partnershipId" = ${ctx.partnershipId}::uuid AND y."hubId" = ANY(${hubIds}::uuid[]) AND y."financialYear" = ${financialYear}`,
    db().hubContribution.groupBy({ by: ["hubId"], where: { ...scope, hubId: { in: hubIds }, financialYear }, _sum: { valuePence: true } }),
  ]);
  const sumBy = (pence: (y: (typeof years)[number]) => number) => {
    const out = new Map<string, number>();
    for (const y of years) out.set(y.hubId, (out.get(y.hubId) ?? 0) + pence(y));
    return out;
  };
  const budgetBy = sumBy((y) => y.budgetPence);
  const allocatedBy = sumBy((y) => y.allocatedPence);
  const spentBy = sumBy((y) => y.spentPence);
  const contributedBy = new Map(contributions.map((c) => [c.hubId, c._sum.valuePence ?? 0]));

  return areas.map((a) => {
    const reach = blank(a, academicYear, financialYear);
    const hub = a.schoolHealthHub;
    if (!hub) return reach;
    for (const row of rows.filter((r) => r.areaId === a.id)) {
      add(reach.allTime, reach.outcomes.allTime, row);
      if (row.thisYear) add(reach.thisAcademicYear, reach.outcomes.thisAcademicYear, row);
    }
    reach.budget = {
      financialYear,
      budgetPence: budgetBy.get(hub.id) ?? 0,
      allocatedPence: allocatedBy.get(hub.id) ?? 0,
      spentPence: spentBy.get(hub.id) ?? 0,
      statutoryContributionsPence: contributedBy.get(hub.id) ?? 0,
    };
    return reach;
  });
}

function blank(
  area: { id: string; slug: string; name: string; schoolHealthHub: { id: string; name: string; host: { name: string }; _count: { spokes: number; services: number } } | null },
  academicYear: number,
  financialYear: number,
): HubReach {
  const hub = area.schoolHealthHub;
  return {
    areaId: area.id,
    areaSlug: area.slug,
    areaName: area.name,
    hub: hub ? { id: hub.id, name: hub.name, host: hub.host.name, spokes: hub._count.spokes, services: hub._count.services } : null,
    academicYear,
    thisAcademicYear: emptyTotals(),
    allTime: emptyTotals(),
    outcomes: { thisAcademicYear: emptyOutcomes(), allTime: emptyOutcomes() },
    budget: { financialYear, budgetPence: 0, allocatedPence: 0, spentPence: 0, statutoryContributionsPence: 0 },
  };
}

/** One area's figures, for the hub's own pages: the same numbers the board sees. */
export async function hubReachForArea(ctx: TenantContext, areaId: string, today?: string): Promise<HubReach | null> {
  const [reach] = await hubReachByArea(ctx, { today, areaIds: [areaId] });
  return reach ?? null;
}
