import type { GeographyType } from "@/lib/generated/prisma/enums";

/**
 * Which geography codes an upload may write for a partnership (DESIGN §3.5), as a pure rule
 * over what the database says the partnership holds. Accepted: its areas' geography codes,
 * its own local authority, the LSOAs (and any MSOAs and wards the reference data knows)
 * inside that authority, its areas themselves (by short name), and the comparators every
 * file carries (England, the regions). Any other well-formed code is "outside the
 * partnership's areas": counted, not imported, and no reason to refuse the file. A code
 * that cannot be what it claims, or an area that is not one of the partnership's, is a
 * rejected row with its reason.
 */
export const GEOGRAPHY_TYPES: readonly GeographyType[] = ["lsoa", "msoa", "ward", "la", "school", "area", "region", "country"];

export const GEOGRAPHY_LABELS: Record<GeographyType, string> = {
  lsoa: "LSOA",
  msoa: "MSOA",
  ward: "ward",
  la: "local authority",
  school: "school (URN)",
  area: "Act Locally area",
  region: "region",
  country: "country",
};

/** ONS GSS code prefixes (a letter for the nation, then the entity) and what they are. */
const GSS: [RegExp, GeographyType][] = [
  [/^[EW]01\d{6}$/, "lsoa"],
  [/^[EW]02\d{6}$/, "msoa"],
  [/^[EW]05\d{6}$/, "ward"],
  [/^(E0[6789]|E1[01]|W06|S12|N09)\d{6}$/, "la"],
  [/^E1[23]\d{6}$/, "region"],
  [/^[EWSNK]9[2]\d{6}$|^K0[234]\d{6}$/, "country"],
];

/** The kind of geography a code is, from its shape: null when it could be anything. */
export function inferGeographyType(code: string): GeographyType | null {
  for (const [pattern, type] of GSS) if (pattern.test(code)) return type;
  if (/^\d{6}$/.test(code)) return "school";
  return null;
}

/** Reads `geography_type` as people write it: `LSOA`, `Local authority`, `la`, `URN`. */
export function readGeographyType(text: string): GeographyType | null | "invalid" {
  const t = text.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  if (t === "") return null;
  const aliases: Record<string, GeographyType> = {
    lsoa: "lsoa",
    "lower layer super output area": "lsoa",
    msoa: "msoa",
    "middle layer super output area": "msoa",
    ward: "ward",
    "electoral ward": "ward",
    la: "la",
    lad: "la",
    "local authority": "la",
    "local authority district": "la",
    utla: "la",
    ltla: "la",
    school: "school",
    urn: "school",
    area: "area",
    "act locally area": "area",
    region: "region",
    country: "country",
    national: "country",
  };
  return aliases[t] ?? "invalid";
}

/** What the database says belongs to the partnership (loaded once per upload). */
export type GeographyScope = {
  /** Codes the partnership may write, with their type: area geographies, its LA and what lies inside, comparators. */
  own: ReadonlyMap<string, GeographyType>;
  /** The short names (slugs) of the partnership's areas. */
  areaSlugs: ReadonlySet<string>;
};

export type GeographyVerdict =
  | { kind: "accept"; type: GeographyType; code: string }
  | { kind: "outside"; type: GeographyType; code: string }
  | { kind: "reject"; reason: string };

const SHAPES: Partial<Record<GeographyType, string>> = {
  lsoa: "an LSOA code is E01 and six digits",
  msoa: "an MSOA code is E02 and six digits",
  ward: "a ward code is E05 and six digits",
  la: "a local authority code is E06, E07, E08, E09 or E10 and six digits",
  school: "a school URN is six digits",
  region: "a region code is E12 and six digits",
  country: "England is E92000001",
};

/**
 * Where a row's geography stands for this partnership. `declared` is the type the file
 * states (null when it does not); the code decides otherwise.
 */
export function classifyGeography(scope: GeographyScope, declared: GeographyType | null, rawCode: string): GeographyVerdict {
  const code = rawCode.trim();
  if (code === "") return { kind: "reject", reason: "The geography code is blank" };
  const slug = code.toLowerCase();
  if (declared === "area" || (declared === null && scope.areaSlugs.has(slug))) {
    if (scope.areaSlugs.has(slug)) return { kind: "accept", type: "area", code: slug };
    const names = [...scope.areaSlugs].sort().join(", ");
    return { kind: "reject", reason: `"${code.length > 40 ? `${code.slice(0, 37)}…` : code}" is not an area of this partnership (its areas are ${names || "none yet"})` };
  }
  const normalised = code.toUpperCase();
  const shape = inferGeographyType(normalised);
  const own = scope.own.get(normalised);
  if (declared !== null) {
    if (own && own !== declared) return { kind: "reject", reason: `${normalised} is a ${GEOGRAPHY_LABELS[own]} code, not a ${GEOGRAPHY_LABELS[declared]}` };
    if (!own && shape !== declared) {
      const hint = SHAPES[declared];
      return { kind: "reject", reason: `"${code.length > 40 ? `${code.slice(0, 37)}…` : code}" is not a ${GEOGRAPHY_LABELS[declared]} code${hint ? ` (${hint})` : ""}` };
    }
  }
  const type = declared ?? own ?? shape;
  if (type === null) return { kind: "reject", reason: `Cannot tell what kind of geography "${code.length > 40 ? `${code.slice(0, 37)}…` : code}" is: give its geography_type (lsoa, msoa, ward, la, school, area, region or country)` };
  if (own) return { kind: "accept", type, code: normalised };
  return { kind: "outside", type, code: normalised };
}
