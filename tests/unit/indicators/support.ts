import { createReadStream } from "node:fs";
import path from "node:path";
import { runPipeline, type Limits, type PipelineResult } from "@/lib/indicators/uploads/pipeline";
import { IndicatorPlanner, type IndicatorDecisions, type KnownIndicator } from "@/lib/indicators/uploads/plan";
import type { GeographyScope } from "@/lib/indicators/uploads/geography";
import type { ColumnMappingSpec, Observation } from "@/lib/indicators/uploads/types";
import type { GeographyType } from "@/lib/generated/prisma/enums";

export const DATA = path.join(process.cwd(), "prisma", "seed", "data");

/** Bradford as the pipeline sees it: its LA, two LSOAs, a ward of Holme Wood, England, its region. */
export const BRADFORD_SCOPE: GeographyScope = {
  own: new Map<string, GeographyType>([
    ["E08000032", "la"],
    ["E01010568", "lsoa"],
    ["E01010800", "lsoa"],
    ["E05001346", "ward"],
    ["E92000001", "country"],
    ["E12000003", "region"],
    ["100000", "school"],
  ]),
  areaSlugs: new Set(["holme-wood", "keighley"]),
};

export type Staged = { indicator: string; indicatorId: string; type: GeographyType; code: string; period: string; periodType: string; start: string; end: string; breakdown: string } & Pick<
  Observation,
  "value" | "numerator" | "denominator" | "lowerCi" | "upperCi" | "missingReason" | "note"
> & { line: number };

export type Run = { result: PipelineResult; values: Staged[]; rejections: { line: number; reason: string }[] };

const LIMITS: Limits = { maxBytes: 200 * 1024 * 1024, maxRows: 5_000_000 };

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function run(
  input: string | Uint8Array | { file: string },
  options: { scope?: GeographyScope; known?: KnownIndicator[]; decisions?: IndicatorDecisions; mapping?: ColumnMappingSpec; limits?: Partial<Limits>; chunk?: number } = {},
): Promise<Run> {
  const values: Staged[] = [];
  const rejections: { line: number; reason: string }[] = [];
  const source =
    typeof input === "object" && "file" in input
      ? createReadStream(path.join(DATA, input.file), { highWaterMark: options.chunk ?? 65536 })
      : chunks(typeof input === "string" ? new TextEncoder().encode(input) : input, options.chunk ?? 65536);
  let n = 0;
  const result = await runPipeline({
    source,
    limits: { ...LIMITS, ...options.limits },
    scope: options.scope ?? BRADFORD_SCOPE,
    planner: new IndicatorPlanner(options.known ?? [], options.decisions, () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`),
    mapping: options.mapping,
    async open() {
      return {
        value(o, indicatorId, type, code, line) {
          values.push({ indicator: o.indicator.key, indicatorId, type, code, period: o.period.label, periodType: o.period.type, start: o.period.start, end: o.period.end, breakdown: o.breakdown, value: o.value, numerator: o.numerator, denominator: o.denominator, lowerCi: o.lowerCi, upperCi: o.upperCi, missingReason: o.missingReason, note: o.note, line });
        },
        rejection(line, reason) {
          rejections.push({ line, reason });
        },
        needsDrain: () => false,
        drain: async () => undefined,
      };
    },
  });
  return { result, values, rejections };
}

export function done(r: Run) {
  if (r.result.kind !== "done") throw new Error(`expected the file to be read, got ${r.result.kind}`);
  return r.result;
}

export const TEMPLATE_HEADER = "indicator_code,geography_type,geography_code,period,period_type,breakdown,value,numerator,denominator,lower_ci,upper_ci,note";
