import { PHASES } from "@/lib/blueprint/phases";
import { isMarker, type Shown } from "@/lib/indicators/suppression";
import type { BoardDashboard } from "@/lib/indicators/services/board-dashboard";
import type { IndicatorPolarity, IndicatorUnit } from "@/lib/generated/prisma/enums";

/**
 * The board dashboard's summary page: the partnership at a glance, one card per section,
 * each linking to its area-by-area page. Pure: built from the loaded (already suppressed)
 * dashboard, so it can never show more than the section pages do.
 */

/** Areas whose 95% confidence interval lies wholly above or below England's value, or overlaps it. */
export type EnglandComparison = { higher: number; similar: number; lower: number; notCompared: number };

export type BoardSummary = {
  areaCount: number;
  phases: { phase: number; name: string; areas: number }[];
  indicator: {
    code: string;
    name: string;
    unit: IndicatorUnit;
    polarity: IndicatorPolarity;
    period: string | null;
    england: number | null;
    comparison: EnglandComparison | null;
  } | null;
  budget: { financialYear: number; areasWithPot: number; potPence: number; awardedPence: number; spentPence: number };
  /** A total is null when a cell it adds up is withheld ("c"): the total and the other areas' figures would give it away. */
  hub: { areasWithHub: number; sessions: number | null; childrenSeen: number | null; referrals: number | null; registrations: number | null };
  capability: { assessedAreas: number; byEvaluationArea: { id: string; name: string; red: number; amber: number; green: number; notRated: number }[] };
};

const num = (v: Shown | null | undefined): number | null => (typeof v === "number" ? v : null);

/** England's value against each area's confidence interval: the usual "compared with England" of public health profiles. */
export function compareWithEngland(rows: { value: Shown | null; lowerCi: Shown | null; upperCi: Shown | null }[], england: number | null): EnglandComparison | null {
  if (england === null) return null;
  const out: EnglandComparison = { higher: 0, similar: 0, lower: 0, notCompared: 0 };
  for (const row of rows) {
    const [value, lower, upper] = [num(row.value), num(row.lowerCi), num(row.upperCi)];
    if (value === null || lower === null || upper === null) out.notCompared++;
    else if (lower > england) out.higher++;
    else if (upper < england) out.lower++;
    else out.similar++;
  }
  return out;
}

/** Adds up a column of counts, or null when any of them is withheld. */
export function totalUnlessWithheld(values: Shown[]): number | null {
  let total = 0;
  for (const v of values) {
    if (isMarker(v)) return null;
    total += v;
  }
  return total;
}

export function summariseBoard(data: BoardDashboard): BoardSummary {
  const chosen = data.chosen;
  const pots = [...data.budget.byArea.values()];
  const capabilityRows = data.capability.rows;
  return {
    areaCount: data.areas.length,
    phases: PHASES.map((p) => ({ phase: p.number, name: p.name, areas: data.progress.filter((a) => a.phase === p.number).length })),
    indicator: chosen
      ? {
          code: chosen.indicator.code,
          name: chosen.indicator.name,
          unit: chosen.indicator.unit,
          polarity: chosen.indicator.polarity,
          period: chosen.period?.period ?? null,
          england: num(chosen.england?.value),
          comparison: chosen.period
            ? compareWithEngland(
                chosen.rows.map((r) => ({ value: r.figure?.figure.value ?? null, lowerCi: r.figure?.figure.lowerCi ?? null, upperCi: r.figure?.figure.upperCi ?? null })),
                num(chosen.england?.value),
              )
            : null,
        }
      : null,
    budget: {
      financialYear: data.budget.financialYear,
      areasWithPot: pots.length,
      potPence: pots.reduce((s, p) => s + p.potPence, 0),
      awardedPence: pots.reduce((s, p) => s + p.awardedPence, 0),
      spentPence: pots.reduce((s, p) => s + p.spentPence, 0),
    },
    hub: {
      areasWithHub: data.hubReach.length,
      sessions: totalUnlessWithheld(data.hubReach.map((r) => r.sessions)),
      childrenSeen: totalUnlessWithheld(data.hubReach.map((r) => r.childrenSeen)),
      referrals: totalUnlessWithheld(data.hubReach.map((r) => r.referrals)),
      registrations: totalUnlessWithheld(data.hubReach.map((r) => r.registrations)),
    },
    capability: {
      assessedAreas: capabilityRows.filter((r) => r.assessment !== null).length,
      byEvaluationArea: data.capability.evaluationAreas.map((e) => {
        const counts = { id: e.id, name: e.name, red: 0, amber: 0, green: 0, notRated: 0 };
        for (const row of capabilityRows) {
          const cell = row.cells[e.id];
          if (cell) counts[cell.rating]++;
          else counts.notRated++;
        }
        return counts;
      }),
    },
  };
}
