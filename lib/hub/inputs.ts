import { z } from "zod";
import { blankToNull, calendarDate, isTicked, ticked, wholeNumber } from "@/lib/forms/inputs";
import { str } from "@/lib/forms/rows";
import { pounds } from "@/lib/budget/inputs";
import { parseClockTime } from "@/lib/hub/dates";
import { BUDGET_CATEGORIES, CONTRIBUTION_KINDS, OFFER_MODELS, OUTCOMES, type OfferModel } from "@/lib/hub/labels";
import { MAX_TAPER_YEARS } from "@/lib/hub/taper";
import { MAX_COUNT, OUTPUT_FIELDS, OUTPUT_LABELS, type OutputCounts } from "@/lib/hub/totals";
import { TERM_NAMES, type TermDates, type TermName } from "@/lib/hub/school-calendar";

/**
 * What the hub's forms may send. Services trust only what these schemas output: amounts in
 * pence, times in minutes, counts as whole numbers from 0. Nothing here takes a child's details.
 */
const uuid = z.string().uuid();
const choose = (what: string) => z.string({ message: `Choose ${what}` }).uuid(`Choose ${what}`);
const text = (max: number, empty: string) => z.string({ message: empty }).trim().min(1, empty).max(max, `Keep this under ${max.toLocaleString("en-GB")} characters`);
const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, `Keep this under ${max.toLocaleString("en-GB")} characters`).nullable());
const year = (what: string) => wholeNumber(`Choose ${what}`).pipe(z.number().min(2000, `Choose ${what}`).max(2098, `Choose ${what}`));

/** Offer models arrive as one checkbox each (offer.timetabled = "on"), so a refused form keeps every tick. */
export const hubInput = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null) return value;
    const v = value as Record<string, unknown>;
    return { ...v, offerModels: OFFER_MODELS.filter((m) => isTicked(v[`offer.${m}`])) };
  },
  z.object({
    name: text(200, "Give the hub a name, e.g. Holme Wood School Health Hub"),
    hostOrganisationId: choose("the host school or early-years setting"),
    space: text(500, "Say which room or space the hub uses"),
    offerModels: z.array(z.enum(OFFER_MODELS as [OfferModel, ...OfferModel[]])),
  }),
);
export type HubInput = z.output<typeof hubInput>;

export const spokeInput = z.object({ organisationId: choose("a school or early-years setting") });
export const removeSpokeInput = z.object({ spokeId: uuid });

export const serviceTypeInput = z.object({
  name: text(100, "Name the kind of service, e.g. Eyesight checks"),
  outcome: z.preprocess(blankToNull, z.enum(OUTCOMES as [string, ...string[]], { message: "Choose an outcome or none" }).nullable()),
});

export const serviceFields = z.object({
  typeId: choose("the kind of service"),
  providerOrganisationId: choose("the provider"),
  /** "host", or the id of one of the hub's spokes. */
  place: z.union([z.literal("host"), uuid], { message: "Choose where the service runs" }),
  description: optionalText(500),
});
export const serviceInput = serviceFields;
export type ServiceInput = z.output<typeof serviceInput>;
export const updateServiceInput = serviceFields.extend({ serviceId: uuid });
export type UpdateServiceInput = z.output<typeof updateServiceInput>;
export const removeServiceInput = z.object({ serviceId: uuid });

const clock = (what: string) =>
  z.string({ message: `Enter the ${what} time` }).transform((v, ctx) => {
    const minutes = parseClockTime(v);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: `Enter the ${what} time as hours and minutes, like 09:30` });
      return z.NEVER;
    }
    return minutes;
  });

const optionalDate = z.preprocess(blankToNull, calendarDate.nullable());

