import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { theoryContentSchema, type TheoryContent } from "@/lib/theory-of-change/content";
import { addDays } from "./blueprint";
import { ukToday } from "@/lib/blueprint/today";

const entry = (text: string) => ({ id: randomUUID(), text });
const node = (text: string) => ({ ...entry(text), leadsTo: [] as string[] });

/**
 * Bradford's partnership-level theory of change, as the guide's section 3 gives it:
 * the eight ways of working, the evidence-based interventions they drive, the desired
 * outcomes and short-term impact, the long-term impact, the assumptions and theoretic
 * foundations, and the 2040 vision and mission. The guide draws the columns as wholes;
 * the links here read them item by item.
 */
export function bradfordTheory(): TheoryContent {
  const ways = [
    node("Challenging and supporting the 'research and development' overseen by the Centre for Applied Education Research (CAER) executive"),
    node("Driving forward the research that matters to educational establishments and our major organisations (including health, police, the local authority, the voluntary sector)"),
    node("Supporting further connections between educational establishments in the Bradford district and the wider system (e.g. health and policy)"),
    node("Promoting increased collaboration across organisations on cross-cutting programmes of work that involve educational establishments in the Bradford district"),
    node("Encouraging improved coordination of activity across the education system so that schools find it easier to work together in the best interests of children and young people"),
    node("Activating support for initiatives in the Bradford district that will positively impact the education of children and young people"),
    node("Advocating for the urgencies and issues facing children and young people in their education and broader life chances in Bradford"),
    node("Applying for funding to support our programmes and interventions that benefit children and young people in our communities"),
  ];
  const activities = [
    node(
      "Partner with the local authority, NHS trusts, police and schools so that schools and early years settings connect to other local services and design and deliver evidence-based, integrated support for children and families, in and beyond the classroom",
    ),
    node(
      "Give the research of the Centre for Applied Education Research access to schools and early years settings, so that their knowledge of children and families informs organisations, practitioners and policy makers",
    ),
  ];
  const outcomes = [
    node("Improve children's education and health outcomes through CAER-led research"),
    node("Improve teachers' involvement and understanding in CAER's research and development themes"),
    node("Improve integrated services through evidence-based delivery, with effective place-based targeting of co-ordinated, multi-agency support to children and families"),
    node("Improve integrated decision making through connected datasets, enabling a better understanding of families' interactions with different services"),
    node("Improve holistic public service delivery by enabling practitioners to share information securely and efficiently using secure data environments"),
    node("Increased education engagement with CAER research"),
    node("Increased evidence-based decision making using connected data"),
    node("Increased place-based multi-agency partnership interventions"),
  ].map((o) => ({ ...o, indicatorCodes: [] as string[] }));
  const impacts = [node("Better child health outcomes"), node("Reduced attainment gap"), node("Improved life chances for children and young people from disadvantaged communities")];

  const [partnering, research] = activities as [(typeof activities)[0], (typeof activities)[0]];
  ways.forEach((w, i) => (w.leadsTo = i < 2 ? [research.id] : i === 6 || i === 7 ? [partnering.id, research.id] : [partnering.id]));
  partnering.leadsTo = [outcomes[2]!.id, outcomes[3]!.id, outcomes[4]!.id, outcomes[6]!.id, outcomes[7]!.id];
  research.leadsTo = [outcomes[0]!.id, outcomes[1]!.id, outcomes[5]!.id];
  const [health, attainment, lifeChances] = impacts.map((i) => i.id) as [string, string, string];
  const outcomeImpacts = [[health, attainment], [attainment], [health, lifeChances], [lifeChances], [lifeChances], [attainment], [health, lifeChances], [lifeChances]];
  outcomes.forEach((o, i) => (o.leadsTo = outcomeImpacts[i]!));

  return theoryContentSchema.parse({
    focus: "Schools and early years settings leading data-driven, place-based partnerships for children across the Bradford district",
    waysOfWorking: ways,
    activities,
    outcomes,
    impacts,
    assumptions: [
      entry(
        "Reducing health inequalities through education requires a 'whole system' evidence-based approach to child wellbeing, allowing effective pooling and targeting of resource, efficient operational alignment and a coordinated strategy.",
      ),
      entry(
        "Schools have long recognised the impact of health, care and other non-educational factors on children's behaviour, attendance and readiness to learn. As anchor institutions of local communities, schools and early years settings are perfectly placed to link families to essential services.",
      ),
    ],
    foundations: ["Social mobility", "Geospatial data science", "Citizen science", "Childhood health", "Population health", "Data acquisition and linkage", "Educational inequality", "Longitudinal birth cohort studies"].map(entry),
    vision:
      "By 2040 we will support all major organisations across Bradford to be capable of supporting evidence-based multi-agency work with and through educational establishments (e.g. schools and early years settings) to help children and young people secure good life chances and improve social mobility.",
    mission:
      "To act as the catalyst to drive forward long-term structural change promoting a sustained reduction of inequalities, championing schools and early years settings to make better use of data-driven, place-based approaches to improve outcomes for children.",
  });
}

/** Written directly: the seed is not a user. */
export async function seedPartnershipTheory(db: Db, partnershipId: string, adminId: string): Promise<void> {
  const theory = await db.theoryOfChange.create({ data: { partnershipId, scope: "partnership" } });
  await db.theoryOfChangeVersion.create({
    data: { partnershipId, theoryId: theory.id, number: 1, content: bradfordTheory() as unknown as Prisma.InputJsonValue, changeNote: "From the Act Locally guide, section 3.", createdById: adminId, createdAt: addDays(ukToday(), -200) },
  });
}
