import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { z } from "zod";
import { setEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/db/prepare";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionItemStatus, CollectiveImpactCondition, ConditionLevel, FeedbackSource, Rag } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/blueprint/today";
import { financialYearOf } from "@/lib/budget/financial-year";
import { defaultRubric } from "@/lib/budget/rubric";
import { theoryContentSchema, type TheoryContent } from "@/lib/theory-of-change/content";
import { seed, DEMO_USERS } from "@/prisma/seed";
import { addDays } from "@/prisma/seed/blueprint";
import { holmeWoodStatement } from "@/prisma/seed/holme-wood-statement";
import { HOLME_WOOD_HUB, seedHubFor, type HubSeed } from "@/prisma/seed/hub";
import { addBenchAreas, loadBradford, type BenchArea, type Bradford } from "./fixtures";
import { buildLargeTenant } from "./large-tenant";
import { LOCAL_SERVER_URL } from "./config";

/**
 * `npm run bench:seed-large`: the large tenant of issue 9 in its own database on the
 * PostgreSQL server (dropped and recreated, migrated as `npm run db:migrate` does), for
 * `npm run bench:load`. The demo seed, then Bradford brought to 50 areas (bench/fixtures.ts),
 * each with believable records in every module, written the way the demo seed writes
 * Holme Wood's (prisma/seed/*: the seed is not a user, so no audit trail of clicks):
 *
 * - blueprint: focus, geographies, assets, priorities, meetings (fixtures.ts); a third of the
 *   areas moved on to phase 3 once their Statement of Intent is published;
 * - Statement of Intent (the Holme Wood document re-addressed to the area; published or a
 *   draft), its version, responses to two asks; the area's theory of change; action plan items
 *   from the statement's commitments with update logs;
 * - community budget: this year's pot, a closed round with the default rubric, five
 *   applications, a panel of three with submitted scores, awards within the round, one
 *   declined with its reason, spend, a grant report;
 * - School Health Hub: the Holme Wood hub's pattern (host, two spokes, five services, weekly
 *   and one-off sessions, a term of outputs, the tapering budget with allocations, spend and
 *   contributions: prisma/seed/hub.ts's seedHubFor) for every area;
 * - Review & Learn: two capability assessments a term apart, a collective-impact assessment,
 *   a consented case study linked to an award and an action item, feedback from a
 *   commissioner, a grant recipient and a beneficiary;
 * - indicators: bench/large-tenant.ts (2,000 LSOAs, 40 indicators, 120 months: 9.6 M points).
 *
 * Prints progress, and last the BENCH_LOAD_DATABASE_URL to use.
 */
const settings = z
  .object({
    /** The server's admin connection; the database is created beside it. */
    BENCH_DATABASE_URL: z.string().url().default(LOCAL_SERVER_URL),
    BENCH_LARGE_DATABASE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .default("act_locally_large"),
  })
  .parse(process.env);

const AREAS = 50;
const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function databaseUrl(name: string): string {
  const u = new URL(settings.BENCH_DATABASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function recreate(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: settings.BENCH_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/** A small deterministic generator: the same tenant on every run. */
function generator(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

type AreaOrgs = { primary: string; academy: string; nursery: string; community: string; healthCentre: string };

/** Each bench area's own schools, nursery, community group and health centre (the assets fixtures.ts names). */
async function addAreaOrganisations(client: Db, partnershipId: string, areas: readonly BenchArea[]): Promise<Map<string, AreaOrgs>> {
  const names = (a: BenchArea) => ({
    primary: `${a.name} Primary School`,
    academy: `${a.name} Academy`,
    nursery: `${a.name} Nursery`,
    community: `${a.name} Community Association`,
    healthCentre: `${a.name} Health Centre`,
  });
  const types = { primary: "school", academy: "school", nursery: "early_years", community: "vcse", healthCentre: "health" } as const;
  await client.organisation.createMany({
    data: areas.flatMap((a) => Object.entries(names(a)).map(([key, name]) => ({ partnershipId, name, type: types[key as keyof AreaOrgs] }))),
  });
  const ids = new Map((await client.organisation.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((o) => [o.name, o.id]));
  return new Map(areas.map((a) => [a.id, Object.fromEntries(Object.entries(names(a)).map(([k, n]) => [k, ids.get(n)!])) as AreaOrgs]));
}

function areaTheory(name: string, focus: string): TheoryContent {
  const node = (text: string) => ({ id: randomUUID(), text, leadsTo: [] as string[] });
  const ways = [node(`Schools in ${name} lead, with health, the council and the police beside them`), node("Trauma-informed practice in every setting")];
  const activities = [node("A named adult in school for every child at risk"), node("A multi-agency response when attendance falls under 90%"), node("A termly forum where schools and VCSE groups plan together")];
  const outcomes = [
    { ...node("Children at risk are known early and supported"), indicatorCodes: [] as string[] },
    { ...node("Better attendance among the children at risk"), indicatorCodes: ["persistent-absence"] },
  ];
  const impacts = [node(`Children in ${name} healthier and in school`)];
  ways[0]!.leadsTo = [activities[0]!.id, activities[1]!.id];
  ways[1]!.leadsTo = [activities[2]!.id];
  activities[0]!.leadsTo = [outcomes[0]!.id];
  activities[1]!.leadsTo = [outcomes[1]!.id];
  activities[2]!.leadsTo = [outcomes[0]!.id];
  outcomes[0]!.leadsTo = [impacts[0]!.id];
  outcomes[1]!.leadsTo = [impacts[0]!.id];
  return theoryContentSchema.parse({
    focus,
    waysOfWorking: ways,
    activities,
    outcomes,
    impacts,
    assumptions: [{ id: randomUUID(), text: "Families trust services that stay for the long term." }],
    vision: `Every child in ${name} safe, healthy and in school.`,
  });
}

/** Statement, theory of change and action plan of one area. Returns what the later modules link to. */
async function statementAndPlan(client: Db, bradford: Bradford, area: BenchArea, orgs: AreaOrgs, councilId: string, i: number, today: string): Promise<{ actionItemId: string; published: boolean }> {
  const partnershipId = bradford.partnershipId;
  const scope = { partnershipId, areaId: area.id };
  const state = await client.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } });
  const { title: focus } = await client.priority.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId, id: state.focusPriorityId! } }, select: { title: true } });
  const published = i % 3 !== 2;
  const agreedOn = addDays(today, -(60 + (i % 40)));
  const meeting = await client.meeting.create({
    data: { ...scope, kind: "convening", title: "Convening partnership: Statement of Intent", date: agreedOn, agenda: "Agree the Statement of Intent", attendSchools: 3 + (i % 5), attendHealthCare: 1 + (i % 3), attendParents: 2 + (i % 4), attendCommunity: 2 + (i % 5), attendYoungPeople: 1 + (i % 3) },
  });
  const partners = [
    { organisationId: orgs.community, name: `${area.name} Community Association` },
    { organisationId: orgs.primary, name: `${area.name} Primary School` },
    { organisationId: orgs.academy, name: `${area.name} Academy` },
    { organisationId: orgs.nursery, name: `${area.name} Nursery` },
    { organisationId: councilId, name: "City of Bradford Metropolitan District Council" },
  ];
  // The Holme Wood document, re-addressed: its structure (ids, sections) is what the app validates.
  const doc = holmeWoodStatement(partners);
  const content = JSON.parse(JSON.stringify({ ...doc, priority: focus }).replaceAll("Holme Wood", area.name)) as Prisma.InputJsonValue;
  const statement = await client.statementOfIntent.create({
    data: { ...scope, priorityId: state.focusPriorityId!, cycle: 1, content, state: published ? "published" : "draft", ...(published ? { agreedOn, agreedAtMeetingId: meeting.id } : {}) },
  });
  if (published) {
    await client.statementVersion.create({
      data: { partnershipId, statementId: statement.id, number: 1, content, agreedOn, agreedAtMeetingId: meeting.id, agreedAtMeeting: meeting.title, publishedAt: addDays(today, -(55 + (i % 40))), publishedById: bradford.coordinatorId },
    });
    await client.statementAskResponse.createMany({
      data: [
        { partnershipId, statementId: statement.id, askId: doc.asks[4]!.id, status: "agreed", respondedOn: addDays(today, -40), note: "The council's education team will host the schools–VCSE forum each half term." },
        { partnershipId, statementId: statement.id, askId: doc.asks[0]!.id, status: "in_discussion", respondedOn: addDays(today, -20), note: "Discussed with the district's early help leads." },
      ],
    });
  }

  const theory = await client.theoryOfChange.create({ data: { ...scope, scope: "area", priorityId: state.focusPriorityId } });
  const theoryContent = areaTheory(area.name, focus);
  await client.theoryOfChangeVersion.create({
    data: { partnershipId, theoryId: theory.id, number: 1, content: theoryContent as unknown as Prisma.InputJsonValue, cycle: 1, createdById: bradford.coordinatorId, createdAt: addDays(today, -50) },
  });

  const plan: { action: number; owner: string; due: number; status: ActionItemStatus; rag: Rag; outcome: number }[] = [
    { action: 2, owner: orgs.community, due: -10 + (i % 20), status: "in_progress", rag: i % 4 === 0 ? "amber" : "green", outcome: 0 },
    { action: 3, owner: orgs.primary, due: 30 + (i % 30), status: i % 5 === 0 ? "done" : "in_progress", rag: "green", outcome: 0 },
    { action: 6, owner: councilId, due: 60 + (i % 40), status: i % 7 === 0 ? "blocked" : "not_started", rag: i % 7 === 0 ? "red" : "green", outcome: 1 },
    { action: 5, owner: orgs.academy, due: 90, status: "not_started", rag: "green", outcome: 1 },
  ];
  let first = "";
  for (const p of plan) {
    const action = doc.actions[p.action]!;
    const item = await client.actionPlanItem.create({
      data: {
        ...scope,
        cycle: 1,
        title: action.text.replaceAll("Holme Wood", area.name).replace(/\.$/, ""),
        ownerOrganisationId: p.owner,
        dueOn: addDays(today, p.due),
        status: p.status,
        rag: p.rag,
        source: published ? "statement_action" : "other",
        ...(published ? { sourceStatementId: statement.id, sourceActionId: action.id } : {}),
        outcomeId: theoryContent.outcomes[p.outcome]!.id,
      },
    });
    first ||= item.id;
    await client.actionItemUpdate.createMany({
      data: [
        { partnershipId, itemId: item.id, text: "Added from the Statement of Intent.", status: "not_started", rag: "green", authorId: bradford.coordinatorId, createdAt: addDays(today, -45) },
        ...(p.status === "not_started" ? [] : [{ partnershipId, itemId: item.id, text: "Update at the convening meeting.", status: p.status, rag: p.rag, authorId: bradford.coordinatorId, createdAt: addDays(today, -15) }]),
      ],
    });
  }
  if (published && i % 3 === 0) {
    await client.phaseState.update({ where: { partnershipId_areaId: scope }, data: { currentPhase: 3, enteredPhaseAt: addDays(today, -(50 + (i % 40))) } });
    await client.auditEvent.create({
      data: { ...scope, actorUserId: bradford.coordinatorId, actorEmail: bradford.coordinatorEmail, action: "blueprint.phase.advanced", entityType: "PhaseState", entityId: area.id, before: { phase: 2, cycle: 1 }, after: { phase: 3, cycle: 1 }, createdAt: addDays(today, -(50 + (i % 40))) },
    });
  }
  return { actionItemId: first, published };
}

