/**
 * Hub outputs are counts per occurrence (session × date); everything else is a sum of them,
 * so a total always matches the figures it is made of. Pure.
 */
export const OUTPUT_FIELDS = ["childrenSeen", "familiesSeen", "referralsMade", "newGpRegistrations", "newDentistRegistrations", "vaccinationsGiven"] as const;
export type OutputField = (typeof OUTPUT_FIELDS)[number];
export type OutputCounts = Record<OutputField, number>;

export const OUTPUT_LABELS: Record<OutputField, string> = {
  childrenSeen: "Children seen",
  familiesSeen: "Families seen",
  referralsMade: "Referrals made",
  newGpRegistrations: "New GP registrations",
  newDentistRegistrations: "New dentist registrations",
  vaccinationsGiven: "Vaccinations given",
};

/** Short column headings for the entry grid, where space is tight. */
export const OUTPUT_SHORT_LABELS: Record<OutputField, string> = {
  childrenSeen: "Children",
  familiesSeen: "Families",
  referralsMade: "Referrals",
  newGpRegistrations: "GP reg.",
  newDentistRegistrations: "Dentist reg.",
  vaccinationsGiven: "Vaccinations",
};

export const MAX_COUNT = 10_000;

export function zeroCounts(): OutputCounts {
  return { childrenSeen: 0, familiesSeen: 0, referralsMade: 0, newGpRegistrations: 0, newDentistRegistrations: 0, vaccinationsGiven: 0 };
}

export function pickCounts(row: OutputCounts): OutputCounts {
  const out = zeroCounts();
  for (const f of OUTPUT_FIELDS) out[f] = row[f];
  return out;
}

export type Totals = OutputCounts & { sessions: number };

export function sumOutputs(rows: readonly OutputCounts[]): Totals {
  const total: Totals = { ...zeroCounts(), sessions: rows.length };
  for (const row of rows) for (const f of OUTPUT_FIELDS) total[f] += row[f];
  return total;
}

/** Totals per group, in the order the groups are first met; a row may count in one group only. */
export function groupTotals<R extends OutputCounts>(rows: readonly R[], keyOf: (row: R) => string): Map<string, Totals> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return new Map([...groups].map(([key, list]) => [key, sumOutputs(list)]));
}

export function sameCounts(a: OutputCounts, b: OutputCounts): boolean {
  return OUTPUT_FIELDS.every((f) => a[f] === b[f]);
}
