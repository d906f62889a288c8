import type { Db } from "@/lib/db/client";
import type { AssetType, FocusAreaType, GeographyType, MeetingKind, StakeholderKind } from "@/lib/generated/prisma/enums";
import { nextThreeTerms } from "@/lib/blueprint/terms";
import { ukToday } from "@/lib/blueprint/today";
import { CURRENT_TEMPLATE_VERSION } from "@/lib/blueprint/template";

type AreaSeed = {
  phase: number;
  focus: { type: FocusAreaType; description: string };
  geographies: { type: GeographyType; code: string; name?: string }[];
  assets: { name: string; type: AssetType; contact?: string }[];
  outcomes: string[];
  meetings: { kind: MeetingKind; title: string; daysFromToday: number; attendance?: [number, number, number, number, number]; minutes?: string; decisions?: string[] }[];
  priorities: string[];
  /** Indexes into `priorities`, in rank order. */
  ranked: number[];
  stakeholders: { kind: StakeholderKind; name: string; notes?: string }[];
  barriers: { description: string; needed: string }[];
  /** Attested items, by key. */
  attested: string[];
};

const day = 86_400_000;
export function addDays(iso: string, days: number): Date {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * day);
}

/** A date in the middle of each of the next three terms, for termly convening meetings. */
function termlyMeetingDates(today: string): Date[] {
  const mid: Record<string, [number, number]> = { autumn: [10, 15], spring: [2, 10], summer: [6, 12] };
  return nextThreeTerms(today).map((t) => {
    const [month, dayOfMonth] = mid[t.name]!;
    const year = t.name === "autumn" ? t.academicYear : t.academicYear + 1;
    const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
    // In the current term the middle may have passed: then a fortnight from today.
    return date.getTime() > addDays(today, 0).getTime() ? date : addDays(today, 14);
  });
}

const HOLME_WOOD: AreaSeed = {
  phase: 3,
  focus: {
    type: "estate",
    description: "The Holme Wood estate in south-east Bradford: a large post-war estate with high and multiple deprivation, served by Holme Wood Primary Academy, Tong Leadership Academy and Holme Wood Nursery.",
  },
  geographies: [
    { type: "ward", code: "E05001346", name: "Tong" },
    { type: "lsoa", code: "E01010799" },
    { type: "lsoa", code: "E01010800" },
    { type: "lsoa", code: "E01010801" },
    { type: "lsoa", code: "E01010804" },
  ],
  assets: [
    { name: "Holme Wood Primary Academy", type: "school", contact: "Headteacher's office" },
    { name: "Tong Leadership Academy", type: "school", contact: "Pastoral lead" },
    { name: "Holme Wood Nursery", type: "early_years" },
    { name: "Holme Wood Youth Partnership", type: "vcse", contact: "Youth work co-ordinator" },
    { name: "Residents' association", type: "residents" },
  ],
  outcomes: ["Children and young people in contact with the police, by school year", "School attendance and persistent absence", "Hospital admissions for injuries in children"],
  meetings: [
    { kind: "learning_symposium", title: "Holme Wood learning symposium", daysFromToday: -240, attendance: [9, 4, 6, 7, 5], minutes: "Schools, health, police, VCSE and parents shared the biggest challenges facing children and young people in Holme Wood.", decisions: ["Write a Statement of Intent on crime and antisocial behaviour"] },
  ],
  priorities: ["Supporting children and young people vulnerable to crime and antisocial behaviour", "School attendance and persistent absence", "Access to dental care and GP registration", "Children's mental health and wellbeing"],
  ranked: [0, 1, 2],
  stakeholders: [
    { kind: "organisation", name: "West Yorkshire Violence Reduction Unit" },
    { kind: "person", name: "Neighbourhood policing team lead", notes: "Role only: no personal names" },
    { kind: "place", name: "Holme Wood community centre" },
    { kind: "project", name: "Detached youth work programme" },
  ],
  barriers: [
    { description: "Short-term, unreliable funding undermines trust between the community and services", needed: "Longer commissioning cycles and pooled resources from the local authority" },
    { description: "Schools lack timely intelligence on antisocial behaviour", needed: "An information-sharing agreement with the police and the council" },
  ],
  attested: ["p1.coalition", "p1.buy-in", "p2.purpose"],
};

const MANNINGHAM: AreaSeed = {
  phase: 2,
  focus: { type: "ward", description: "Manningham and Girlington in inner-city Bradford: young, diverse neighbourhoods with high child poverty." },
  geographies: [
    { type: "ward", code: "E05001355", name: "Manningham" },
    { type: "ward", code: "E05001343", name: "Toller" },
  ],
  assets: [
    { name: "Girlington Primary School", type: "school" },
    { name: "Manningham Community Hub", type: "vcse" },
    { name: "Local GP practice", type: "service" },
  ],
  outcomes: ["Children registered with a GP and a dentist"],
  meetings: [{ kind: "learning_symposium", title: "Manningham & Girlington learning symposium", daysFromToday: -30, attendance: [7, 5, 8, 6, 4] }],
  priorities: ["Unregistered children with no GP or dentist", "School readiness in early years", "Overcrowded housing and its effect on learning"],
  ranked: [0, 1],
  stakeholders: [{ kind: "organisation", name: "Bradford District Care NHS Foundation Trust" }],
  barriers: [],
  attested: ["p1.coalition", "p1.buy-in"],
};

