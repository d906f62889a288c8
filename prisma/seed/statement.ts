import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ukToday } from "@/lib/blueprint/today";
import { theoryContentSchema, type TheoryContent } from "@/lib/theory-of-change/content";
import { addDays } from "./blueprint";
import { holmeWoodStatement } from "./holme-wood-statement";

type Tenant = { id: string; orgs: Map<string, string> };

const HOLME_WOOD_PARTNERS = [
  "Holme Wood Youth Partnership",
  "Holme Wood Primary Academy",
  "Tong Leadership Academy",
  "Holme Wood Nursery",
  "City of Bradford Metropolitan District Council",
  "West Yorkshire Police",
  "West Yorkshire Violence Reduction Unit",
  "Centre for Applied Education Research (Born in Bradford)",
  "Vulnerabilities and Policing Futures Research Centre",
];

/** Holme Wood's theory of change for its focus issue, built from its Statement of Intent. */
function holmeWoodTheory(): TheoryContent {
  const node = (text: string) => ({ id: randomUUID(), text, leadsTo: [] as string[] });
  const ways = [node("Schools and youth workers lead, with the police, the council and health beside them"), node("Trauma-informed practice in every setting"), node("A forum where schools and VCSE groups meet every half term")];
  const activities = [node("Detached and school-based youth work for children at risk"), node("A multi-agency response for every six-year-old with attendance under 90%"), node("Earlier sharing of antisocial-behaviour intelligence with schools")];
  const outcomes = [
    { ...node("Children at risk are known early and have a trusted adult"), indicatorCodes: [] as string[] },
    { ...node("Better attendance among children at risk"), indicatorCodes: ["persistent-absence"] },
  ];
  const impacts = [node("Fewer children and young people involved in crime and antisocial behaviour"), node("Holme Wood a source of aspiration, not stigma")];
  ways[0]!.leadsTo = [activities[0]!.id, activities[1]!.id];
  ways[1]!.leadsTo = [activities[0]!.id];
  ways[2]!.leadsTo = [activities[2]!.id];
  activities[0]!.leadsTo = [outcomes[0]!.id];
  activities[1]!.leadsTo = [outcomes[1]!.id];
  activities[2]!.leadsTo = [outcomes[0]!.id];
  outcomes[0]!.leadsTo = [impacts[0]!.id, impacts[1]!.id];
  outcomes[1]!.leadsTo = [impacts[0]!.id];
  return theoryContentSchema.parse({
    focus: "Supporting children and young people vulnerable to crime and antisocial behaviour",
    waysOfWorking: ways,
    activities,
    outcomes,
    impacts,
    assumptions: [{ id: randomUUID(), text: "Trust grows when services stay for the long term and do what they promise." }],
    vision: "Every child in Holme Wood safe, known and aspiring.",
  });
}

/**
 * Holme Wood's published Statement of Intent (the seed document), agreed at a convening
 * meeting; responses to two of its asks; action items from its commitments; and the
 * focus issue's theory of change. Written directly: the seed is not a user.
 */
export async function seedStatement(db: Db, tenant: Tenant, holmeWoodId: string, coordinatorId: string): Promise<void> {
  const today = ukToday();
  const scope = { partnershipId: tenant.id, areaId: holmeWoodId };
  const state = await db.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } });
  const priorityId = state.focusPriorityId!;
  const agreedOn = addDays(today, -100);
  const meeting = await db.meeting.create({
    data: { ...scope, kind: "convening", title: "Convening partnership: Statement of Intent", date: agreedOn, agenda: "Agree the Statement of Intent", attendSchools: 6, attendHealthCare: 2, attendParents: 3, attendCommunity: 5, attendYoungPeople: 2 },
  });
  const partners = HOLME_WOOD_PARTNERS.map((name) => ({ organisationId: tenant.orgs.get(name)!, name }));
  const doc = holmeWoodStatement(partners);
  const content = doc as unknown as Prisma.InputJsonValue;
  const statement = await db.statementOfIntent.create({
    data: { ...scope, priorityId, cycle: 1, content, state: "published", agreedOn, agreedAtMeetingId: meeting.id },
  });
  await db.statementVersion.create({
    data: { partnershipId: tenant.id, statementId: statement.id, number: 1, content, agreedOn, agreedAtMeetingId: meeting.id, agreedAtMeeting: meeting.title, publishedAt: addDays(today, -95), publishedById: coordinatorId },
  });
  await db.statementAskResponse.createMany({
    data: [
      { partnershipId: tenant.id, statementId: statement.id, askId: doc.asks[4]!.id, status: "agreed", respondedOn: addDays(today, -60), note: "The council's education team will host the schools–VCSE forum each half term." },
      { partnershipId: tenant.id, statementId: statement.id, askId: doc.asks[5]!.id, status: "in_discussion", respondedOn: addDays(today, -30), note: "Information-sharing agreement drafted with West Yorkshire Police." },
    ],
  });

  const theory = await db.theoryOfChange.create({ data: { ...scope, scope: "area", priorityId } });
  const theoryContent = holmeWoodTheory();
  await db.theoryOfChangeVersion.create({
    data: { partnershipId: tenant.id, theoryId: theory.id, number: 1, content: theoryContent as unknown as Prisma.InputJsonValue, cycle: 1, createdById: coordinatorId, createdAt: addDays(today, -80) },
  });

  const items: { action: number; owner: string; due: number; status: "not_started" | "in_progress" | "done" | "blocked"; rag: "red" | "amber" | "green"; outcome?: number }[] = [
    { action: 4, owner: "Holme Wood Primary Academy", due: -14, status: "in_progress", rag: "amber", outcome: 0 },
    { action: 6, owner: "Holme Wood Youth Partnership", due: 45, status: "in_progress", rag: "green", outcome: 0 },
    { action: 7, owner: "City of Bradford Metropolitan District Council", due: 90, status: "not_started", rag: "green", outcome: 1 },
  ];
  for (const i of items) {
    const action = doc.actions[i.action]!;
    const item = await db.actionPlanItem.create({
      data: {
        ...scope,
        cycle: 1,
        title: action.text.replace(/\.$/, ""),
        ownerOrganisationId: tenant.orgs.get(i.owner)!,
        dueOn: addDays(today, i.due),
        status: i.status,
        rag: i.rag,
        source: "statement_action",
        sourceStatementId: statement.id,
        sourceActionId: action.id,
        outcomeId: i.outcome === undefined ? null : theoryContent.outcomes[i.outcome]!.id,
      },
    });
    await db.actionItemUpdate.create({ data: { partnershipId: tenant.id, itemId: item.id, text: "Added from the Statement of Intent.", status: i.status, rag: i.rag, authorId: coordinatorId, createdAt: addDays(today, -70) } });
  }
}

