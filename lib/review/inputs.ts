import { z } from "zod";
import { CollectiveImpactCondition, ConditionLevel, ConsentScope, EarlyImpactEvidenceKind, FeedbackSource, FindingsAbout, LessonKind, Rag } from "@/lib/generated/prisma/enums";
import { blankToNull, calendarDate, ticked, wholeNumber } from "@/lib/forms/inputs";
import { rowMessage, str, strings, unflattenRows, UUID } from "@/lib/forms/rows";
import { ukToday } from "@/lib/blueprint/today";
import { CONDITIONS } from "@/lib/review/labels";

/**
 * What the review forms may send. Every field arrives as text; services trust only what
 * these schemas output. Ratings arrive one field per self-evaluation area, named by its
 * key (`rating.buy-in`, `note.buy-in`), so a message lands beside the area it is about.
 */
const uuid = z.string().uuid();
const text = (max: number, empty: string, what = "this") => z.string({ message: empty }).trim().min(1, empty).max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters`);
const optionalText = (max: number, what = "this") => z.preprocess(blankToNull, z.string().trim().max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters`).nullable());
const pastDate = (what: string) => calendarDate.refine((v) => v <= ukToday(), `The date ${what} cannot be in the future`);

export const ASSESSMENT_KEY = /^[a-z0-9-]{1,60}$/;

/** `prefix.<key>` fields, by key: `{ "buy-in": "amber" }`. Keys that are not plain slugs are dropped. */
function byKey(value: unknown, prefix: string): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (!name.startsWith(`${prefix}.`)) continue;
    const key = name.slice(prefix.length + 1);
    if (ASSESSMENT_KEY.test(key)) out[key] = str(v);
  }
  return out;
}

/** The words the author ticked as not a person's identity: `notPersonal.0`, `notPersonal.1`… (one name each, so every tick is echoed back). */
export function confirmedTermsOf(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([name]) => /^notPersonal\.\d{1,3}$/.test(name))
    .map(([, v]) => str(v).trim())
    .filter((t) => t.length > 0 && t.length <= 200);
}

const withConfirmations = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "object" && value !== null ? { ...(value as object), confirmedTerms: confirmedTermsOf(value) } : value), schema);

const confirmedTerms = z.array(z.string()).max(100).default([]);

// ── Capability analysis ───────────────────────────────────────────────────────

const rag = z.enum(Rag);

export type RatingInput = { key: string; rating: Rag; note: string; evidence: string | null };

/** A dated assessment: each area rated red, amber or green with a note (evidence optional), or left unrated for now. */
export const capabilityAssessmentInput = z
  .preprocess(
    (value) => {
      const base = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
      return { assessmentId: base.assessmentId, assessedOn: base.assessedOn, summary: base.summary, ratings: byKey(value, "rating"), notes: byKey(value, "note"), evidence: byKey(value, "evidence") };
    },
    z.object({
      assessmentId: z.preprocess(blankToNull, uuid.nullable()).optional(),
      assessedOn: pastDate("of the assessment"),
      summary: optionalText(4000, "the summary"),
      ratings: z.record(z.string(), z.string()),
      notes: z.record(z.string(), z.string()),
      evidence: z.record(z.string(), z.string()),
    }),
  )
  .transform((input, ctx) => {
    const ratings: RatingInput[] = [];
    for (const [key, raw] of Object.entries(input.ratings)) {
      if (raw.trim() === "") continue;
      const parsed = rag.safeParse(raw);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: "Choose red, amber or green, or leave it unrated", path: [`rating.${key}`] });
        continue;
      }
      const note = (input.notes[key] ?? "").trim();
      const evidence = (input.evidence[key] ?? "").trim();
      if (!note) ctx.addIssue({ code: "custom", message: `Say why it is rated ${parsed.data}`, path: [`note.${key}`] });
      if (note.length > 2000) ctx.addIssue({ code: "custom", message: "Keep the note under 2,000 characters", path: [`note.${key}`] });
      if (evidence.length > 1000) ctx.addIssue({ code: "custom", message: "Keep the evidence under 1,000 characters", path: [`evidence.${key}`] });
      ratings.push({ key, rating: parsed.data, note, evidence: evidence || null });
    }
    if (ratings.length === 0) ctx.addIssue({ code: "custom", message: "Rate at least one self-evaluation area", path: ["_form"] });
    return { assessmentId: input.assessmentId ?? null, assessedOn: input.assessedOn, summary: input.summary, ratings };
  });
