import type { GeographyType, IndicatorUnit } from "@/lib/generated/prisma/enums";
import type { Shown } from "@/lib/indicators/suppression";
import { roundFor } from "@/lib/indicators/units";
import type { AreaFigure } from "@/lib/indicators/services/read";

/** Words and table cells for suppressed figures; pure, shared by the pages, the tables and the CSV downloads. */
export const LEVEL_NOUNS: Record<GeographyType, [string, string]> = {
  lsoa: ["LSOA", "LSOAs"],
  msoa: ["MSOA", "MSOAs"],
  ward: ["ward", "wards"],
  school: ["school", "schools"],
  la: ["local authority", "local authorities"],
  area: ["area", "areas"],
  region: ["region", "regions"],
  country: ["country", "countries"],
};

/** A figure as a table or CSV cell: rounded as shown everywhere, a marker as itself, nothing as blank. */
export function figureCell(unit: IndicatorUnit, value: Shown | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? roundFor(unit, value) : value;
}

/** A count (numerator, denominator) as a cell. */
export function countCell(value: Shown | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? Math.round(value) : value;
}

/** How an area's figure was arrived at, for the tables. */
export function howLabel(f: Pick<AreaFigure, "how" | "level" | "covered" | "of">): string {
  switch (f.how) {
    case "published":
      return "Published for the area";
    case "recomputed": {
      const [one, many] = LEVEL_NOUNS[f.level ?? "lsoa"];
      return `Worked out from ${f.covered} of ${f.of} ${f.of === 1 ? one : many}`;
    }
    case "rates_only":
      return "Rates only: shown by geography";
    case "incomplete":
      return "Not worked out: a geography's figure is withheld";
    case "none":
      return "No figures";
  }
}
