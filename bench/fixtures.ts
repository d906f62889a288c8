import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextThreeTerms } from "@/lib/blueprint/terms";
import { ukToday } from "@/lib/blueprint/today";
import { DEMO_USERS } from "@/prisma/seed";

/**
 * Bulk areas for the Bradford partnership, each part-way through phase 2 (Plan &
 * Prioritise) the way a real one would be: phase 1 done and attested, the learning
 * symposium held with attendance, priorities shared and three ranked, stakeholders and
 * barriers named, termly convening meetings in the diary. Only "Outline the purpose"
 * (p2.purpose, attested) is missing, so the phase 2 gate is closed until openPhase2Gate.
 */

/** The template version the bench areas run on (the current one when this was written). */
const TEMPLATE_VERSION = 2;
const DAY = 86_400_000;

export type BenchArea = { id: string; slug: string; name: string };
export type Bradford = { partnershipId: string; coordinatorId: string; coordinatorEmail: string };
export type FixtureResult = { areas: BenchArea[]; rows: number; ms: number };

const WARDS = [
  "Baildon", "Bingley", "Bingley Rural", "Bolton and Undercliffe", "Bowling and Barkerend", "Bradford Moor", "City",
  "Clayton and Fairweather Green", "Craven", "Eccleshill", "Great Horton", "Heaton", "Idle and Thackley", "Ilkley",
  "Keighley East", "Keighley West", "Little Horton", "Queensbury", "Royds", "Shipley", "Thornton and Allerton",
  "Wharfedale", "Wibsey", "Windhill and Wrose", "Worth Valley", "Wyke", "Allerton", "Buttershaw", "Ravenscliffe", "Lidget Green",
];

const PRIORITIES = [
  "School attendance and persistent absence",
  "Children's mental health and wellbeing",
  "School readiness in the early years",
  "Children with no GP or dentist",
  "Young people vulnerable to crime and antisocial behaviour",
  "Overcrowded housing and its effect on learning",
  "Food insecurity in the school holidays",
];

const FOCUS_TYPES = ["ward", "estate", "town", "school_cluster", "deprivation_led"] as const;

function daysFrom(iso: string, days: number): Date {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * DAY);
}

