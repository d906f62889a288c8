import { z } from "zod";

/**
 * The scoring rubric of a funding round: weighted criteria, each scored 1–5 by every
 * panellist who is not conflicted on the application. An application's score is the mean,
 * over the panellists who submitted, of each panellist's weighted mean. Pure: the panel
 * progress page, the decision page and the tests all read it from here.
 */
export const criterionSchema = z.object({
  id: z.string().uuid(),
  label: z.string().trim().min(1, "Name the criterion").max(200, "Keep a criterion under 200 characters"),
  weight: z.number().int().min(1, "A weight is a whole number from 1 to 10").max(10, "A weight is a whole number from 1 to 10"),
});
export const rubricSchema = z.array(criterionSchema).min(1, "Add at least one criterion").max(12, "Keep to 12 criteria at most");
export type Criterion = z.output<typeof criterionSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export type CriterionScores = Record<string, number>;

export function readRubric(value: unknown): Rubric {
  return rubricSchema.parse(value);
}

/** The guide's own tests of a good application, as a starting rubric. */
export function defaultRubric(newId: () => string): Rubric {
  return [
    { id: newId(), label: "Addresses the focus priority", weight: 3 },
    { id: newId(), label: "Above and beyond services already delivered (no duplication)", weight: 2 },
    { id: newId(), label: "Reaches the children and families who need it most", weight: 2 },
    { id: newId(), label: "Value for money and deliverable", weight: 1 },
  ];
}

/** Scores for every criterion, each a whole number 1–5; anything else is incomplete. */
export function isComplete(rubric: Rubric, scores: CriterionScores): boolean {
  return rubric.every((c) => Number.isInteger(scores[c.id]) && scores[c.id]! >= SCORE_MIN && scores[c.id]! <= SCORE_MAX);
}

export function weightedScore(rubric: Rubric, scores: CriterionScores): number | null {
  if (!isComplete(rubric, scores)) return null;
  const weights = rubric.reduce((sum, c) => sum + c.weight, 0);
  return rubric.reduce((sum, c) => sum + c.weight * scores[c.id]!, 0) / weights;
}

export type ScoreSheet = { assignmentId: string; applicationId: string; scores: CriterionScores; submitted: boolean };
export type ApplicationResult = { applicationId: string; average: number | null; submitted: number; conflicted: number };

/**
 * Each application's mean score. Only submitted, complete sheets count, and never a sheet
 * of a panellist who declared a conflict on that application (even one scored before the
 * declaration, or forged).
 */
export function aggregateScores(rubric: Rubric, applicationIds: string[], sheets: ScoreSheet[], conflicts: { assignmentId: string; applicationId: string }[]): ApplicationResult[] {
  const conflicted = new Set(conflicts.map((c) => `${c.assignmentId}:${c.applicationId}`));
  return applicationIds.map((applicationId) => {
    const counted = sheets
      .filter((s) => s.applicationId === applicationId && s.submitted && !conflicted.has(`${s.assignmentId}:${applicationId}`))
      .map((s) => weightedScore(rubric, s.scores))
      .filter((x): x is number => x !== null);
    return {
      applicationId,
      average: counted.length ? counted.reduce((a, b) => a + b, 0) / counted.length : null,
      submitted: counted.length,
      conflicted: conflicts.filter((c) => c.applicationId === applicationId).length,
    };
  });
}

export type Ranked = ApplicationResult & { rank: number | null };

/**
 * Highest mean first. Equal means share a rank and the next rank skips (1, 2, 2, 4), so a
 * tie is visible to the panel rather than settled by the order of entry. Withdrawn
 * applications are left out; unscored ones come last, unranked.
 */
export function rankApplications(results: ApplicationResult[], withdrawn: ReadonlySet<string> = new Set()): Ranked[] {
  const active = results.filter((r) => !withdrawn.has(r.applicationId));
  // Means are compared to 1e-9: two panels' arithmetic must not split a tie.
  const key = (r: ApplicationResult) => (r.average === null ? null : Math.round(r.average * 1e9));
  const scored = active.filter((r) => r.average !== null).sort((a, b) => key(b)! - key(a)!);
  const ranked: Ranked[] = scored.map((r, i) => ({ ...r, rank: i + 1 }));
  for (let i = 1; i < ranked.length; i++) if (key(ranked[i]!) === key(ranked[i - 1]!)) ranked[i]!.rank = ranked[i - 1]!.rank;
  return [...ranked, ...active.filter((r) => r.average === null).map((r) => ({ ...r, rank: null }))];
}
