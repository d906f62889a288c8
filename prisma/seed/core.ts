import type { Db } from "@/lib/db/client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

type OrgSeed = { name: string; type: OrganisationType; urn?: string };

export const BRADFORD_ORGANISATIONS: OrgSeed[] = [
  { name: "City of Bradford Metropolitan District Council", type: "local_authority" },
  { name: "Education Alliance for Life Chances", type: "other" },
  { name: "Centre for Applied Education Research (Born in Bradford)", type: "university" },
  { name: "University of Leeds", type: "university" },
  { name: "Vulnerabilities and Policing Futures Research Centre", type: "university" },
  { name: "West Yorkshire Police", type: "police" },
  { name: "West Yorkshire Violence Reduction Unit", type: "police" },
  { name: "Bradford District Care NHS Foundation Trust", type: "health" },
  { name: "The VCS Alliance", type: "vcse" },
  { name: "Holme Wood Primary Academy", type: "school" },
  { name: "Tong Leadership Academy", type: "school" },
  { name: "Holme Wood Nursery", type: "early_years" },
  { name: "Holme Wood Youth Partnership", type: "vcse" },
  { name: "Girlington Primary School", type: "school" },
  { name: "Manningham Community Hub", type: "vcse" },
  { name: "Keighley Central Primary", type: "school" },
  { name: "Keighley Voluntary Services", type: "vcse" },
];

export const BRADFORD_AREAS = [
  { slug: "holme-wood", name: "Holme Wood", backbone: "Holme Wood Youth Partnership", coordinator: "coordinator" },
  { slug: "manningham-girlington", name: "Manningham & Girlington", backbone: "Manningham Community Hub", coordinator: "coordinator-mg" },
  { slug: "keighley", name: "Keighley", backbone: "Keighley Voluntary Services", coordinator: "coordinator" },
] as const;

/** Creates a partnership with its organisations and areas; returns ids by name and slug for later seed steps. */
export async function seedPartnership(
  db: Db,
  input: {
    slug: string;
    name: string;
    laCode: string;
    organisations: OrgSeed[];
    areas: readonly { slug: string; name: string; backbone: string; coordinatorUserId?: string }[];
    researchPartner: string;
  },
): Promise<{ id: string; orgs: Map<string, string>; areas: Map<string, string> }> {
  const partnership = await db.localAuthorityPartnership.create({ data: { slug: input.slug, name: input.name, laCode: input.laCode } });
  const orgs = new Map<string, string>();
  for (const org of input.organisations) {
    const row = await db.organisation.create({ data: { partnershipId: partnership.id, ...org } });
    orgs.set(org.name, row.id);
  }
  const areas = new Map<string, string>();
  for (const area of input.areas) {
    const row = await db.conveningPartnership.create({
      data: {
        partnershipId: partnership.id,
        slug: area.slug,
        name: area.name,
        backboneOrganisationId: orgs.get(area.backbone),
        researchPartnerId: orgs.get(input.researchPartner),
        coordinatorUserId: area.coordinatorUserId,
      },
    });
    areas.set(area.slug, row.id);
  }
  return { id: partnership.id, orgs, areas };
}