export type CapabilityAssessmentInput = z.output<typeof capabilityAssessmentInput>;

export const assessmentRef = z.object({ assessmentId: uuid });

/** One click: a red or amber rating becomes an action-plan item. */
export const ratingRef = z.object({ ratingId: uuid });
export type RatingRef = z.output<typeof ratingRef>;

/** A self-evaluation area as the partnership words it; `key` names an existing one, blank adds a new one. */
export const evaluationAreaInput = z.object({
  key: z.preprocess(blankToNull, z.string().regex(ASSESSMENT_KEY).nullable()),
  name: text(200, "Give the area a name", "the name"),
  description: text(1000, "Say what the area is about", "the description"),
  redLooksLike: text(1000, "Say what a red rating looks like", "this"),
  amberLooksLike: text(1000, "Say what an amber rating looks like", "this"),
  greenLooksLike: text(1000, "Say what a green rating looks like", "this"),
});
export type EvaluationAreaInput = z.output<typeof evaluationAreaInput>;

export const evaluationAreaRef = z.object({ key: z.string().regex(ASSESSMENT_KEY) });

// ── Collective impact ─────────────────────────────────────────────────────────

const level = z.enum(ConditionLevel, { message: "Choose how far this condition is in place" });

/** All five conditions, each on the four-step scale; a note for each is optional. */
export const conditionAssessmentInput = z.preprocess(
  (value) => {
    const base = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
    const levels = byKey(value, "level");
    const notes = byKey(value, "note");
    return {
      assessedOn: base.assessedOn,
      summary: base.summary,
      ratings: CONDITIONS.map((c) => ({ condition: c.key, level: blankToNull(levels[c.key.replace(/_/g, "-")]), note: notes[c.key.replace(/_/g, "-")] ?? "" })),
    };
  },
  z.object({
    assessedOn: pastDate("of the self-assessment"),
    summary: optionalText(4000, "the summary"),
    ratings: z
      .array(z.object({ condition: z.enum(CollectiveImpactCondition), level: z.unknown(), note: z.string() }))
      .transform((rows, ctx) =>
        rows.map((row) => {
          const field = row.condition.replace(/_/g, "-");
          const parsed = level.safeParse(row.level);
          if (!parsed.success) ctx.addIssue({ code: "custom", message: "Choose how far this condition is in place", path: [`level.${field}`] });
          if (row.note.trim().length > 2000) ctx.addIssue({ code: "custom", message: "Keep the note under 2,000 characters", path: [`note.${field}`] });
          return { condition: row.condition, level: parsed.success ? parsed.data : ("just_begun" as const), note: row.note.trim() || null };
        }),
      ),
  }),
);
export type ConditionAssessmentInput = z.output<typeof conditionAssessmentInput>;

/** The field name of a condition: `level.common-agenda`. */
export const conditionField = (condition: string) => condition.replace(/_/g, "-");

// ── Case studies ──────────────────────────────────────────────────────────────

export const caseStudyInput = withConfirmations(
  z.object({
    title: text(200, "Give the case study a title", "the title"),
    story: text(8000, "Tell the story", "the story"),
    whatItShows: text(2000, "Say what it shows", "this"),
    consentGivenBy: text(200, "Say who gave consent, by their role (for example: the young person's parent)", "this"),
    consentScope: z.enum(ConsentScope, { message: "Choose what the consent covers" }),
    consentOn: pastDate("consent was given"),
    consentConfirmed: z.preprocess(ticked, z.literal(true, { message: "Confirm that consent was given for this use" })),
    actionItemIds: z.preprocess(strings, z.array(uuid).max(50)),
    awardIds: z.preprocess(strings, z.array(uuid).max(50)),
    hubServiceIds: z.preprocess(strings, z.array(uuid).max(50)),
    confirmedTerms,
  }),
);
export type CaseStudyInput = z.output<typeof caseStudyInput>;

