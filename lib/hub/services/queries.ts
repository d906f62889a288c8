import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";
import type { HubOfferModel, HubOutcome, OrganisationType } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/blueprint/today";
import type { SessionPattern } from "@/lib/hub/recurrence";
import { HUB_SETTING_TYPES, STATUTORY_TYPES } from "@/lib/hub/labels";
import { loadCalendar, patternOf } from "@/lib/hub/services/own";
import type { SchoolCalendar } from "@/lib/hub/school-calendar";

/**
 * Reads for the hub pages. Each takes the tenant context and an area the page has already
 * resolved (requireArea), and names the tenant in every query again.
 */
export type SessionView = {
  id: string;
  kind: "one_off" | "weekly";
  pattern: SessionPattern;
  startMinute: number;
  endMinute: number;
  duringHolidays: boolean;
  cancellations: { id: string; date: string; reason: string }[];
  outputDates: string[];
};

export type ServiceView = {
  id: string;
  typeId: string;
  typeName: string;
  outcome: HubOutcome | null;
  provider: { id: string; name: string };
  /** null: at the host. */
  spokeId: string | null;
  placeName: string;
  description: string | null;
  sessions: SessionView[];
};

export type HubView = {
  id: string;
  name: string;
  space: string;
  offerModels: HubOfferModel[];
  host: { id: string; name: string };
  spokes: { id: string; organisationId: string; name: string; services: number }[];
  services: ServiceView[];
  budgetStartYear: number | null;
  firstYearBudgetPence: number | null;
};

export async function getHub(ctx: TenantContext, areaId: string): Promise<HubView | null> {
  const hub = await db().schoolHealthHub.findUnique({
    where: { partnershipId_areaId: { partnershipId: ctx.partnershipId, areaId } },
    include: {
      host: { select: { id: true, name: true } },
      spokes: { include: { organisation: { select: { name: true } }, _count: { select: { services: true } } } },
      services: {
        orderBy: { createdAt: "asc" },
        include: {
          type: { select: { name: true, outcome: true } },
          provider: { select: { id: true, name: true } },
          spoke: { include: { organisation: { select: { name: true } } } },
          sessions: {
            orderBy: [{ startsOn: "asc" }, { startMinute: "asc" }],
            include: { cancellations: { orderBy: { date: "asc" } }, outputs: { select: { date: true } } },
          },
        },
      },
    },
  });
  if (!hub) return null;
  return {
    id: hub.id,
    name: hub.name,
    space: hub.space,
    offerModels: hub.offerModels,
    host: hub.host,
    spokes: hub.spokes.map((s) => ({ id: s.id, organisationId: s.organisationId, name: s.organisation.name, services: s._count.services })).sort((a, b) => a.name.localeCompare(b.name)),
    services: hub.services.map((s) => ({
      id: s.id,
      typeId: s.typeId,
      typeName: s.type.name,
      outcome: s.type.outcome,
      provider: s.provider,
      spokeId: s.spokeId,
      placeName: s.spoke ? s.spoke.organisation.name : hub.host.name,
      description: s.description,
      sessions: s.sessions.map((x) => ({
        id: x.id,
        kind: x.kind,
        pattern: patternOf(x),
        startMinute: x.startMinute,
        endMinute: x.endMinute,
        duringHolidays: x.duringHolidays,
        cancellations: x.cancellations.map((c) => ({ id: c.id, date: isoDate(c.date), reason: c.reason })),
        outputDates: x.outputs.map((o) => isoDate(o.date)).sort(),
      })),
    })),
    budgetStartYear: hub.budgetStartYear,
    firstYearBudgetPence: hub.firstYearBudgetPence,
  };
}

export type Option = { id: string; name: string; type: OrganisationType };

/** What the hub's forms offer: settings that can host or be spokes, providers, statutory partners, service types. */
export async function hubFormOptions(ctx: TenantContext) {
  const [organisations, serviceTypes] = await Promise.all([
    db().organisation.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, name: true, type: true }, orderBy: { name: "asc" } }),
    db().hubServiceType.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, name: true, outcome: true, builtIn: true }, orderBy: [{ builtIn: "desc" }, { createdAt: "asc" }, { name: "asc" }] }),
  ]);
  return {
    settings: organisations.filter((o) => (HUB_SETTING_TYPES as readonly string[]).includes(o.type)),
    organisations,
    statutory: organisations.filter((o) => (STATUTORY_TYPES as readonly string[]).includes(o.type)),
    serviceTypes,
  };
}

export async function getCalendar(ctx: TenantContext): Promise<SchoolCalendar & { closureIds: Map<string, string> }> {
  const calendar = await loadCalendar(db(), ctx.partnershipId);
  const closures = await db().schoolClosureDay.findMany({ where: { partnershipId: ctx.partnershipId }, select: { id: true, date: true } });
  return { ...calendar, closureIds: new Map(closures.map((c) => [isoDate(c.date), c.id])) };
}

export function findService(hub: HubView, serviceId: string): ServiceView | null {
  return hub.services.find((s) => s.id === serviceId) ?? null;
}
