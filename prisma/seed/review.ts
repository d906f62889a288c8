import type { Db } from "@/lib/db/client";
import type { CollectiveImpactCondition, ConditionLevel, Rag } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/blueprint/today";
import { DEFAULT_EVALUATION_AREAS } from "@/lib/review/self-evaluation";
import { addDays } from "./blueprint";

type Tenant = { id: string; areas: Map<string, string> };

/** Ratings by self-evaluation area key, with the note the convening partnership wrote. */
type Ratings = Record<string, [Rag, string]>;

const HOLME_WOOD_EARLIER: Ratings = {
  "buy-in": ["amber", "The board backs the approach; two asks of the Statement of Intent are still waiting for an answer."],
  backbone: ["green", "The youth partnership convenes every term and follows up actions between meetings."],
  "research-partner": ["green", "The research partner brought the crime and attendance data to the symposium."],
  energy: ["red", "The same four organisations do most of the work; schools attend but rarely lead."],
  "strengths-based": ["amber", "The asset map exists but residents' groups are not yet part of the planning."],
  "cumulative-effect": ["red", "Nothing new has been drawn in beyond the first grants."],
};

const HOLME_WOOD_LATER: Ratings = {
  "buy-in": ["green", "The council's education team hosts the schools–VCSE forum each half term, as asked."],
  backbone: ["green", "Termly meetings held on time, with minutes and actions shared within a week."],
  "research-partner": ["amber", "Attendance data for the autumn term arrived late; the evaluation plan slipped by a month."],
  energy: ["amber", "Two primary schools now run sessions themselves; secondary involvement is still thin."],
  "strengths-based": ["green", "The residents' association and young people shaped the summer grants round."],
  "cumulative-effect": ["amber", "The police and a health visitor team have offered time after seeing the evening sessions."],
};

const MANNINGHAM: Ratings = {
  "buy-in": ["green", "Board sponsor named; GP registration is a board priority."],
  backbone: ["amber", "The community hub convenes, but with one part-time worker."],
  "research-partner": ["green", "Registration data by practice is shared monthly."],
  energy: ["green", "Mosques, the hub and two primaries lead on outreach."],
  "strengths-based": ["amber", "Community languages are an asset not yet used in the offer."],
  "cumulative-effect": ["red", "Too early: the first activities start next term."],
};

const KEIGHLEY: Ratings = {
  "buy-in": ["amber", "The board has heard the approach; no sponsor yet."],
  backbone: ["amber", "Keighley Voluntary Services is named but has not yet convened."],
  "research-partner": ["amber", "The research partner is named; no local data shared yet."],
  energy: ["red", "Only one school involved so far."],
  "strengths-based": ["red", "Assets not yet mapped."],
  "cumulative-effect": ["red", "Nothing started yet."],
};

const HOLME_WOOD_CONDITIONS: [CollectiveImpactCondition, ConditionLevel, string][] = [
  ["common_agenda", "mostly_in_place", "The Statement of Intent is agreed and published."],
  ["shared_measurement", "making_progress", "Outcome measures agreed; data arrives termly but late."],
  ["mutually_reinforcing_activities", "making_progress", "Grants and the action plan line up; schools' own work is not yet mapped against them."],
  ["continuous_communication", "mostly_in_place", "Termly convening meetings and a half-termly forum."],
  ["backbone_support", "fully_in_place", "The youth partnership co-ordinates and follows up."],
];

/**
 * Review & Learn demo records: the default self-evaluation areas; Holme Wood with two
 * capability analyses a term apart (so its ratings show movement), a collective-impact
 * self-assessment, a consented case study without names, and feedback from a commissioner
 * and a beneficiary; Manningham & Girlington and Keighley with one analysis each, so the
 * board's heatmap has every area in it. Written directly: the seed is not a user.
 */
