/** UK financial years run from 1 April to 31 March; a year is named by the year it starts in. */
export function financialYearOf(isoDate: string): number {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** 2026 → "2026-27". */
export function financialYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

export function financialYearBounds(year: number): { start: string; end: string } {
  return { start: `${year}-04-01`, end: `${year + 1}-03-31` };
}
