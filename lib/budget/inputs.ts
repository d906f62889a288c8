import { z } from "zod";
import { blankToNull, calendarDate, ticked, wholeNumber } from "@/lib/forms/inputs";
import { rowMessage, str, unflattenRows, UUID } from "@/lib/forms/rows";
import { parsePounds } from "@/lib/budget/money";
import { rubricSchema } from "@/lib/budget/rubric";

/**
 * What the community budget's forms may send. Amounts are typed in pounds and leave
 * here as integer pence; services trust only what these schemas output.
 */
const uuid = z.string().uuid();

export const pounds = (what: string) =>
  z
    .string({ message: `Enter ${what}` })
    .transform((v, ctx) => {
      const pence = parsePounds(v);
      if (pence === null) {
        ctx.addIssue({ code: "custom", message: `Enter ${what} in pounds, like 2500 or 2,500.50` });
        return z.NEVER;
      }
      return pence;
    });

const text = (max: number, message: string, empty: string) => z.string().trim().min(1, empty).max(max, message);
const optionalText = (max: number, message: string) => z.preprocess(blankToNull, z.string().trim().max(max, message).nullable());

export const potInput = z.object({
  financialYear: wholeNumber("Choose the financial year").pipe(z.number().min(2000, "Choose the financial year").max(2098, "Choose the financial year")),
  amount: pounds("the amount in the pot"),
  source: text(300, "Keep the source under 300 characters", "Say where the money comes from"),
});
export type PotInput = z.output<typeof potInput>;

export const updatePotInput = potInput.omit({ financialYear: true }).extend({ budgetId: uuid });
export type UpdatePotInput = z.output<typeof updatePotInput>;

/** The rubric's rows, posted as rubric.0.label, rubric.0.weight…; blank rows are left out. */
const rubricRows = z
  .array(z.record(z.string(), z.unknown()))
  .default([])
  .transform((rows, ctx) => {
    const out: { id: string; label: string; weight: number }[] = [];
    rows.forEach((raw, index) => {
      const label = str(raw.label).trim();
      if (!label) return;
      const typed = str(raw.weight).trim() || "1";
      const weight = /^\d{1,2}$/.test(typed) ? Number(typed) : Number.NaN;
      if (!Number.isInteger(weight) || weight < 1 || weight > 10) {
        ctx.addIssue({ code: "custom", message: rowMessage("Criterion", index, "A weight is a whole number from 1 to 10"), path: [index, "weight"] });
        return;
      }
      if (label.length > 200) {
        ctx.addIssue({ code: "custom", message: rowMessage("Criterion", index, "Keep a criterion under 200 characters"), path: [index, "label"] });
        return;
      }
      const id = UUID.test(str(raw.id)) && !out.some((c) => c.id === str(raw.id)) ? str(raw.id) : crypto.randomUUID();
      out.push({ id, label, weight });
    });
    const parsed = rubricSchema.safeParse(out);
    if (!parsed.success) ctx.addIssue({ code: "custom", message: parsed.error.issues[0]!.message, path: [] });
    return out;
  });

export const roundInput = z.preprocess(
  unflattenRows(["rubric"]),
  z
    .object({
      budgetId: uuid,
      title: text(200, "Keep the title under 200 characters", "Give the round a title"),
      /** What an application must show, in the partnership's words. */
      criteria: text(4000, "Keep this under 4,000 characters", "Say what applications must show"),
      rubric: rubricRows,
      opensOn: calendarDate,
      closesOn: calendarDate,
      allocation: pounds("the amount this round may award"),
      maxAward: pounds("the largest single award"),
    })
    .superRefine((r, ctx) => {
      if (r.closesOn < r.opensOn) ctx.addIssue({ code: "custom", message: "The closing date must be on or after the opening date", path: ["closesOn"] });
      if (r.maxAward <= 0) ctx.addIssue({ code: "custom", message: "The largest award must be above £0", path: ["maxAward"] });
      if (r.maxAward > r.allocation) ctx.addIssue({ code: "custom", message: "The largest award cannot be more than the round's allocation", path: ["maxAward"] });
    }),
);
export type RoundInput = z.output<typeof roundInput>;

