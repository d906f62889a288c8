import type { ConditionLevel, Rag } from "@/lib/generated/prisma/enums";
import { CONDITION_LEVELS } from "@/lib/review/labels";

/**
 * Pure rules of the capability analysis and the collective-impact self-assessment: how a
 * rating moved since the one before, whether an assessment is complete, and the history
 * of each self-evaluation area across assessments. No I/O: the pages, the heatmap, the
 * review pack and the checklist all read their verdicts from here.
 */

/** Red < amber < green. */
export const RAG_STEP: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
export const LEVEL_STEP: Record<ConditionLevel, number> = Object.fromEntries(CONDITION_LEVELS.map((l, i) => [l, i])) as Record<ConditionLevel, number>;

export type Movement = "improved" | "declined" | "unchanged" | "first";

/** How a rating on an ordered scale moved from the previous one (none before: its first rating). */
export function movement(previous: number | null | undefined, current: number): Movement {
  if (previous === null || previous === undefined) return "first";
  if (current > previous) return "improved";
  if (current < previous) return "declined";
  return "unchanged";
}

export function ragMovement(previous: Rag | null | undefined, current: Rag): Movement {
  return movement(previous ? RAG_STEP[previous] : null, RAG_STEP[current]);
}

export function levelMovement(previous: ConditionLevel | null | undefined, current: ConditionLevel): Movement {
  return movement(previous ? LEVEL_STEP[previous] : null, LEVEL_STEP[current]);
}

/** "Improved from Red", "Down from Green", "No change", "First rating": never an arrow or a colour alone. */
export function movementText(m: Movement, previousLabel: string | null): string {
  if (m === "first" || previousLabel === null) return "First rating";
  if (m === "unchanged") return "No change";
  return m === "improved" ? `Up from ${previousLabel}` : `Down from ${previousLabel}`;
}

export type EvaluationAreaRef = { id: string; name: string };

export type Completeness = { complete: boolean; rated: number; required: number; missing: string[] };

/**
 * An assessment is complete when every self-evaluation area in use is rated. Ratings of
 * areas retired since do not count towards it; an area added since makes it incomplete.
 */
export function assessmentCompleteness(ratedAreaIds: Iterable<string>, activeAreas: readonly EvaluationAreaRef[]): Completeness {
  const rated = new Set(ratedAreaIds);
  const missing = activeAreas.filter((a) => !rated.has(a.id)).map((a) => a.name);
  const required = activeAreas.length;
  return { complete: required > 0 && missing.length === 0, rated: required - missing.length, required, missing };
}

export type DatedAssessment<R> = { id: string; assessedOn: string; createdAt: Date; ratings: R[] };

/** Oldest first: by the date assessed, then by when it was recorded (two on one day keep their order). */
export function chronological<A extends { assessedOn: string; createdAt: Date }>(assessments: readonly A[]): A[] {
  return [...assessments].sort((a, b) => (a.assessedOn === b.assessedOn ? a.createdAt.getTime() - b.createdAt.getTime() : a.assessedOn < b.assessedOn ? -1 : 1));
}

export type CapabilityRatingLike = { evaluationAreaId: string; rating: Rag };

export type RatedCell = { rating: Rag; previous: Rag | null; movement: Movement };

/**
 * Each area's rating in each assessment (oldest first), with how it moved since that
 * area's previous rating. An assessment that left an area unrated has no cell for it, and
 * the next rating of that area is compared with the last one it had.
 */
export function ratingHistory<R extends CapabilityRatingLike>(assessments: readonly DatedAssessment<R>[]): Map<string, (RatedCell | null)[]> {
  const ordered = chronological(assessments);
  const last = new Map<string, Rag>();
  const out = new Map<string, (RatedCell | null)[]>();
  ordered.forEach((assessment, index) => {
    for (const r of assessment.ratings) {
      const row = out.get(r.evaluationAreaId) ?? Array.from({ length: ordered.length }, () => null);
      const previous = last.get(r.evaluationAreaId) ?? null;
      row[index] = { rating: r.rating, previous, movement: ragMovement(previous, r.rating) };
      out.set(r.evaluationAreaId, row);
      last.set(r.evaluationAreaId, r.rating);
    }
  });
  for (const row of out.values()) while (row.length < ordered.length) row.push(null);
  return out;
}

export type LatestRatings = {
  assessment: { id: string; assessedOn: string } | null;
  /** By self-evaluation area id: the latest assessment's rating and its movement, or null where it left the area unrated. */
  cells: Record<string, RatedCell | null>;
  completeness: Completeness | null;
};

/** The latest assessment of an area, rating by rating, with each rating's movement since that area was last rated. */
export function latestRatings<R extends CapabilityRatingLike>(assessments: readonly DatedAssessment<R>[], activeAreas: readonly EvaluationAreaRef[]): LatestRatings {
  const ordered = chronological(assessments);
  const latest = ordered[ordered.length - 1];
  if (!latest) return { assessment: null, cells: Object.fromEntries(activeAreas.map((a) => [a.id, null])), completeness: null };
  const history = ratingHistory(ordered);
  const index = ordered.length - 1;
  const cells: Record<string, RatedCell | null> = {};
  for (const area of activeAreas) cells[area.id] = history.get(area.id)?.[index] ?? null;
  return {
    assessment: { id: latest.id, assessedOn: latest.assessedOn },
    cells,
    completeness: assessmentCompleteness(
      latest.ratings.map((r) => r.evaluationAreaId),
      activeAreas,
    ),
  };
}

/** Counts of a latest assessment's ratings, for one-line summaries ("2 green, 3 amber, 1 red"). */
export function ragCounts(cells: Record<string, RatedCell | null>): Record<Rag, number> {
  const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const cell of Object.values(cells)) if (cell) counts[cell.rating] += 1;
  return counts;
}

export type ConditionRatingLike = { condition: string; level: ConditionLevel };
export type LevelCell = { level: ConditionLevel; previous: ConditionLevel | null; movement: Movement };

/** The latest collective-impact self-assessment, condition by condition, with movement since each condition's previous level. */
export function latestLevels<R extends ConditionRatingLike>(assessments: readonly DatedAssessment<R>[]): { assessment: { id: string; assessedOn: string } | null; cells: Record<string, LevelCell> } {
  const ordered = chronological(assessments);
  const last = new Map<string, ConditionLevel>();
  let cells: Record<string, LevelCell> = {};
  for (const assessment of ordered) {
    cells = {};
    for (const r of assessment.ratings) {
      const previous = last.get(r.condition) ?? null;
      cells[r.condition] = { level: r.level, previous, movement: levelMovement(previous, r.level) };
      last.set(r.condition, r.level);
    }
  }
  const latest = ordered[ordered.length - 1];
  return { assessment: latest ? { id: latest.id, assessedOn: latest.assessedOn } : null, cells };
}
