import { z } from "zod";
import { blankToNull, wholeNumber } from "@/lib/forms/inputs";

/**
 * What the indicator definition, target and outcome-link forms may send. Services trust
 * only what these schemas output.
 */
const uuid = z.string().uuid();
const text = (max: number, empty: string) => z.string({ message: empty }).trim().min(1, empty).max(max, `Use at most ${max.toLocaleString("en-GB")} characters`);
const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, `Use at most ${max.toLocaleString("en-GB")} characters`).nullable());

export const UNITS = ["percent", "count", "rate_per_1000", "rate_per_10000", "rate_per_100000", "pounds"] as const;
export const POLARITIES = ["higher_is_better", "lower_is_better", "neither"] as const;

/** Codes are what uploads and the API name an indicator by: short, lower case, stable. */
export const indicatorCode = z
  .string({ message: "Give the indicator a code" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "Use 2 to 60 lower-case letters, digits and hyphens, starting with a letter or digit, like school-readiness-gld");

export const suppressionThreshold = wholeNumber("Enter the suppression threshold, a whole number like 5")
  .pipe(z.number()
  .min(1, "The threshold is at least 1: counts from 1 to it show as c")
  .max(1000, "Use a threshold of 1,000 or less"));

export const defineIndicatorInput = z.object({
  code: indicatorCode,
  name: text(200, "Name the indicator"),
  description: optionalText(2000),
  unit: z.enum(UNITS, { message: "Choose the unit" }),
  polarity: z.enum(POLARITIES, { message: "Say whether higher or lower is better" }),
  source: text(300, "Say where the figures come from"),
  suppressionThreshold,
});
export type DefineIndicatorInput = z.output<typeof defineIndicatorInput>;

export const updateIndicatorInput = defineIndicatorInput.omit({ code: true, unit: true, suppressionThreshold: true }).extend({ indicatorId: uuid });
export type UpdateIndicatorInput = z.output<typeof updateIndicatorInput>;

export const thresholdInput = z.object({ indicatorId: uuid, suppressionThreshold });
export type ThresholdInput = z.output<typeof thresholdInput>;

export const adoptInput = z.object({ code: z.string({ message: "Choose an indicator from the national catalogue" }).trim().min(1, "Choose an indicator from the national catalogue").max(60) });

/** A number as people type it: "25", "25.5", "1,250", "25%", "£12.50". */
const figure = z
  .string({ message: "Enter the target value" })
  .trim()
  .min(1, "Enter the target value")
  .transform((v, ctx) => {
    const cleaned = v.replace(/[£%,\s]/g, "");
    // + 0 turns a typed "-0" into 0.
    const n = /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) + 0 : Number.NaN;
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: "Enter the target as a number, like 25 or 132.5" });
      return z.NEVER;
    }
    return n;
  });

export const targetInput = z.object({
  indicatorId: uuid,
  value: figure,
  byPeriod: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(20, "Use at most 20 characters, like 2027/28")
      .regex(/^[0-9A-Za-z][0-9A-Za-z /-]*$/, "Write the period as published, like 2027/28, 2027 or 2027-03")
      .nullable(),
  ),
  note: optionalText(500),
});
export type TargetInput = z.output<typeof targetInput>;

export const removeTargetInput = z.object({ targetId: uuid });

/** "" unlinks; "indicator:<id>" is one of the partnership's; "catalogue:<code>" adopts from the national catalogue. */
export const linkOutcomeInput = z.object({
  outcomeMeasureId: uuid,
  indicator: z
    .string({ message: "Choose an indicator" })
    .trim()
    .max(100)
    .transform((v, ctx) => {
      if (v === "") return { kind: "none" as const };
      const [kind, value] = [v.slice(0, v.indexOf(":")), v.slice(v.indexOf(":") + 1)];
      if (kind === "indicator" && uuid.safeParse(value).success) return { kind: "indicator" as const, id: value };
      if (kind === "catalogue" && value) return { kind: "catalogue" as const, code: value };
      ctx.addIssue({ code: "custom", message: "Choose an indicator from the list" });
      return z.NEVER;
    }),
});
export type LinkOutcomeInput = z.output<typeof linkOutcomeInput>;
