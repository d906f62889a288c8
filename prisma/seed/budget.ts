import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ukToday } from "@/lib/blueprint/today";
import { financialYearOf } from "@/lib/budget/financial-year";
import { defaultRubric } from "@/lib/budget/rubric";
import { addDays } from "./blueprint";

type Tenant = { id: string; orgs: Map<string, string> };

const APPLICATIONS = [
  {
    org: "Holme Wood Youth Partnership",
    contact: "Youth work lead",
    requested: 600_000,
    awarded: 600_000,
    summary: "Detached youth work on Friday and Saturday evenings on the estate, and a weekly drop-in at the community centre.",
    fit: "Meets children at risk of crime and antisocial behaviour where they are, early, with a trusted adult.",
  },
  {
    org: "The VCS Alliance",
    contact: "Training co-ordinator",
    requested: 350_000,
    awarded: 300_000,
    summary: "A campaign for local volunteers, with training in safeguarding and trauma-informed practice, to support local youth activities.",
    fit: "The Statement of Intent commits to training local volunteers; more adults around children after school.",
  },
  {
    org: "Holme Wood Primary Academy",
    contact: "Deputy head",
    requested: 200_000,
    awarded: 200_000,
    summary: "A termly forum where schools meet VCSE groups, with a shared calendar of what is on for children.",
    fit: "Joins up what schools and VCSE groups offer, so children at risk are known and referred early.",
  },
  {
    org: "Bradford Arts Collective",
    contact: "Director",
    requested: 400_000,
    awarded: null,
    summary: "A community mural designed with young people.",
    fit: "Builds pride in the estate.",
    declined: "A strong idea, but it does not address crime and antisocial behaviour directly; the panel encouraged a joint bid with the youth partnership next round.",
  },
] as const;

/**
 * Holme Wood's community budget for this financial year, and one completed round whose
 * awards follow its Statement of Intent (youth work, volunteer training, a schools–VCSE
 * forum), with one application not funded and its reason. Written directly: the seed is not a user.
 */
export async function seedBudget(db: Db, tenant: Tenant, holmeWoodId: string, coordinatorId: string): Promise<void> {
  const today = ukToday();
  const scope = { partnershipId: tenant.id, areaId: holmeWoodId };
  const state = await db.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } });
  const pot = await db.communityBudget.create({ data: { ...scope, financialYear: financialYearOf(today), amountPence: 1_500_000, source: "Act Locally programme grant" } });
  const meeting = await db.meeting.create({
    data: { ...scope, kind: "convening", title: "Community budget decision panel", date: addDays(today, -40), agenda: "Decide the summer round of community grants", attendSchools: 3, attendCommunity: 4, attendYoungPeople: 3, attendParents: 2 },
  });
  const round = await db.fundingRound.create({
    data: {
      ...scope,
      budgetId: pot.id,
      priorityId: state.focusPriorityId,
      title: "Summer community grants",
      criteria: "Local groups and schools working with children and young people vulnerable to crime and antisocial behaviour in Holme Wood: above and beyond what is already delivered.",
      rubric: defaultRubric(randomUUID) as unknown as Prisma.InputJsonValue,
      opensOn: addDays(today, -90),
      closesOn: addDays(today, -60),
      allocationPence: 1_200_000,
      maxAwardPence: 600_000,
      status: "closed",
      publicToken: randomBytes(18).toString("base64url"),
      publicListing: true,
      decisionMeetingId: meeting.id,
    },
  });
  for (const a of APPLICATIONS) {
    const application = await db.grantApplication.create({
      data: {
        partnershipId: tenant.id,
        roundId: round.id,
        organisationName: a.org,
        organisationId: tenant.orgs.get(a.org) ?? null,
        contactName: a.contact,
        contactEmail: "applicant@example.org",
        amountRequestedPence: a.requested,
        summary: a.summary,
        priorityFit: a.fit,
        aboveAndBeyond: true,
        channel: "public_link",
        submittedAt: addDays(today, -70),
        declineReason: "declined" in a ? a.declined : null,
      },
    });
    if (a.awarded) {
      const award = await db.award.create({
        data: { partnershipId: tenant.id, roundId: round.id, budgetId: pot.id, applicationId: application.id, amountPence: a.awarded, decidedOn: meeting.date, meetingId: meeting.id, createdById: coordinatorId },
      });
      await db.spend.create({ data: { partnershipId: tenant.id, awardId: award.id, amountPence: Math.round(a.awarded / 2), spentOn: addDays(today, -30), description: "First half, paid on signing the grant agreement" } });
      if (a.org === "Holme Wood Youth Partnership") {
        await db.grantReport.create({ data: { partnershipId: tenant.id, awardId: award.id, reportedOn: addDays(today, -7), milestone: "First half-term of evening sessions", percentComplete: 40, beneficiariesReached: 64 } });
        await db.feedback.create({
          data: {
            ...scope,
            cycle: state.cycle,
            source: "grant_recipient",
            awardId: award.id,
            role: "Youth work lead, Holme Wood Youth Partnership",
            rating: 5,
            receivedOn: addDays(today, -7),
            comments: "Applying was simple, and having young people on the panel meant our bid was read by the people it is for.",
            createdById: coordinatorId,
          },
        });
      }
    }
  }
}
