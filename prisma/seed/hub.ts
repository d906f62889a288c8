import type { Db } from "@/lib/db/client";
import type { HubBudgetCategory, HubContributionKind, HubOfferModel, OrganisationType } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/blueprint/today";
import { financialYearBounds, financialYearOf } from "@/lib/budget/financial-year";
import { addDays } from "@/lib/hub/dates";
import { occurrences, type SessionPattern } from "@/lib/hub/recurrence";
import { sortedTerms, type SchoolCalendar, type SchoolTermDates } from "@/lib/hub/school-calendar";
import { DEFAULT_SERVICE_TYPES } from "@/lib/hub/labels";
import { DEFAULT_TAPER, taperSchedule } from "@/lib/hub/taper";
import { OUTPUT_FIELDS, type OutputCounts } from "@/lib/hub/totals";

export type HubTenant = { id: string; orgs: Map<string, string>; areas: Map<string, string> };

/**
 * Bradford's school calendar for 2026/27 and 2027/28, as the partnership entered it (the
 * partnership's own entries, not an official publication: check the council's term dates).
 */
export const BRADFORD_CALENDAR: SchoolCalendar = {
  terms: [
    { academicYear: 2026, term: "autumn", startsOn: "2026-09-03", endsOn: "2026-12-18", halfTermStartsOn: "2026-10-26", halfTermEndsOn: "2026-10-30" },
    { academicYear: 2026, term: "spring", startsOn: "2027-01-04", endsOn: "2027-03-26", halfTermStartsOn: "2027-02-15", halfTermEndsOn: "2027-02-19" },
    { academicYear: 2026, term: "summer", startsOn: "2027-04-12", endsOn: "2027-07-21", halfTermStartsOn: "2027-05-31", halfTermEndsOn: "2027-06-04" },
    { academicYear: 2027, term: "autumn", startsOn: "2027-09-02", endsOn: "2027-12-17", halfTermStartsOn: "2027-10-25", halfTermEndsOn: "2027-10-29" },
    { academicYear: 2027, term: "spring", startsOn: "2028-01-04", endsOn: "2028-04-07", halfTermStartsOn: "2028-02-14", halfTermEndsOn: "2028-02-18" },
    { academicYear: 2027, term: "summer", startsOn: "2028-04-24", endsOn: "2028-07-21", halfTermStartsOn: "2028-05-29", halfTermEndsOn: "2028-06-02" },
  ],
  closures: [
    { date: "2027-01-04", label: "Staff training day" },
    { date: "2027-05-03", label: "Early May bank holiday" },
    { date: "2028-05-01", label: "Early May bank holiday" },
  ],
};

/** Providers and settings the hubs work with, added beside the core seed's organisations. */
const ORGANISATIONS: { name: string; type: OrganisationType }[] = [
  { name: "Bradford Community Dental Service", type: "health" },
  { name: "Bradford Mental Health Support Team in Schools", type: "health" },
  { name: "NHS West Yorkshire Integrated Care Board", type: "health" },
  { name: "Holme Wood Health Centre", type: "health" },
  { name: "Manningham Health Centre", type: "health" },
  { name: "Lilycroft Primary School", type: "school" },
  { name: "St Edmund's Nursery School", type: "early_years" },
  { name: "Parkwood Primary School", type: "school" },
  { name: "Strong Close Nursery School", type: "early_years" },
];

/** Figures per occurrence: [min, max] for each count, in OUTPUT_FIELDS order. */
type Range = [number, number];
export type ServiceSeed = {
  type: string;
  provider: string;
  /** null: at the host. */
  spoke: string | null;
  description: string;
  pattern: { weekday: number; intervalWeeks?: 1 | 2 } | { oneOffs: number[] };
  time: [number, number];
  figures: [Range, Range, Range, Range, Range, Range];
};
export type HubSeed = {
  area: string;
  name: string;
  host: string;
  space: string;
  offer: HubOfferModel[];
  spokes: string[];
  services: ServiceSeed[];
  firstYearPence: number;
  allocations: { category: HubBudgetCategory; description: string; pence: number; spentShare: number }[];
  /** By years after the budget starts. */
  contributions: { after: number; org: string; kind: HubContributionKind; pence: number; description: string }[];
};

