import { z } from "zod";
import { UNITS } from "@/lib/indicators/uploads/units";

/** What the upload pages' forms may send. */
const uuid = z.string().uuid();

export const batchInput = z.object({ batchId: uuid });

const POLARITIES = ["higher_is_better", "lower_is_better", "neither"] as const;

export const chooseIndicatorInput = z.discriminatedUnion("choice", [
  z.object({
    batchId: uuid,
    key: z.string().min(1).max(300),
    choice: z.literal("create"),
    name: z.string().trim().min(1, "Give the indicator a name").max(200, "Keep the name under 200 characters"),
    unit: z.enum(UNITS as [string, ...string[]], { message: "Choose the unit its figures are in" }).transform((u) => u as (typeof UNITS)[number]),
    polarity: z.enum(POLARITIES, { message: "Say whether higher or lower is better" }),
  }),
  z.object({ batchId: uuid, key: z.string().min(1).max(300), choice: z.literal("adopt") }),
  z.object({ batchId: uuid, key: z.string().min(1).max(300), choice: z.literal("skip") }),
  z.object({ batchId: uuid, key: z.string().min(1).max(300), choice: z.literal("existing"), indicatorId: z.string({ message: "Choose one of the partnership's indicators" }).uuid("Choose one of the partnership's indicators") }),
]);

export const mappingInput = z.object({ mappingId: uuid });