export async function seedReview(db: Db, tenant: Tenant, coordinatorId: string, mgCoordinatorId: string): Promise<void> {
  const today = ukToday();
  const partnershipId = tenant.id;
  await db.selfEvaluationArea.createMany({ data: DEFAULT_EVALUATION_AREAS.map((a, i) => ({ partnershipId, ...a, position: i + 1 })) });
  const areaIds = new Map((await db.selfEvaluationArea.findMany({ where: { partnershipId }, select: { id: true, key: true } })).map((a) => [a.key, a.id]));

  async function assess(areaSlug: string, daysAgo: number, ratings: Ratings, createdById: string, summary?: string) {
    const areaId = tenant.areas.get(areaSlug)!;
    const state = await db.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId, areaId } }, select: { cycle: true } });
    await db.capabilityAssessment.create({
      data: {
        partnershipId,
        areaId,
        cycle: state.cycle,
        assessedOn: addDays(today, -daysAgo),
        summary,
        createdById,
        createdAt: addDays(today, -daysAgo),
        ratings: { create: Object.entries(ratings).map(([key, [rating, note]]) => ({ evaluationAreaId: areaIds.get(key)!, rating, note })) },
      },
    });
  }

  await assess("holme-wood", 100, HOLME_WOOD_EARLIER, coordinatorId, "A first look after the Statement of Intent: strong convening, too few people carrying the work.");
  await assess("holme-wood", 10, HOLME_WOOD_LATER, coordinatorId, "More partners leading; the data from the research partner needs to arrive on time.");
  await assess("manningham-girlington", 25, MANNINGHAM, mgCoordinatorId);
  await assess("keighley", 20, KEIGHLEY, coordinatorId);

  const holmeWood = tenant.areas.get("holme-wood")!;
  const scope = { partnershipId, areaId: holmeWood };
  const { cycle } = await db.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope }, select: { cycle: true } });

  await db.conditionAssessment.create({
    data: {
      ...scope,
      cycle,
      assessedOn: addDays(today, -10),
      createdById: coordinatorId,
      ratings: { create: HOLME_WOOD_CONDITIONS.map(([condition, level, note]) => ({ condition, level, note })) },
    },
  });

  const award = await db.award.findFirst({ where: { partnershipId, round: { areaId: holmeWood }, application: { organisationName: "Holme Wood Youth Partnership" } }, select: { id: true } });
  const item = await db.actionPlanItem.findFirst({ where: { ...scope, cycle }, orderBy: { createdAt: "asc" }, select: { id: true } });
  await db.caseStudy.create({
    data: {
      ...scope,
      cycle,
      title: "Friday evenings bring a Year 9 group back into school life",
      story:
        "A group of Year 9 pupils had been missing Friday afternoons and were known to the neighbourhood policing team. The youth workers met them at the community centre drop-in and, over a half term, the group helped plan the evening sessions. Two of the group now help run the Friday football, and their form tutor reports they are in school on Fridays again.",
      whatItShows: "Detached youth work that young people help to shape reaches those most at risk, early, and reconnects them with school.",
      consentGivenBy: "The young people and their parents, through the youth partnership",
      consentScope: "board",
      consentOn: addDays(today, -20),
      createdById: coordinatorId,
      createdAt: addDays(today, -15),
      links: { create: [...(award ? [{ partnershipId, kind: "award" as const, awardId: award.id }] : []), ...(item ? [{ partnershipId, kind: "action_item" as const, actionItemId: item.id }] : [])].map(({ partnershipId: _p, ...l }) => l) },
    },
  });

  await db.feedback.createMany({
    data: [
      {
        ...scope,
        cycle,
        source: "commissioner",
        role: "Public health commissioner, City of Bradford Metropolitan District Council",
        rating: 4,
        comments: "The Statement of Intent made the ask clear, and the forum gives us one place to hear from schools and VCSE groups together.",
        receivedOn: addDays(today, -12),
        createdById: coordinatorId,
      },
      {
        ...scope,
        cycle,
        source: "beneficiary",
        role: "Parent of a Year 8 pupil",
        rating: 5,
        comments: "My son has somewhere to go on Friday nights with adults he trusts. He talks about school again.",
        receivedOn: addDays(today, -9),
        createdById: coordinatorId,
      },
    ],
  });
}