export const HOLME_WOOD_HUB: HubSeed = {
  area: "holme-wood",
  name: "Holme Wood School Health Hub",
  host: "Holme Wood Primary Academy",
  space: "The former library on the ground floor, refitted as a clinic room with a family waiting area",
  offer: ["timetabled", "one_stop_shop"],
  spokes: ["Tong Leadership Academy", "Holme Wood Nursery"],
  services: [
    { type: "Dental", provider: "Bradford Community Dental Service", spoke: null, description: "Check-ups, fluoride varnish and help to find an NHS dentist", pattern: { weekday: 2 }, time: [540, 720], figures: [[7, 12], [5, 9], [0, 2], [0, 0], [1, 3], [0, 0]] },
    { type: "Mental health support", provider: "Bradford Mental Health Support Team in Schools", spoke: "Tong Leadership Academy", description: "Drop-in and booked sessions for pupils, and advice for parents", pattern: { weekday: 3 }, time: [780, 960], figures: [[4, 8], [1, 4], [0, 2], [0, 0], [0, 0], [0, 0]] },
    { type: "Immunisation", provider: "Bradford District Care NHS Foundation Trust", spoke: null, description: "Flu vaccination for every year group, and catch-up for missed vaccinations", pattern: { oneOffs: [41, 76] }, time: [540, 900], figures: [[85, 130], [20, 35], [0, 3], [0, 0], [0, 0], [85, 130]] },
    { type: "GP registration support", provider: "Holme Wood Health Centre", spoke: null, description: "Help for families to register with a GP and a dentist", pattern: { weekday: 4, intervalWeeks: 2 }, time: [540, 690], figures: [[3, 7], [3, 6], [0, 1], [2, 5], [1, 2], [0, 0]] },
    { type: "Health visiting", provider: "Bradford District Care NHS Foundation Trust", spoke: "Holme Wood Nursery", description: "Development checks and a weekly baby and toddler clinic", pattern: { weekday: 1 }, time: [570, 690], figures: [[6, 11], [6, 10], [0, 2], [0, 1], [0, 0], [0, 0]] },
  ],
  firstYearPence: 4_000_000,
  allocations: [
    { category: "coordination", description: "Hub co-ordinator, two days a week", pence: 1_400_000, spentShare: 0.4 },
    { category: "commissioned_services", description: "Extra dental and mental health sessions", pence: 1_600_000, spentShare: 0.4 },
    { category: "refurbishment", description: "Refitting the former library as a clinic room", pence: 400_000, spentShare: 1.0875 },
    { category: "co_location", description: "IT and room costs for visiting practitioners", pence: 250_000, spentShare: 0.32 },
    { category: "equipment", description: "Screens, a couch and a portable dental kit", pence: 200_000, spentShare: 0.85 },
    { category: "sundries", description: "Leaflets in community languages and a family launch event", pence: 100_000, spentShare: 0.32 },
  ],
  contributions: [
    { after: 0, org: "City of Bradford Metropolitan District Council", kind: "in_kind", pence: 300_000, description: "Caretaking and room hire at the academy" },
    { after: 1, org: "Bradford District Care NHS Foundation Trust", kind: "in_kind", pence: 800_000, description: "A school nurse at the hub one day a week" },
    { after: 1, org: "NHS West Yorkshire Integrated Care Board", kind: "money", pence: 500_000, description: "Dental access funding" },
    { after: 2, org: "Bradford District Care NHS Foundation Trust", kind: "in_kind", pence: 1_200_000, description: "School nursing and health visiting based at the hub" },
    { after: 2, org: "NHS West Yorkshire Integrated Care Board", kind: "money", pence: 1_000_000, description: "Dental and mental health sessions" },
    { after: 2, org: "City of Bradford Metropolitan District Council", kind: "in_kind", pence: 400_000, description: "Family support worker time" },
    { after: 3, org: "Bradford District Care NHS Foundation Trust", kind: "in_kind", pence: 1_500_000, description: "School nursing and health visiting based at the hub" },
    { after: 3, org: "NHS West Yorkshire Integrated Care Board", kind: "money", pence: 1_200_000, description: "Commissioned hub sessions" },
    { after: 3, org: "City of Bradford Metropolitan District Council", kind: "in_kind", pence: 500_000, description: "Family support worker time" },
  ],
};