const APPLICANTS = [
  { key: "community", contact: "Development worker", summary: "After-school and holiday clubs at the community centre, with a hot meal.", fit: "Reaches the children the focus priority names, in the hours when they are most at risk." },
  { key: "primary", contact: "Deputy head", summary: "A family liaison worker two days a week to follow up absence with a home visit.", fit: "Works with the families of the children with the lowest attendance, early." },
  { key: "academy", contact: "Pastoral lead", summary: "Mentoring for Year 7 pupils moving up from the area's primary schools.", fit: "Keeps the children at risk known to a trusted adult across the move to secondary school." },
  { key: "nursery", contact: "Manager", summary: "Stay-and-play sessions with the health visitor for families new to the area.", fit: "Joins up early years and health for the youngest children." },
  { key: "other", contact: "Director", summary: "A music festival for the whole town.", fit: "Brings people together." },
] as const;

/** This year's pot, one decided round with a scored panel, awards, spend and a report. Returns the first award. */
async function budget(client: Db, bradford: Bradford, area: BenchArea, orgs: AreaOrgs, panel: readonly string[], i: number, today: string): Promise<string> {
  const partnershipId = bradford.partnershipId;
  const scope = { partnershipId, areaId: area.id };
  const next = generator(i * 7919 + 17);
  const state = await client.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope }, select: { focusPriorityId: true } });
  const potPence = (10 + (i % 6)) * 100_000;
  const pot = await client.communityBudget.create({ data: { ...scope, financialYear: financialYearOf(today), amountPence: potPence, source: "Act Locally programme grant" } });
  const meeting = await client.meeting.create({
    data: { ...scope, kind: "convening", title: "Community budget decision panel", date: addDays(today, -30), agenda: "Decide the round of community grants", attendSchools: 2, attendCommunity: 3, attendYoungPeople: 2, attendParents: 2 },
  });
  const rubric = defaultRubric(randomUUID);
  const allocation = Math.round(potPence * 0.8);
  const maxAward = Math.round(allocation / 2);
  const round = await client.fundingRound.create({
    data: {
      ...scope,
      budgetId: pot.id,
      priorityId: state.focusPriorityId,
      title: "Community grants, first round",
      criteria: `Local groups and schools working with children and families in ${area.name} on the partnership's focus priority: above and beyond what is already delivered.`,
      rubric: rubric as unknown as Prisma.InputJsonValue,
      opensOn: addDays(today, -80),
      closesOn: addDays(today, -50),
      allocationPence: allocation,
      maxAwardPence: maxAward,
      status: "closed",
      publicToken: randomBytes(18).toString("base64url"),
      publicListing: i % 2 === 0,
      decisionMeetingId: meeting.id,
    },
  });
  const assignments = await Promise.all(
    panel.map((userId, p) => client.panelAssignment.create({ data: { partnershipId, roundId: round.id, userId, kind: p === 0 ? "member" : p === 1 ? "community_representative" : "young_person" } })),
  );
  let awarded = 0;
  let firstAward = "";
  for (const a of APPLICANTS) {
    const organisationName = a.key === "other" ? `${area.name} Festival Committee` : `${area.name} ${a.key === "community" ? "Community Association" : a.key === "primary" ? "Primary School" : a.key === "academy" ? "Academy" : "Nursery"}`;
    const requested = Math.min(maxAward, next(20, 60) * 5_000);
    const declined = a.key === "other" || awarded + requested > allocation;
    const application = await client.grantApplication.create({
      data: {
        partnershipId,
        roundId: round.id,
        organisationName,
        organisationId: a.key === "other" ? null : orgs[a.key],
        contactName: a.contact,
        contactEmail: "applicant@example.org",
        amountRequestedPence: requested,
        summary: a.summary,
        priorityFit: a.fit,
        aboveAndBeyond: true,
        channel: i % 2 ? "public_link" : "coordinator",
        submittedAt: addDays(today, -60 + next(0, 9)),
        declineReason: declined ? "The panel found it does not address the focus priority directly; a joint bid with a local school is encouraged next round." : null,
      },
    });
    await client.score.createMany({
      data: assignments.map((s) => ({
        partnershipId,
        assignmentId: s.id,
        applicationId: application.id,
        scores: Object.fromEntries(rubric.map((c) => [c.id, declined ? next(1, 3) : next(3, 5)])) as Prisma.InputJsonValue,
        comment: declined ? "Not clearly about the priority." : "Clear, local and deliverable.",
        submittedAt: addDays(today, -40),
      })),
    });
    if (declined) continue;
    awarded += requested;
    const award = await client.award.create({ data: { partnershipId, roundId: round.id, budgetId: pot.id, applicationId: application.id, amountPence: requested, decidedOn: meeting.date, meetingId: meeting.id, createdById: bradford.coordinatorId } });
    firstAward ||= award.id;
    await client.spend.create({ data: { partnershipId, awardId: award.id, amountPence: Math.round(requested / 2), spentOn: addDays(today, -20), description: "First half, paid on signing the grant agreement" } });
    if (award.id === firstAward) {
      await client.grantReport.create({ data: { partnershipId, awardId: award.id, reportedOn: addDays(today, -5), milestone: "First half term of sessions", percentComplete: 30 + next(0, 30), beneficiariesReached: next(20, 90) } });
    }
  }
  return firstAward;
}