/** One convening meeting in each of the next three terms: mid-term, or today when mid-term has passed. */
function termlyDates(today: string): Date[] {
  const mid = { autumn: [10, 15], spring: [2, 10], summer: [6, 12] } as const;
  const todayDate = daysFrom(today, 0);
  return nextThreeTerms(today).map((t) => {
    const [month, day] = mid[t.name];
    const date = new Date(Date.UTC(t.name === "autumn" ? t.academicYear : t.academicYear + 1, month - 1, day));
    return date > todayDate ? date : todayDate;
  });
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

export async function loadBradford(db: Db): Promise<Bradford> {
  const partnership = await db.localAuthorityPartnership.findUniqueOrThrow({ where: { slug: "bradford" }, select: { id: true } });
  const email = DEMO_USERS.find((u) => u.key === "coordinator")!.email;
  const coordinator = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { partnershipId: partnership.id, coordinatorId: coordinator.id, coordinatorEmail: email };
}

/** Adds `count` phase 2 areas with createMany, one statement per table. */
export async function addBenchAreas(db: Db, bradford: Bradford, count: number, today = ukToday()): Promise<FixtureResult> {
  const start = performance.now();
  const partnershipId = bradford.partnershipId;
  const orgs = await db.organisation.findMany({ where: { partnershipId }, select: { id: true, name: true, type: true } });
  const backbones = orgs.filter((o) => o.type === "vcse");
  const research = orgs.find((o) => o.type === "university");
  if (!backbones.length || !research) throw new Error("The demo seed has no VCSE or university organisation in Bradford");

  const areas: Prisma.ConveningPartnershipCreateManyInput[] = [];
  const focus: Prisma.AreaFocusCreateManyInput[] = [];
  const geographies: Prisma.AreaGeographyCreateManyInput[] = [];
  const assets: Prisma.AssetCreateManyInput[] = [];
  const outcomes: Prisma.OutcomeMeasureCreateManyInput[] = [];
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const priorities: Prisma.PriorityCreateManyInput[] = [];
  const stakeholders: Prisma.StakeholderCreateManyInput[] = [];
  const barriers: Prisma.BarrierCreateManyInput[] = [];
  const phaseStates: Prisma.PhaseStateCreateManyInput[] = [];
  const marks: Prisma.ChecklistItemStateCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const terms = termlyDates(today);
  const out: BenchArea[] = [];

  for (let i = 0; i < count; i += 1) {
    const ward = WARDS[i % WARDS.length]!;
    const round = Math.floor(i / WARDS.length);
    const name = round === 0 ? ward : `${ward} ${round + 1}`;
    const slug = `bench-${String(i + 1).padStart(4, "0")}-${slugify(ward)}`;
    const areaId = randomUUID();
    const scope = { partnershipId, areaId };
    const enteredPhase2 = daysFrom(today, -(20 + (i % 50)));
    out.push({ id: areaId, slug, name });

    areas.push({ partnershipId, id: areaId, slug, name, backboneOrganisationId: backbones[i % backbones.length]!.id, researchPartnerId: research.id, coordinatorUserId: bradford.coordinatorId });
    memberships.push({ partnershipId, userId: bradford.coordinatorId, role: "coordinator", areaId });
    focus.push({ ...scope, focusType: FOCUS_TYPES[i % FOCUS_TYPES.length]!, description: `${name}: the schools, families and services of the ${ward} ward, where child poverty is well above the district average.` });
    const code = 1_300 + i;
    geographies.push(
      { ...scope, type: "ward", code: `E0500${code}`, name: ward },
      { ...scope, type: "lsoa", code: `E0101${String(2 * code).padStart(4, "0")}` },
      { ...scope, type: "lsoa", code: `E0101${String(2 * code + 1).padStart(4, "0")}` },
    );
    assets.push(
      { ...scope, name: `${ward} Primary School`, type: "school", contact: "Headteacher's office" },
      { ...scope, name: `${ward} Academy`, type: "school", contact: "Pastoral lead" },
      { ...scope, name: `${ward} Nursery`, type: "early_years" },
      { ...scope, name: `${ward} Community Association`, type: "vcse", contact: "Development worker" },
      { ...scope, name: "Residents' association", type: "residents" },
    );
    outcomes.push({ ...scope, name: "School attendance and persistent absence" }, { ...scope, name: "Children registered with a GP and a dentist" });

    const symposiumId = randomUUID();
    meetings.push({
      ...scope,
      id: symposiumId,
      kind: "learning_symposium",
      title: `${name} learning symposium`,
      date: daysFrom(today, -(10 + (i % 50))),
      minutes: "Schools, health, parents and community partners shared the biggest challenges facing children in the area.",
      attendSchools: 4 + (i % 6),
      attendHealthCare: 2 + (i % 4),
      attendParents: 3 + (i % 7),
      attendCommunity: 2 + (i % 5),
      attendYoungPeople: 1 + (i % 4),
    });
    terms.forEach((date, t) => meetings.push({ ...scope, kind: "convening", title: `Convening partnership meeting ${t + 1}`, date, agenda: "Action plan progress; community budget; School Health Hub" }));

    const priorityIds = Array.from({ length: 5 }, () => randomUUID());
    priorityIds.forEach((id, p) =>
      priorities.push({ ...scope, id, title: PRIORITIES[(i + p) % PRIORITIES.length]!, sharedAtMeetingId: symposiumId, ...(p < 3 ? { status: "focus" as const, rank: p + 1 } : {}) }),
    );
    stakeholders.push(
      { ...scope, kind: "organisation", name: "Bradford District Care NHS Foundation Trust" },
      { ...scope, kind: "place", name: `${ward} community centre` },
      { ...scope, kind: "project", name: "Holiday activities and food programme" },
      { ...scope, kind: "person", name: "Neighbourhood policing team lead", notes: "Role only: no personal names" },
    );
    barriers.push(
      { ...scope, description: "Short-term funding undermines trust between families and services", needed: "Longer commissioning cycles from the local authority" },
      { ...scope, description: "Schools cannot see which children are known to other services", needed: "An information-sharing agreement with health and the council" },
    );
    phaseStates.push({ ...scope, templateVersion: TEMPLATE_VERSION, currentPhase: 2, cycle: 1, focusPriorityId: priorityIds[0]!, enteredPhaseAt: enteredPhase2 });
    for (const itemKey of ["p1.coalition", "p1.buy-in"]) {
      marks.push({ ...scope, cycle: 1, itemKey, attestedById: bradford.coordinatorId, attestedAt: daysFrom(today, -(25 + (i % 50))), note: "Agreed at the strategic partnership board" });
    }
    audits.push({ ...scope, actorUserId: bradford.coordinatorId, actorEmail: bradford.coordinatorEmail, action: "blueprint.phase.advanced", entityType: "PhaseState", entityId: areaId, before: { phase: 1, cycle: 1 }, after: { phase: 2, cycle: 1 }, createdAt: enteredPhase2 });
  }

  // Parents before children (composite foreign keys); the priorities need their symposium.
  const counts = [
    await db.conveningPartnership.createMany({ data: areas }),
    await db.membership.createMany({ data: memberships }),
    await db.areaFocus.createMany({ data: focus }),
    await db.areaGeography.createMany({ data: geographies }),
    await db.asset.createMany({ data: assets }),
    await db.outcomeMeasure.createMany({ data: outcomes }),
    await db.meeting.createMany({ data: meetings }),
    await db.priority.createMany({ data: priorities }),
    await db.stakeholder.createMany({ data: stakeholders }),
    await db.barrier.createMany({ data: barriers }),
    await db.phaseState.createMany({ data: phaseStates }),
    await db.checklistItemState.createMany({ data: marks }),
    await db.auditEvent.createMany({ data: audits }),
  ];
  return { areas: out, rows: counts.reduce((sum, c) => sum + c.count, 0), ms: performance.now() - start };
}

/** Gives the areas the last thing phase 2 asks for: the co-ordinator confirms "Outline the purpose". */
export async function openPhase2Gate(db: Db, bradford: Bradford, areas: readonly BenchArea[], today = ukToday()): Promise<void> {
  await db.checklistItemState.createMany({
    data: areas.map((a) => ({
      partnershipId: bradford.partnershipId,
      areaId: a.id,
      cycle: 1,
      itemKey: "p2.purpose",
      attestedById: bradford.coordinatorId,
      attestedAt: daysFrom(today, -1),
      note: "Collective Impact approach and the Act Locally methodology shared at the symposium",
    })),
  });
}