const MANNINGHAM: HubSeed = {
  area: "manningham-girlington",
  name: "Manningham & Girlington School Health Hub",
  host: "Girlington Primary School",
  space: "The community room by the main entrance, with a private room for consultations",
  offer: ["timetabled"],
  spokes: ["Lilycroft Primary School", "St Edmund's Nursery School"],
  services: [
    { type: "GP registration support", provider: "Manningham Health Centre", spoke: null, description: "Help to register children with a GP, with interpreters", pattern: { weekday: 1 }, time: [525, 690], figures: [[4, 9], [4, 8], [0, 1], [3, 7], [0, 1], [0, 0]] },
    { type: "Dentist registration support", provider: "Bradford Community Dental Service", spoke: "Lilycroft Primary School", description: "Dental check and registration with a local NHS dentist", pattern: { weekday: 3 }, time: [810, 930], figures: [[5, 10], [3, 7], [0, 2], [0, 0], [2, 5], [0, 0]] },
    { type: "Health visiting", provider: "Bradford District Care NHS Foundation Trust", spoke: "St Edmund's Nursery School", description: "Development checks and infant feeding support", pattern: { weekday: 4 }, time: [570, 690], figures: [[5, 9], [5, 9], [0, 2], [0, 1], [0, 0], [0, 0]] },
    { type: "Family support", provider: "Manningham Community Hub", spoke: null, description: "Advice on housing, benefits and school readiness", pattern: { weekday: 5, intervalWeeks: 2 }, time: [540, 720], figures: [[2, 6], [4, 8], [1, 3], [0, 1], [0, 1], [0, 0]] },
  ],
  firstYearPence: 3_500_000,
  allocations: [
    { category: "coordination", description: "Hub co-ordinator, a day and a half a week", pence: 1_100_000, spentShare: 0.4 },
    { category: "commissioned_services", description: "Interpreters for registration sessions", pence: 900_000, spentShare: 0.35 },
    { category: "co_location", description: "Room costs for visiting practitioners", pence: 300_000, spentShare: 0.3 },
    { category: "sundries", description: "Leaflets in Urdu, Punjabi, Bengali, Romanian and Slovak", pence: 150_000, spentShare: 0.5 },
  ],
  contributions: [
    { after: 1, org: "NHS West Yorkshire Integrated Care Board", kind: "money", pence: 400_000, description: "GP registration outreach" },
    { after: 2, org: "Bradford District Care NHS Foundation Trust", kind: "in_kind", pence: 600_000, description: "Health visitor time at the hub" },
    { after: 2, org: "NHS West Yorkshire Integrated Care Board", kind: "money", pence: 500_000, description: "GP and dental registration outreach" },
    { after: 3, org: "Bradford District Care NHS Foundation Trust", kind: "in_kind", pence: 700_000, description: "Health visitor time at the hub" },
    { after: 3, org: "City of Bradford Metropolitan District Council", kind: "in_kind", pence: 300_000, description: "Family hub outreach worker" },
  ],
};