export const sessionInput = z
  .object({
    serviceId: uuid,
    kind: z.enum(["one_off", "weekly"], { message: "Choose one date or every week" }),
    date: optionalDate,
    startsOn: optionalDate,
    endsOn: optionalDate,
    weekday: z.preprocess(blankToNull, wholeNumber("Choose the day of the week").pipe(z.number().min(1, "Choose the day of the week").max(7, "Choose the day of the week")).nullable()),
    intervalWeeks: z.preprocess((v) => blankToNull(v) ?? "1", wholeNumber("Choose every week or every other week").pipe(z.union([z.literal(1), z.literal(2)], { message: "Choose every week or every other week" }))),
    startTime: clock("start"),
    endTime: clock("end"),
    duringHolidays: z.preprocess(ticked, z.boolean()),
  })
  .superRefine((s, ctx) => {
    if (s.endTime <= s.startTime) ctx.addIssue({ code: "custom", message: "The session ends after it starts", path: ["endTime"] });
    if (s.kind === "one_off") {
      if (!s.date) ctx.addIssue({ code: "custom", message: "Enter the date of the session", path: ["date"] });
      return;
    }
    if (!s.weekday) ctx.addIssue({ code: "custom", message: "Choose the day of the week", path: ["weekday"] });
    if (!s.startsOn) ctx.addIssue({ code: "custom", message: "Enter the first date it could run", path: ["startsOn"] });
    if (!s.endsOn) ctx.addIssue({ code: "custom", message: "Enter the last date it could run, e.g. the end of the school year", path: ["endsOn"] });
    if (s.startsOn && s.endsOn) {
      if (s.endsOn < s.startsOn) ctx.addIssue({ code: "custom", message: "The last date is on or after the first", path: ["endsOn"] });
      else if (Date.parse(s.endsOn) - Date.parse(s.startsOn) > 2 * 366 * 86_400_000) ctx.addIssue({ code: "custom", message: "Plan at most two school years ahead", path: ["endsOn"] });
    }
  })
  .transform((s) => {
    const common = { serviceId: s.serviceId, startMinute: s.startTime, endMinute: s.endTime };
    return s.kind === "one_off"
      ? { ...common, kind: "one_off" as const, date: s.date!, duringHolidays: s.duringHolidays }
      : { ...common, kind: "weekly" as const, startsOn: s.startsOn!, endsOn: s.endsOn!, weekday: s.weekday!, intervalWeeks: s.intervalWeeks };
  });
export type SessionInput = z.output<typeof sessionInput>;

/** A session's times, and for a weekly one its last date: the pattern itself is fixed once sessions are held. */
export const updateSessionInput = z
  .object({ sessionId: uuid, startTime: clock("start"), endTime: clock("end"), endsOn: optionalDate })
  .superRefine((s, ctx) => {
    if (s.endTime <= s.startTime) ctx.addIssue({ code: "custom", message: "The session ends after it starts", path: ["endTime"] });
  })
  .transform((s) => ({ sessionId: s.sessionId, startMinute: s.startTime, endMinute: s.endTime, endsOn: s.endsOn }));
export type UpdateSessionInput = z.output<typeof updateSessionInput>;

export const removeSessionInput = z.object({ sessionId: uuid });
export const cancelOccurrenceInput = z.object({
  sessionId: uuid,
  date: calendarDate,
  reason: text(300, "Say why it is not running, e.g. the nurse is on training (no names)"),
});
export const restoreOccurrenceInput = z.object({ cancellationId: uuid });

/** The outputs grid: rows.<n>.session, rows.<n>.date and one box per count. */
const GRID_FIELD = /^rows\.(\d{1,3})\.(session|date|[A-Za-z]+)$/;
export const MAX_GRID_ROWS = 400;
export type OutputRow = { index: number; sessionId: string; date: string; counts: OutputCounts | null };

