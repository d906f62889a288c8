import type { Db } from "@/lib/db/client";
import type { GeographyType } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/blueprint/today";
import { adoptCatalogueIndicator } from "@/lib/indicators/services/adopt";
import { insertCommittedBatch, insertGeographies, type DataPointSeed } from "./indicator-data";

/**
 * Demo indicators for Bradford. The real published files (Fingertips, DfE, IMD 2019) are
 * loaded by the import seed; this adds clearly labelled SYNTHETIC area-level series so the
 * dashboards are alive: their indicators say so in their names and source, and the batch's
 * file name too. Holme Wood's persistent absence is given by LSOA (numerators and denominators,
 * one LSOA with small counts, so "c" and secondary suppression show); the other series are
 * given for each area as a whole. The last five academic years up to the one that ended most
 * recently, so "progress monitored" is met. Deterministic, and a few hundred rows: fast.
 */
export const SYNTHETIC_SOURCE = "Synthetic demo data — not real figures";

type Tenant = { id: string; areas: Map<string, string> };

/** Holme Wood's LSOAs (seeded in prisma/seed/blueprint.ts) with their real IMD 2019 rank and decile, and the comparators. */
const GEOGRAPHIES = [
  { code: "E92000001", type: "country" as const, name: "England" },
  { code: "E08000032", type: "la" as const, name: "Bradford" },
  { code: "E05001346", type: "ward" as const, name: "Tong", laCode: "E08000032" },
  { code: "E01010799", type: "lsoa" as const, name: "Bradford 036C", laCode: "E08000032", imd2019: { rank: 5697, decile: 2 } },
  { code: "E01010800", type: "lsoa" as const, name: "Bradford 036D", laCode: "E08000032", imd2019: { rank: 314, decile: 1 } },
  { code: "E01010801", type: "lsoa" as const, name: "Bradford 036E", laCode: "E08000032", imd2019: { rank: 8207, decile: 3 } },
  { code: "E01010804", type: "lsoa" as const, name: "Bradford 033A", laCode: "E08000032", imd2019: { rank: 5489, decile: 2 } },
];

const DEMO_INDICATORS = [
  {
    code: "demo-persistent-absence",
    name: "Persistent absence (synthetic demo)",
    description: "SYNTHETIC DEMO SERIES, not real figures. Pupils missing 10% or more of their possible sessions, as a percentage of pupils.",
    unit: "percent" as const,
    polarity: "lower_is_better" as const,
  },
  {
    code: "demo-police-contact",
    name: "Children in contact with the police (synthetic demo)",
    description: "SYNTHETIC DEMO SERIES, not real figures. Children and young people recorded by the police as a suspect, victim or witness in the school year.",
    unit: "count" as const,
    polarity: "lower_is_better" as const,
  },
  {
    code: "demo-gp-registration",
    name: "Children registered with a GP (synthetic demo)",
    description: "SYNTHETIC DEMO SERIES, not real figures. Children registered with a GP practice, as a percentage of resident children.",
    unit: "percent" as const,
    polarity: "higher_is_better" as const,
  },
];

/** The academic years that have ended by `today`, the last `count` of them, oldest first. */
function academicYears(today: string, count: number): { period: string; start: string; end: string }[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const lastStart = (m >= 9 ? y : y - 1) - 1;
  return Array.from({ length: count }, (_, i) => {
    const start = lastStart - (count - 1 - i);
    return { period: `${start}/${String((start + 1) % 100).padStart(2, "0")}`, start: `${start}-09-01`, end: `${start + 1}-08-31` };
  });
}

/** Holme Wood's LSOAs: pupils, and those persistently absent, year by year (E01010804 is small). */
const ABSENCE_BY_LSOA: Record<string, { pupils: number[]; absent: number[] }> = {
  E01010799: { pupils: [318, 322, 315, 309, 312], absent: [96, 101, 92, 84, 79] },
  E01010800: { pupils: [286, 291, 288, 280, 284], absent: [97, 99, 93, 88, 82] },
  E01010801: { pupils: [152, 149, 155, 158, 151], absent: [41, 40, 38, 37, 33] },
  E01010804: { pupils: [41, 39, 43, 40, 42], absent: [6, 4, 5, 7, 3] },
};

