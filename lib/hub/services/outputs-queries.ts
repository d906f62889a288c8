import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";
import { isoDate } from "@/lib/blueprint/today";
import { monthBounds } from "@/lib/hub/dates";
import { sortedTerms, termContaining, termTitle, type SchoolCalendar } from "@/lib/hub/school-calendar";
import { timetableEntries, type TimetableEntry } from "@/lib/hub/timetable";
import { groupTotals, pickCounts, sumOutputs, type OutputCounts, type Totals } from "@/lib/hub/totals";
import { getHub, type HubView } from "@/lib/hub/services/queries";
import { loadCalendar } from "@/lib/hub/services/own";

export type GridRow = TimetableEntry & { counts: OutputCounts | null };
export type TotalsLine = { key: string; label: string; totals: Totals };
export type TotalsTable = { lines: TotalsLine[]; all: Totals };

type Recorded = OutputCounts & { sessionId: string; date: string };

/** Totals per service and per place (the host or a spoke), from recorded outputs only. */
export function totalsTables(hub: HubView, recorded: readonly Recorded[]): { byService: TotalsTable; byPlace: TotalsTable } {
  const serviceOf = new Map(hub.services.flatMap((s) => s.sessions.map((x) => [x.id, s] as const)));
  const rows = recorded.filter((r) => serviceOf.has(r.sessionId)).map((r) => ({ ...r, service: serviceOf.get(r.sessionId)! }));
  const byService = groupTotals(rows, (r) => r.service.id);
  const byPlace = groupTotals(rows, (r) => r.service.spokeId ?? "host");
  const all = sumOutputs(rows);
  const serviceLabel = (id: string) => {
    const s = hub.services.find((x) => x.id === id)!;
    return `${s.typeName}, ${s.placeName}`;
  };
  const placeLabel = (key: string) => (key === "host" ? `${hub.host.name} (host)` : `${hub.spokes.find((s) => s.id === key)?.name ?? "A former spoke"} (spoke)`);
  // Two services of one kind at one place would read the same: name the provider then.
  const sameName = (id: string) => hub.services.filter((x) => x.id !== id && `${x.typeName}, ${x.placeName}` === serviceLabel(id)).length > 0;
  return {
    byService: { all, lines: hub.services.filter((s) => byService.has(s.id)).map((s) => ({ key: s.id, label: sameName(s.id) ? `${serviceLabel(s.id)} (${s.provider.name})` : serviceLabel(s.id), totals: byService.get(s.id)! })) },
    byPlace: { all, lines: ["host", ...hub.spokes.map((s) => s.id)].filter((k) => byPlace.has(k)).map((k) => ({ key: k, label: placeLabel(k), totals: byPlace.get(k)! })) },
  };
}

async function recordedBetween(ctx: TenantContext, hubId: string, from: string, to: string): Promise<Recorded[]> {
  const rows = await db().hubSessionOutput.findMany({
    where: { partnershipId: ctx.partnershipId, session: { service: { hubId } }, date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) } },
    orderBy: { date: "asc" },
  });
  return rows.map((r) => ({ ...pickCounts(r), sessionId: r.sessionId, date: isoDate(r.date) }));
}

/** The term a month's totals roll up into: the one holding the month's middle, else one that starts or ends in it. */
export function termForMonth(calendar: SchoolCalendar, month: string) {
  const { from, to } = monthBounds(month);
  return termContaining(calendar, `${month}-15`) ?? sortedTerms(calendar.terms).find((t) => (t.startsOn >= from && t.startsOn <= to) || (t.endsOn >= from && t.endsOn <= to)) ?? null;
}

export type OutputsMonth = {
  hub: HubView;
  calendar: SchoolCalendar;
  rows: GridRow[];
  /** Occurrences later this month, not yet open for outputs. */
  later: number;
  month: { byService: TotalsTable; byPlace: TotalsTable };
  term: { title: string; from: string; to: string; byService: TotalsTable; byPlace: TotalsTable } | null;
};

/** The outputs grid for one month (occurrences up to today, cancelled ones left out) and the month's and term's totals. */
export async function getOutputsMonth(ctx: TenantContext, areaId: string, month: string, today: string): Promise<OutputsMonth | null> {
  const hub = await getHub(ctx, areaId);
  if (!hub) return null;
  const calendar = await loadCalendar(db(), ctx.partnershipId);
  const range = monthBounds(month);
  const entries = timetableEntries(hub.services, calendar, range).filter((e) => !e.cancelled);
  const monthRecorded = await recordedBetween(ctx, hub.id, range.from, range.to);
  const byKey = new Map(monthRecorded.map((r) => [`${r.sessionId}|${r.date}`, r]));
  const rows = entries.filter((e) => e.date <= today).map((e) => {
    const found = byKey.get(`${e.sessionId}|${e.date}`);
    return { ...e, counts: found ? pickCounts(found) : null };
  });
  const term = termForMonth(calendar, month);
  return {
    hub,
    calendar,
    rows,
    later: entries.length - rows.length,
    month: totalsTables(hub, monthRecorded),
    term: term ? { title: termTitle(term), from: term.startsOn, to: term.endsOn, ...totalsTables(hub, await recordedBetween(ctx, hub.id, term.startsOn, term.endsOn)) } : null,
  };
}