/** The Holme Wood hub's pattern, at the area's own schools, nursery and health centre. */
function hubSeedFor(area: BenchArea, i: number): HubSeed {
  const rename = (name: string) =>
    ({ "Holme Wood Primary Academy": `${area.name} Primary School`, "Tong Leadership Academy": `${area.name} Academy`, "Holme Wood Nursery": `${area.name} Nursery`, "Holme Wood Health Centre": `${area.name} Health Centre` })[name] ?? name;
  return {
    ...HOLME_WOOD_HUB,
    area: area.slug,
    name: `${area.name} School Health Hub`,
    host: rename(HOLME_WOOD_HUB.host),
    spokes: HOLME_WOOD_HUB.spokes.map(rename),
    services: HOLME_WOOD_HUB.services.map((s) => ({ ...s, provider: rename(s.provider), spoke: s.spoke ? rename(s.spoke) : null })),
    firstYearPence: (30 + (i % 15)) * 100_000,
  };
}

const RAGS: Rag[] = ["red", "amber", "green"];
const LEVELS: ConditionLevel[] = ["just_begun", "making_progress", "mostly_in_place", "fully_in_place"];
const CONDITIONS: CollectiveImpactCondition[] = ["common_agenda", "shared_measurement", "mutually_reinforcing_activities", "continuous_communication", "backbone_support"];