export const moveRoundInput = z.object({
  roundId: uuid,
  to: z.enum(["draft", "open", "reviewing", "deciding", "awarded", "closed"], { message: "Choose a step" }),
});

/** An application, as the co-ordinator enters it or an applicant sends it through the public link. */
export const applicationFields = z.object({
  organisationName: text(200, "Keep the name under 200 characters", "Give the organisation's name"),
  contactName: text(120, "Keep the name under 120 characters", "Give a contact name"),
  contactEmail: z.string().trim().toLowerCase().email("Enter an email address like name@example.org").max(200),
  amountRequested: pounds("the amount asked for"),
  summary: text(4000, "Keep this under 4,000 characters", "Say what the money will do"),
  priorityFit: text(4000, "Keep this under 4,000 characters", "Say how it addresses the priority"),
  aboveAndBeyond: z.preprocess(ticked, z.literal(true, { message: "Confirm the work is above and beyond services already delivered" })),
});

export const applicationInput = applicationFields.extend({
  roundId: uuid,
  organisationId: z.preprocess(blankToNull, uuid.nullable()),
});
export type ApplicationInput = z.output<typeof applicationInput>;

export const withdrawInput = z.object({ applicationId: uuid, reason: optionalText(1000, "Keep the reason under 1,000 characters") });

export const awardInput = z.object({
  applicationId: uuid,
  amount: pounds("the amount awarded"),
  meetingId: z.string({ message: "Choose the decision meeting" }).uuid("Choose the decision meeting"),
  decidedOn: calendarDate,
  note: optionalText(1000, "Keep the note under 1,000 characters"),
});
export type AwardInput = z.output<typeof awardInput>;

export const declineInput = z.object({ applicationId: uuid, reason: text(1000, "Keep the reason under 1,000 characters", "Give the reason it was not funded: the applicant will ask") });

export const spendInput = z.object({
  awardId: uuid,
  amount: pounds("the amount spent"),
  spentOn: calendarDate,
  description: text(500, "Keep the description under 500 characters", "Say what it was spent on"),
});
export type SpendInput = z.output<typeof spendInput>;

export const assignPanellistInput = z.object({
  roundId: uuid,
  userId: z.string({ message: "Choose a member" }).uuid("Choose a member"),
  kind: z.enum(["member", "community_representative", "young_person"], { message: "Choose who they speak for" }),
});

export const declareConflictInput = z.object({
  applicationId: uuid,
  conflicted: z.enum(["yes", "no"], { message: "Say whether you have a conflict of interest" }).transform((v) => v === "yes"),
  note: optionalText(500, "Keep the note under 500 characters"),
});

/** Scores arrive as score.<criterion id> = "1"…"5"; which criteria exist is the round's business. */
export const scoresInput = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null) return value;
    const scores: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key.startsWith("score.")) scores[key.slice(6)] = v;
      else if (key !== "__proto__") rest[key] = v;
    }
    return { ...rest, scores };
  },
  z.object({
    applicationId: uuid,
    scores: z.record(z.string().uuid(), wholeNumber("Scores run from 1 to 5").pipe(z.number().min(1, "Scores run from 1 to 5").max(5, "Scores run from 1 to 5"))),
    comment: optionalText(2000, "Keep the comment under 2,000 characters"),
  }),
);

export const grantReportInput = z.object({
  awardId: uuid,
  reportedOn: calendarDate,
  milestone: text(300, "Keep the milestone under 300 characters", "Say which milestone this report is about"),
  percentComplete: wholeNumber("Enter how far along it is, a whole number from 0 to 100").pipe(z.number().min(0, "From 0 to 100").max(100, "From 0 to 100")),
  beneficiariesReached: wholeNumber("Enter how many people it has reached, a whole number like 40").pipe(z.number().min(0, "Cannot be negative").max(1_000_000, "That is more than the area holds")),
  caseStudyUrl: z.preprocess(blankToNull, z.string().trim().url("Enter a full web address, starting https://").max(500).nullable()),
});
export type GrantReportInput = z.output<typeof grantReportInput>;