const KEIGHLEY: AreaSeed = {
  phase: 1,
  focus: { type: "town", description: "Central Keighley: the town centre's primary schools and the families they serve." },
  geographies: [],
  assets: [{ name: "Keighley Central Primary", type: "school" }],
  outcomes: [],
  meetings: [],
  priorities: [],
  ranked: [],
  stakeholders: [],
  barriers: [],
  attested: ["p1.coalition"],
};

/** Holme Wood in phase 3 on its Statement of Intent's priority, Manningham & Girlington in phase 2, Keighley in phase 1. */
export async function seedBlueprint(db: Db, partnershipId: string, areas: Map<string, string>, coordinator: { id: string; email: string }): Promise<void> {
  const today = ukToday();
  const plan: [string, AreaSeed][] = [
    ["holme-wood", HOLME_WOOD],
    ["manningham-girlington", MANNINGHAM],
    ["keighley", KEIGHLEY],
  ];
  for (const [slug, s] of plan) {
    const areaId = areas.get(slug)!;
    const scope = { partnershipId, areaId };
    await db.areaFocus.create({ data: { ...scope, focusType: s.focus.type, description: s.focus.description } });
    if (s.geographies.length) await db.areaGeography.createMany({ data: s.geographies.map((g) => ({ ...scope, ...g })) });
    if (s.assets.length) await db.asset.createMany({ data: s.assets.map((a) => ({ ...scope, ...a })) });
    if (s.outcomes.length) await db.outcomeMeasure.createMany({ data: s.outcomes.map((name) => ({ ...scope, name })) });
    let symposiumId: string | null = null;
    for (const m of s.meetings) {
      const [schools, health, parents, community, young] = m.attendance ?? [0, 0, 0, 0, 0];
      const meeting = await db.meeting.create({
        data: { ...scope, kind: m.kind, title: m.title, date: addDays(today, m.daysFromToday), minutes: m.minutes, attendSchools: schools, attendHealthCare: health, attendParents: parents, attendCommunity: community, attendYoungPeople: young },
      });
      if (m.kind === "learning_symposium") symposiumId = meeting.id;
      for (const text of m.decisions ?? []) await db.meetingDecision.create({ data: { partnershipId, meetingId: meeting.id, text } });
    }
    if (s.phase >= 3) {
      for (const [i, date] of termlyMeetingDates(today).entries()) {
        await db.meeting.create({ data: { ...scope, kind: "convening", title: `Convening partnership meeting ${i + 1}`, date, agenda: "Action plan progress; community budget; School Health Hub" } });
      }
    }
    const priorityIds: string[] = [];
    for (const title of s.priorities) {
      const p = await db.priority.create({ data: { ...scope, title, sharedAtMeetingId: symposiumId } });
      priorityIds.push(p.id);
    }
    for (const [rank, index] of s.ranked.entries()) {
      await db.priority.update({ where: { partnershipId_id: { partnershipId, id: priorityIds[index]! } }, data: { status: "focus", rank: rank + 1 } });
    }
    if (s.stakeholders.length) await db.stakeholder.createMany({ data: s.stakeholders.map((x) => ({ ...scope, ...x })) });
    if (s.barriers.length) await db.barrier.createMany({ data: s.barriers.map((x) => ({ ...scope, ...x })) });
    const enteredPhaseAt = addDays(today, s.phase === 3 ? -120 : s.phase === 2 ? -45 : -20);
    await db.phaseState.create({ data: { ...scope, templateVersion: CURRENT_TEMPLATE_VERSION, currentPhase: s.phase, focusPriorityId: s.ranked.length ? priorityIds[s.ranked[0]!]! : null, enteredPhaseAt } });
    for (const itemKey of s.attested) {
      await db.checklistItemState.create({ data: { ...scope, cycle: 1, itemKey, attestedById: coordinator.id, attestedAt: enteredPhaseAt, note: "Agreed at the strategic partnership board" } });
    }
    for (let phase = 1; phase < s.phase; phase += 1) {
      await db.auditEvent.create({
        data: { ...scope, actorUserId: coordinator.id, actorEmail: coordinator.email, action: "blueprint.phase.advanced", entityType: "PhaseState", entityId: areaId, before: { phase, cycle: 1 }, after: { phase: phase + 1, cycle: 1 }, createdAt: addDays(today, -200 + phase * 40) },
      });
    }
  }
}