export async function seedIndicators(db: Db, tenant: Tenant, uploadedById: string): Promise<void> {
  const partnershipId = tenant.id;
  const years = academicYears(ukToday(), 5);
  await insertGeographies(db, GEOGRAPHIES);

  const ids = new Map<string, string>();
  for (const d of DEMO_INDICATORS) {
    const row = await db.indicatorDefinition.create({ data: { partnershipId, ...d, source: SYNTHETIC_SOURCE, suppressionThreshold: 5 }, select: { id: true } });
    ids.set(d.code, row.id);
  }
  const injuries = (await adoptCatalogueIndicator(db, partnershipId, "injury-admissions-0-14"))!.id;

  const points: DataPointSeed[] = [];
  const at = (indicator: string, type: GeographyType, code: string, i: number, f: Partial<DataPointSeed>) =>
    points.push({ indicatorId: ids.get(indicator)!, geographyType: type, geographyCode: code, period: years[i]!.period, periodType: "academic_year", periodStart: years[i]!.start, periodEnd: years[i]!.end, ...f });
  const share = (n: number, d: number) => ({ numerator: n, denominator: d, value: (n / d) * 100 });

  years.forEach((_, i) => {
    for (const [code, s] of Object.entries(ABSENCE_BY_LSOA)) at("demo-persistent-absence", "lsoa", code, i, share(s.absent[i]!, s.pupils[i]!));
    at("demo-persistent-absence", "area", "manningham-girlington", i, share([402, 388, 371, 352, 340][i]!, [1710, 1724, 1731, 1719, 1728][i]!));
    at("demo-persistent-absence", "area", "keighley", i, share([233, 241, 236, 219, 212][i]!, [1105, 1098, 1112, 1090, 1101][i]!));
    at("demo-persistent-absence", "la", "E08000032", i, share([18_204, 18_950, 18_410, 17_730, 17_020][i]!, [84_100, 84_550, 84_900, 84_310, 84_020][i]!));
    at("demo-persistent-absence", "country", "E92000001", i, share([1_560_000, 1_610_000, 1_520_000, 1_450_000, 1_390_000][i]!, [7_480_000, 7_510_000, 7_520_000, 7_500_000, 7_470_000][i]!));

    at("demo-police-contact", "area", "holme-wood", i, { value: [14, 11, 9, 4, 7][i]! });
    at("demo-police-contact", "area", "manningham-girlington", i, { value: [22, 19, 3, 17, 15][i]! });
    at("demo-police-contact", "area", "keighley", i, { value: [12, 10, 8, 9, 2][i]! });

    at("demo-gp-registration", "area", "manningham-girlington", i, share([3_980, 4_010, 4_060, 4_120, 4_170][i]!, [4_520, 4_530, 4_540, 4_550, 4_560][i]!));
    at("demo-gp-registration", "area", "holme-wood", i, share([1_812, 1_820, 1_836, 1_851, 1_868][i]!, [1_940, 1_944, 1_950, 1_955, 1_961][i]!));
    at("demo-gp-registration", "area", "keighley", i, share([2_504, 2_511, 2_530, 2_544, 2_561][i]!, [2_640, 2_646, 2_655, 2_660, 2_668][i]!));
  });
  await insertCommittedBatch(db, { partnershipId, fileName: "synthetic-demo-series.csv", format: "template", uploadedById, points, summary: { note: SYNTHETIC_SOURCE } });

  const link = async (area: string, measure: string, indicatorId: string) => {
    await db.outcomeMeasure.updateMany({ where: { partnershipId, areaId: tenant.areas.get(area)!, name: measure }, data: { indicatorId } });
  };
  await link("holme-wood", "School attendance and persistent absence", ids.get("demo-persistent-absence")!);
  await link("holme-wood", "Children and young people in contact with the police, by school year", ids.get("demo-police-contact")!);
  await link("holme-wood", "Hospital admissions for injuries in children", injuries);
  await link("manningham-girlington", "Children registered with a GP and a dentist", ids.get("demo-gp-registration")!);

  const lastYear = years[years.length - 1]!.start.slice(0, 4);
  const by = `${Number(lastYear) + 2}/${String((Number(lastYear) + 3) % 100).padStart(2, "0")}`;
  await db.indicatorTarget.createMany({
    data: [
      { partnershipId, areaId: tenant.areas.get("holme-wood")!, indicatorId: ids.get("demo-persistent-absence")!, value: 20, byPeriod: by, note: "Agreed by the convening partnership (demo)" },
      { partnershipId, areaId: tenant.areas.get("holme-wood")!, indicatorId: ids.get("demo-police-contact")!, value: 6, byPeriod: by, note: "Agreed by the convening partnership (demo)" },
      { partnershipId, areaId: tenant.areas.get("manningham-girlington")!, indicatorId: ids.get("demo-gp-registration")!, value: 95, byPeriod: by, note: "Agreed by the convening partnership (demo)" },
    ],
  });
}
