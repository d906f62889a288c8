/**
 * Academic terms (DESIGN §2): autumn September–December, spring January–April,
 * summer April–July. Spring and summer share April; a date in April counts as
 * spring until the Easter break is unknown, so April belongs to spring here and
 * summer runs May–July. August is the holiday: it belongs to no term.
 */
export type TermName = "autumn" | "spring" | "summer";
export type Term = { name: TermName; academicYear: number };

export const TERM_LABELS: Record<TermName, string> = { autumn: "Autumn", spring: "Spring", summer: "Summer" };
const ORDER: TermName[] = ["autumn", "spring", "summer"];

/** `academicYear` is the year the academic year starts: spring 2027 belongs to 2026/27. */
export function termOf(isoDate: string): Term | null {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  if (month >= 9) return { name: "autumn", academicYear: year };
  if (month <= 4) return { name: "spring", academicYear: year - 1 };
  if (month <= 7) return { name: "summer", academicYear: year - 1 };
  return null;
}

export function termKey(term: Term): string {
  return `${term.academicYear}-${ORDER.indexOf(term.name)}`;
}

export function termLabel(term: Term): string {
  return `${TERM_LABELS[term.name]} ${term.name === "autumn" ? term.academicYear : term.academicYear + 1}`;
}

function following(term: Term): Term {
  const i = ORDER.indexOf(term.name);
  return i === 2 ? { name: "autumn", academicYear: term.academicYear + 1 } : { name: ORDER[i + 1]!, academicYear: term.academicYear };
}

/**
 * The next three terms from a date: the current term counts when the date falls in
 * one (its remaining weeks can still hold a meeting); in August, from autumn on.
 */
export function nextThreeTerms(today: string): Term[] {
  const [year] = today.split("-").map(Number) as [number];
  let term = termOf(today) ?? { name: "autumn" as const, academicYear: year };
  const out: Term[] = [];
  for (let i = 0; i < 3; i += 1) {
    out.push(term);
    term = following(term);
  }
  return out;
}