export const outputsInput = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null) return value;
    const rows: Record<string, unknown>[] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const match = GRID_FIELD.exec(key);
      if (!match) continue;
      const index = Number(match[1]);
      if (index >= MAX_GRID_ROWS) continue;
      (rows[index] ??= {})[match[2]!] = v;
    }
    return { rows: Array.from(rows, (r) => r ?? null) };
  },
  z.object({
    rows: z.array(z.record(z.string(), z.unknown()).nullable()).transform((raw, ctx) => {
      const out: OutputRow[] = [];
      raw.forEach((row, index) => {
        if (!row) return;
        const sessionId = str(row.session);
        const date = str(row.date);
        if (!uuid.safeParse(sessionId).success || !calendarDate.safeParse(date).success) {
          ctx.addIssue({ code: "custom", message: `Row ${index + 1} does not name a session and date: reload the page`, path: [] });
          return;
        }
        const typed = OUTPUT_FIELDS.map((f) => str(row[f]).trim());
        if (typed.every((v) => v === "")) {
          out.push({ index, sessionId, date, counts: null });
          return;
        }
        const counts = {} as OutputCounts;
        OUTPUT_FIELDS.forEach((field, i) => {
          const v = typed[i]!;
          const n = v === "" ? 0 : Number(v);
          if (!/^\d+$/.test(v === "" ? "0" : v) || n > MAX_COUNT) {
            ctx.addIssue({ code: "custom", message: `${OUTPUT_LABELS[field]}: a whole number from 0 to ${MAX_COUNT.toLocaleString("en-GB")}`, path: [index, field] });
            return;
          }
          counts[field] = n;
        });
        out.push({ index, sessionId, date, counts });
      });
      const seen = new Set<string>();
      for (const r of out) {
        const key = `${r.sessionId}|${r.date}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "A session and date appear twice: reload the page", path: [] });
        seen.add(key);
      }
      return out;
    }),
  }),
);
export type OutputsInput = z.output<typeof outputsInput>;

/** The taper: the start year, the first year's budget, then percent.1 … for the years after it. */
export const budgetPlanInput = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null) return value;
    const v = value as Record<string, unknown>;
    const percents: string[] = [];
    for (let i = 1; i < MAX_TAPER_YEARS; i += 1) percents.push(str(v[`percent.${i}`]).trim().replace(/%$/, ""));
    return { startYear: v.startYear, firstYearBudget: v.firstYearBudget, percent: percents };
  },
  z.object({
    startYear: year("the financial year the budget starts"),
    firstYearBudget: pounds("the first year's budget"),
    // Named like the form's fields, so that an error on percent.2 lands beside that box.
    percent: z.array(z.string()).transform((raw, ctx) => {
      const lastFilled = raw.findLastIndex((p) => p !== "");
      const out = [100];
      for (let i = 0; i <= lastFilled; i += 1) {
        const p = raw[i]!;
        if (p === "" || !/^\d{1,3}$/.test(p)) {
          ctx.addIssue({ code: "custom", message: p === "" ? "Fill in the years in order: leave blank only the years after the taper ends" : "A whole percentage from 0 to 100", path: [i + 1] });
          continue;
        }
        out.push(Number(p));
      }
      return out;
    }),
  }),
);
export type BudgetPlanInput = z.output<typeof budgetPlanInput>;

const categoryField = z.enum(BUDGET_CATEGORIES as [string, ...string[]], { message: "Choose one of the categories the hub budget may be spent on" });

export const allocationInput = z.object({
  budgetYearId: uuid,
  category: categoryField,
  description: text(300, "Say what the allocation is for, e.g. Hub co-ordinator, two days a week"),
  amount: pounds("the amount allocated"),
});
export type AllocationInput = z.output<typeof allocationInput>;

export const updateAllocationInput = z.object({
  allocationId: uuid,
  description: text(300, "Say what the allocation is for"),
  amount: pounds("the amount allocated"),
});
export type UpdateAllocationInput = z.output<typeof updateAllocationInput>;
export const removeAllocationInput = z.object({ allocationId: uuid });

export const hubSpendInput = z.object({
  allocationId: choose("the allocation it was spent from"),
  amount: pounds("the amount spent"),
  spentOn: calendarDate,
  description: text(500, "Say what it was spent on"),
});
export type HubSpendInput = z.output<typeof hubSpendInput>;

export const contributionInput = z.object({
  financialYear: year("the financial year"),
  organisationId: choose("the statutory partner"),
  kind: z.enum(CONTRIBUTION_KINDS as [string, ...string[]], { message: "Choose money or in kind" }),
  value: pounds("the value of the contribution"),
  description: text(500, "Say what it is, e.g. a school nurse one day a week"),
});
export type ContributionInput = z.output<typeof contributionInput>;
export const removeContributionInput = z.object({ contributionId: uuid });

/** One academic year of term dates: autumn.startsOn, autumn.halfTermStartsOn … summer.endsOn. */
const TERM_FIELDS = ["startsOn", "halfTermStartsOn", "halfTermEndsOn", "endsOn"] as const;
export const calendarYearInput = z
  .object({
    academicYear: year("the academic year"),
    ...Object.fromEntries(TERM_NAMES.flatMap((t) => TERM_FIELDS.map((f) => [`${t}.${f}`, calendarDate]))),
  })
  .transform((v) => {
    const values = v as Record<string, unknown>;
    const terms = Object.fromEntries(
      TERM_NAMES.map((t) => [t, Object.fromEntries(TERM_FIELDS.map((f) => [f, values[`${t}.${f}`] as string])) as TermDates]),
    ) as Record<TermName, TermDates>;
    return { academicYear: v.academicYear, terms };
  });
export type CalendarYearInput = z.output<typeof calendarYearInput>;

export const closureInput = z.object({ date: calendarDate, label: text(100, "Say why schools are closed, e.g. Early May bank holiday") });
export const removeClosureInput = z.object({ closureId: uuid });
