import { slugify } from "@/lib/slug";

/**
 * Awards in the 360Giving Data Standard's spreadsheet layout: its own column titles, ISO
 * dates, amounts in pounds, and identifiers with a 360G- prefix (the standard's form for
 * publishers and recipients without a registered organisation number). Pure, so the
 * export route and the tests share it.
 */
export const THREE_SIXTY_COLUMNS = [
  "Identifier",
  "Title",
  "Description",
  "Currency",
  "Amount Awarded",
  "Award Date",
  "Recipient Org:Identifier",
  "Recipient Org:Name",
  "Funding Org:Identifier",
  "Funding Org:Name",
  "Grant Programme:Title",
  "Beneficiary Location:Name",
  "Last Modified",
] as const;

export type ExportAward = {
  id: string;
  amountPence: number;
  decidedOn: string;
  createdAt: Date;
  organisationName: string;
  summary: string;
  roundTitle: string;
};

export type Funder = { partnershipSlug: string; partnershipName: string; areaSlug: string; areaName: string };

const PREFIX = "360G-actlocally";

export function threeSixtyRow(award: ExportAward, funder: Funder): (string | number)[] {
  return [
    `${PREFIX}-${funder.partnershipSlug}-${award.id}`,
    `${award.roundTitle}: ${award.organisationName}`,
    award.summary,
    "GBP",
    (award.amountPence / 100).toFixed(2),
    award.decidedOn,
    `${PREFIX}-org-${slugify(award.organisationName) || "recipient"}`,
    award.organisationName,
    `${PREFIX}-${funder.partnershipSlug}-${funder.areaSlug}`,
    `${funder.areaName} convening partnership (${funder.partnershipName})`,
    award.roundTitle,
    funder.areaName,
    award.createdAt.toISOString(),
  ];
}
