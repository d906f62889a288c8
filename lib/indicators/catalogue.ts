import type { IndicatorPolarity, IndicatorUnit } from "@/lib/generated/prisma/enums";

/**
 * The national indicator catalogue (global reference data): the outcomes the guide names
 * in its section 6 and phase 4, with the publishers' identifiers the importers recognise.
 * A partnership adopts an entry as its own IndicatorDefinition (same code) on first use.
 */
export type CatalogueEntry = {
  code: string;
  name: string;
  description: string;
  unit: IndicatorUnit;
  polarity: IndicatorPolarity;
  source: string;
  suppressionThreshold: number;
  recognise?: { fingertipsId?: number; eesColumns?: string[] };
};

export const NATIONAL_CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: "absence-overall",
    name: "Overall absence rate",
    description: "Sessions missed through authorised and unauthorised absence, as a percentage of sessions possible.",
    unit: "percent",
    polarity: "lower_is_better",
    source: "Department for Education, explore education statistics",
    suppressionThreshold: 5,
    recognise: { eesColumns: ["pt_overall", "sess_overall_percent", "overall_absence_rate"] },
  },
  {
    code: "absence-authorised",
    name: "Authorised absence rate",
    description: "Sessions missed through authorised absence, as a percentage of sessions possible.",
    unit: "percent",
    polarity: "lower_is_better",
    source: "Department for Education, explore education statistics",
    suppressionThreshold: 5,
    recognise: { eesColumns: ["pt_sess_authorised", "sess_authorised_percent"] },
  },
  {
    code: "absence-unauthorised",
    name: "Unauthorised absence rate",
    description: "Sessions missed through unauthorised absence, as a percentage of sessions possible.",
    unit: "percent",
    polarity: "lower_is_better",
    source: "Department for Education, explore education statistics",
    suppressionThreshold: 5,
    recognise: { eesColumns: ["pt_sess_unauthorised", "sess_unauthorised_percent"] },
  },
  {
    code: "persistent-absence",
    name: "Persistent absence",
    description: "Pupils missing 10% or more of their possible sessions, as a percentage of pupils.",
    unit: "percent",
    polarity: "lower_is_better",
    source: "Department for Education, explore education statistics",
    suppressionThreshold: 5,
    recognise: { eesColumns: ["pt_pupils_pa_10_exact", "enrolments_pa_10_exact_percent"] },
  },
  {
    code: "severe-absence",
    name: "Severe absence",
    description: "Pupils missing 50% or more of their possible sessions, as a percentage of pupils.",
    unit: "percent",
    polarity: "lower_is_better",
    source: "Department for Education, explore education statistics",
    suppressionThreshold: 5,
    recognise: { eesColumns: ["pt_pupils_pa_50_exact", "enrolments_pa_50_exact_percent"] },
  },
  {
    code: "gp-registration",
    name: "Children registered with a GP",
    description: "Children and young people registered with a GP practice, as a percentage of the resident child population.",
    unit: "percent",
    polarity: "higher_is_better",
    source: "NHS England, patients registered at a GP practice",
    suppressionThreshold: 5,
  },
  {
    code: "dentist-registration",
    name: "Children registered with a dentist",
    description: "Children and young people with a regular NHS dentist, as a percentage of the resident child population.",
    unit: "percent",
    polarity: "higher_is_better",
    source: "NHS England, dental statistics",
    suppressionThreshold: 5,
  },
  {
    code: "dental-care",
    name: "Children seen by an NHS dentist",
    description: "Children seen by an NHS dentist in the previous 12 months, as a percentage of the child population.",
    unit: "percent",
    polarity: "higher_is_better",
    source: "NHS England, NHS dental statistics",
    suppressionThreshold: 5,
  },
  {
    code: "immunisation-mmr2-5y",
    name: "MMR vaccination, two doses by age 5",
    description: "Children who have received two doses of the MMR vaccine by their fifth birthday, as a percentage of eligible children.",
    unit: "percent",
    polarity: "higher_is_better",
    source: "UKHSA, childhood vaccination coverage (COVER)",
    suppressionThreshold: 5,
    recognise: { fingertipsId: 30311 },
  },
  {
    code: "mental-health-support",
    name: "Children receiving mental health support",
    description: "Children and young people receiving support from NHS-funded or school-based mental health services.",
    unit: "count",
    polarity: "higher_is_better",
    source: "NHS England, mental health services data set",
    suppressionThreshold: 5,
  },
  {
    code: "health-literacy",
    name: "Families confident about their children's health",
    description: "Parents and carers who feel confident finding, understanding and using health information for their children, as a percentage of those surveyed.",
    unit: "percent",
    polarity: "higher_is_better",
    source: "Act Locally family survey",
    suppressionThreshold: 5,
  },
  {
    code: "injury-admissions-0-14",
    name: "Hospital admissions for injuries in children aged 0 to 14",
    description: "Hospital admissions caused by unintentional and deliberate injuries in children aged 0 to 14, crude rate per 10,000 children.",
    unit: "rate_per_10000",
    polarity: "lower_is_better",
    source: "OHID Fingertips, from Hospital Episode Statistics",
    suppressionThreshold: 5,
    recognise: { fingertipsId: 90284 },
  },
  {
    code: "police-contact-by-school-year",
    name: "Children in contact with the police, by school year",
    description: "Children and young people recorded by the police as a suspect, victim or witness, by school year group.",
    unit: "count",
    polarity: "lower_is_better",
    source: "West Yorkshire Police, shared under the partnership's data-sharing agreement",
    suppressionThreshold: 5,
  },
];

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return NATIONAL_CATALOGUE.find((entry) => entry.code === code);
}