async function review(client: Db, bradford: Bradford, area: BenchArea, links: { awardId: string; actionItemId: string }, i: number, today: string): Promise<void> {
  const partnershipId = bradford.partnershipId;
  const scope = { partnershipId, areaId: area.id };
  const next = generator(i * 104_729 + 3);
  const evaluationAreas = await client.selfEvaluationArea.findMany({ where: { partnershipId, retiredAt: null }, select: { id: true, name: true } });
  for (const [n, daysAgo] of [100, 15].entries()) {
    await client.capabilityAssessment.create({
      data: {
        ...scope,
        cycle: 1,
        assessedOn: addDays(today, -daysAgo),
        createdAt: addDays(today, -daysAgo),
        summary: n === 0 ? "A first look after the learning symposium." : "More partners leading; data arriving termly.",
        createdById: bradford.coordinatorId,
        ratings: { create: evaluationAreas.map((e) => ({ partnershipId, evaluationAreaId: e.id, rating: RAGS[Math.min(2, next(0, 1) + n)]!, note: `${e.name}: discussed at the convening meeting.` })).map(({ partnershipId: _p, ...r }) => r) },
      },
    });
  }
  await client.conditionAssessment.create({
    data: {
      ...scope,
      cycle: 1,
      assessedOn: addDays(today, -12),
      createdById: bradford.coordinatorId,
      ratings: { create: CONDITIONS.map((condition) => ({ condition, level: LEVELS[next(0, 3)]!, note: "Agreed by the convening partnership." })) },
    },
  });
  await client.caseStudy.create({
    data: {
      ...scope,
      cycle: 1,
      title: `After-school club brings a Year 6 group back into school life in ${area.name}`,
      story: "A group of Year 6 pupils had been missing afternoons. The club's workers met them and their families; over a half term the group helped plan the sessions, and their teacher reports they are in school every afternoon again.",
      whatItShows: "Local activities that children help to shape reach those most at risk, early, and reconnect them with school.",
      consentGivenBy: "The children's parents, through the community association",
      consentScope: "board",
      consentOn: addDays(today, -20),
      createdById: bradford.coordinatorId,
      createdAt: addDays(today, -15),
      links: {
        create: [
          ...(links.awardId ? [{ kind: "award" as const, awardId: links.awardId }] : []),
          { kind: "action_item" as const, actionItemId: links.actionItemId },
        ],
      },
    },
  });
  const feedback: { source: FeedbackSource; role: string; comments: string; awardId?: string }[] = [
    { source: "commissioner", role: "Public health commissioner, City of Bradford Metropolitan District Council", comments: "The Statement of Intent made the ask clear and gives us one place to hear from schools and VCSE groups." },
    { source: "grant_recipient", role: `Development worker, ${area.name} Community Association`, comments: "Applying was simple, and young people on the panel read our bid.", ...(links.awardId ? { awardId: links.awardId } : {}) },
    { source: "beneficiary", role: "Parent of a Year 5 pupil", comments: "My daughter has somewhere to go after school with adults she trusts." },
  ];
  await client.feedback.createMany({
    data: feedback.map((f, n) => ({ ...scope, cycle: 1, ...f, rating: next(3, 5), receivedOn: addDays(today, -(5 + n * 3)), createdById: bradford.coordinatorId })),
  });
}