/** A small deterministic generator, so the demo's figures are the same on every machine. */
function generator(seed: number): (range: Range) => number {
  let state = seed >>> 0;
  return ([min, max]) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

/** The term of outputs to seed: the latest seeded term that has started, up to yesterday. */
function outputTerm(today: string): SchoolTermDates {
  const started = sortedTerms(BRADFORD_CALENDAR.terms).filter((t) => t.startsOn < today);
  return started.at(-1) ?? sortedTerms(BRADFORD_CALENDAR.terms)[0]!;
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One area's hub, spokes, services, a term of outputs and its tapering budget (also used by bench:seed-large). */
export async function seedHubFor(db: Db, tenant: HubTenant, types: Map<string, string>, s: HubSeed, today: string): Promise<void> {
  const partnershipId = tenant.id;
  const org = (name: string) => {
    const id = tenant.orgs.get(name);
    if (!id) throw new Error(`Seed organisation missing: ${name}`);
    return id;
  };
  const hub = await db.schoolHealthHub.create({
    data: { partnershipId, areaId: tenant.areas.get(s.area)!, name: s.name, hostOrganisationId: org(s.host), space: s.space, offerModels: s.offer },
  });
  const spokes = new Map<string, string>();
  for (const name of s.spokes) spokes.set(name, (await db.hubSpoke.create({ data: { partnershipId, hubId: hub.id, organisationId: org(name) } })).id);

  const term = outputTerm(today);
  const yearStart = sortedTerms(BRADFORD_CALENDAR.terms).find((t) => t.academicYear === term.academicYear)!.startsOn;
  const yearEnd = sortedTerms(BRADFORD_CALENDAR.terms).filter((t) => t.academicYear === term.academicYear).at(-1)!.endsOn;
  const last = addDays(today, -1) < term.endsOn ? addDays(today, -1) : term.endsOn;
  const next = generator(s.area.length * 7919);
  const outputs: (OutputCounts & { partnershipId: string; sessionId: string; date: Date })[] = [];

  for (const service of s.services) {
    const created = await db.hubService.create({
      data: { partnershipId, hubId: hub.id, typeId: types.get(service.type)!, providerOrganisationId: org(service.provider), spokeId: service.spoke ? spokes.get(service.spoke)! : null, description: service.description },
    });
    const patterns: SessionPattern[] =
      "oneOffs" in service.pattern
        ? service.pattern.oneOffs.map((days) => ({ kind: "one_off", date: addDays(term.startsOn, days) }))
        : [{ kind: "weekly", startsOn: yearStart, endsOn: yearEnd, weekday: service.pattern.weekday, intervalWeeks: service.pattern.intervalWeeks ?? 1 }];
    for (const pattern of patterns) {
      const session = await db.hubSession.create({
        data:
          pattern.kind === "one_off"
            ? { partnershipId, serviceId: created.id, kind: "one_off", startsOn: asDate(pattern.date), startMinute: service.time[0], endMinute: service.time[1] }
            : { partnershipId, serviceId: created.id, kind: "weekly", startsOn: asDate(pattern.startsOn), endsOn: asDate(pattern.endsOn), weekday: pattern.weekday, intervalWeeks: pattern.intervalWeeks, startMinute: service.time[0], endMinute: service.time[1] },
      });
      for (const date of occurrences(pattern, BRADFORD_CALENDAR, { from: term.startsOn, to: last })) {
        const counts = Object.fromEntries(OUTPUT_FIELDS.map((f, i) => [f, next(service.figures[i]!)])) as OutputCounts;
        // Vaccinations are given to the children seen at an immunisation session.
        if (service.figures[5][1] > 0) counts.vaccinationsGiven = counts.childrenSeen;
        outputs.push({ partnershipId, sessionId: session.id, date: asDate(date), ...counts });
      }
    }
  }
  await db.hubSessionOutput.createMany({ data: outputs });

  // The budget starts this financial year and tapers 100 / 75 / 50 / 25 %.
  const startYear = financialYearOf(today);
  await db.schoolHealthHub.update({ where: { partnershipId_id: { partnershipId, id: hub.id } }, data: { budgetStartYear: startYear, firstYearBudgetPence: s.firstYearPence } });
  const years = taperSchedule({ startYear, firstYearPence: s.firstYearPence, percents: DEFAULT_TAPER });
  const yearIds: string[] = [];
  for (const year of years) yearIds.push((await db.hubBudgetYear.create({ data: { partnershipId, hubId: hub.id, ...year } })).id);
  const fyStart = financialYearBounds(startYear).start;
  const spentOn = (daysAgo: number) => {
    const date = addDays(today, -daysAgo);
    return asDate(date < fyStart ? fyStart : date);
  };
  for (const [i, a] of s.allocations.entries()) {
    const allocation = await db.hubAllocation.create({ data: { partnershipId, budgetYearId: yearIds[0]!, category: a.category, description: a.description, amountPence: a.pence } });
    const spent = Math.round(a.pence * a.spentShare);
    if (spent > 0) {
      const first = Math.round(spent * 0.6);
      await db.hubSpend.createMany({
        data: [
          { partnershipId, allocationId: allocation.id, amountPence: first, spentOn: spentOn(90 + i), description: "First instalment" },
          { partnershipId, allocationId: allocation.id, amountPence: spent - first, spentOn: spentOn(20 + i), description: "Second instalment" },
        ].filter((x) => x.amountPence > 0),
      });
    }
  }
  await db.hubContribution.createMany({
    data: s.contributions.map((c) => ({ partnershipId, hubId: hub.id, financialYear: startYear + c.after, organisationId: org(c.org), kind: c.kind, valuePence: c.pence, description: c.description })),
  });
}

/**
 * Bradford's school calendar, its hub service types, and the School Health Hubs of Holme Wood
 * and Manningham & Girlington with a term of outputs (believable for estates of about 10,000
 * people) and a tapering budget with allocations, spend and statutory contributions. Keighley
 * has none yet. Written directly: the seed is not a user.
 */
export async function seedHub(db: Db, tenant: HubTenant): Promise<void> {
  const partnershipId = tenant.id;
  const today = ukToday();
  await db.schoolTerm.createMany({ data: BRADFORD_CALENDAR.terms.map((t) => ({ partnershipId, academicYear: t.academicYear, term: t.term, startsOn: asDate(t.startsOn), endsOn: asDate(t.endsOn), halfTermStartsOn: asDate(t.halfTermStartsOn), halfTermEndsOn: asDate(t.halfTermEndsOn) })) });
  await db.schoolClosureDay.createMany({ data: BRADFORD_CALENDAR.closures.map((c) => ({ partnershipId, date: asDate(c.date), label: c.label })) });
  for (const o of ORGANISATIONS) {
    if (tenant.orgs.has(o.name)) continue;
    tenant.orgs.set(o.name, (await db.organisation.create({ data: { partnershipId, ...o } })).id);
  }
  await db.hubServiceType.createMany({ data: DEFAULT_SERVICE_TYPES.map((t) => ({ partnershipId, name: t.name, outcome: t.outcome, builtIn: true })) });
  const types = new Map((await db.hubServiceType.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((t) => [t.name, t.id]));
  for (const hub of [HOLME_WOOD_HUB, MANNINGHAM]) await seedHubFor(db, tenant, types, hub, today);
}