export const caseStudyRef = z.object({ caseStudyId: uuid });

// ── Feedback ──────────────────────────────────────────────────────────────────

export const feedbackInput = withConfirmations(
  z
    .object({
      source: z.enum(FeedbackSource, { message: "Choose who the feedback is from" }),
      role: text(200, "Say who it is from, by their role (never a child's name)", "the role"),
      rating: z.preprocess(blankToNull, wholeNumber("Choose a rating from 1 to 5").pipe(z.number().min(1, "Choose a rating from 1 to 5").max(5, "Choose a rating from 1 to 5")).nullable()),
      comments: text(4000, "Write what they said", "the comments"),
      receivedOn: pastDate("the feedback was given"),
      awardId: z.preprocess(blankToNull, uuid.nullable()),
      confirmedTerms,
    })
    .superRefine((f, ctx) => {
      if (f.awardId && f.source !== "grant_recipient") ctx.addIssue({ code: "custom", message: "Only a community budget recipient's feedback is about an award", path: ["awardId"] });
    }),
);
export type FeedbackInput = z.output<typeof feedbackInput>;

export const feedbackRef = z.object({ feedbackId: uuid });

// ── Early impact, lessons, findings ──────────────────────────────────────────

export const earlyImpactInput = z.preprocess(
  unflattenRows(["evidence"]),
  z.object({
    statement: text(4000, "Write the early impact, as the partnership defines it", "the statement"),
    evidence: z
      .array(z.record(z.string(), z.unknown()))
      .default([])
      .transform((rows, ctx) => {
        const out: { kind: EarlyImpactEvidenceKind; description: string }[] = [];
        rows.forEach((raw, index) => {
          const description = str(raw.description).trim();
          if (!description) return;
          const kind = z.enum(EarlyImpactEvidenceKind).safeParse(str(raw.kind));
          if (!kind.success) ctx.addIssue({ code: "custom", message: rowMessage("Evidence", index, "Choose an indicator movement or an output"), path: [index, "kind"] });
          else if (description.length > 1000) ctx.addIssue({ code: "custom", message: rowMessage("Evidence", index, "Keep it under 1,000 characters"), path: [index, "description"] });
          else out.push({ kind: kind.data, description });
        });
        if (out.length === 0) ctx.addIssue({ code: "custom", message: "Add at least one indicator movement or output that supports it", path: [0, "description"] });
        return out;
      }),
  }),
);
export type EarlyImpactInput = z.output<typeof earlyImpactInput>;

export const lessonInput = z
  .object({
    kind: z.enum(LessonKind, { message: "Choose what kind of lesson it is" }),
    text: text(4000, "Write the lesson", "the lesson"),
    modelName: optionalText(200, "the model's name"),
    agreedWithBoard: z.preprocess(ticked, z.boolean()),
    agreedWithConvening: z.preprocess(ticked, z.boolean()),
  })
  .superRefine((l, ctx) => {
    if (l.kind === "other_model" && !l.modelName) ctx.addIssue({ code: "custom", message: "Name the place-based model, for example Reach Foundation, Feltham", path: ["modelName"] });
  })
  .transform((l) => ({ ...l, modelName: l.kind === "other_model" ? l.modelName : null }));
export type LessonInput = z.output<typeof lessonInput>;

export const findingInput = z.object({
  sharedOn: pastDate("the findings were shared"),
  venue: text(300, "Say where the findings were shared", "this"),
  audience: text(300, "Say who they were shared with", "this"),
  about: z.enum(FindingsAbout, { message: "Choose what the findings were about" }),
  summary: optionalText(4000, "the summary"),
  link: z.preprocess(blankToNull, z.string().trim().url("Enter a full web address, starting https://").max(500).refine((v) => /^https?:\/\//i.test(v), "Enter a full web address, starting https://").nullable()),
});
export type FindingInput = z.output<typeof findingInput>;

/** The record to delete, by kind: one delete action serves early impact, lessons and findings. */
export const learningRef = z.object({ kind: z.enum(["early_impact", "lesson", "finding"]), id: uuid });
export type LearningRef = z.output<typeof learningRef>;

export { UUID };