async function main(): Promise<void> {
  const name = settings.BENCH_LARGE_DATABASE;
  const url = databaseUrl(name);
  const today = ukToday();
  log(`database ${name} on ${new URL(url).host}: dropped and created`);
  await recreate(name);
  const applied = await prepareDatabase(url);
  log(`migrated (${applied.length} migrations) and reference data loaded`);
  setEnv({ DATABASE_URL: url, LOG_LEVEL: "error" });
  await seed(db());
  log("demo seeded (Bradford, Kirklees, the demo users with the demo password)");

  const bradford = await loadBradford(db());
  const existing = await db().conveningPartnership.count({ where: { partnershipId: bradford.partnershipId } });
  const fixtures = await addBenchAreas(db(), bradford, AREAS - existing);
  log(`${fixtures.areas.length} bench areas added (${AREAS} in all): blueprint records, ${fixtures.rows} rows`);

  const orgs = await addAreaOrganisations(db(), bradford.partnershipId, fixtures.areas);
  const allOrgs = new Map((await db().organisation.findMany({ where: { partnershipId: bradford.partnershipId }, select: { id: true, name: true } })).map((o) => [o.name, o.id]));
  const councilId = allOrgs.get("City of Bradford Metropolitan District Council")!;
  const areaIds = new Map((await db().conveningPartnership.findMany({ where: { partnershipId: bradford.partnershipId }, select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  const types = new Map((await db().hubServiceType.findMany({ where: { partnershipId: bradford.partnershipId }, select: { id: true, name: true } })).map((t) => [t.name, t.id]));
  const userId = async (key: string) => (await db().user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((u) => u.key === key)!.email }, select: { id: true } })).id;
  const panel = [await userId("board"), await userId("admin"), await userId("research")];

  let rows = 0;
  for (const [i, area] of fixtures.areas.entries()) {
    const own = orgs.get(area.id)!;
    const plan = await statementAndPlan(db(), bradford, area, own, councilId, i, today);
    const awardId = await budget(db(), bradford, area, own, panel, i, today);
    await seedHubFor(db(), { id: bradford.partnershipId, orgs: allOrgs, areas: areaIds }, types, hubSeedFor(area, i), today);
    await review(db(), bradford, area, { awardId, actionItemId: plan.actionItemId }, i, today);
    if ((i + 1) % 10 === 0 || i === fixtures.areas.length - 1) log(`${i + 1} of ${fixtures.areas.length} areas: statement, theory of change, action plan, budget, hub, review`);
  }
  rows = await db().hubSessionOutput.count({ where: { partnershipId: bradford.partnershipId } });
  log(`${rows.toLocaleString("en-GB")} hub session outputs in all`);

  log("indicator volume (bench/large-tenant.ts)…");
  const tenant = await buildLargeTenant(db(), url, bradford, fixtures.areas, today);
  for (const line of tenant.lines) log(line);
  await db().$executeRawUnsafe("ANALYZE");
  log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`BENCH_LOAD_DATABASE_URL=${url}`);
}

try {
  await main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db()
    .$disconnect()
    .catch(() => undefined);
}
