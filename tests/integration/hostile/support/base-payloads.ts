import { PLACEHOLDER_ID, type Payload } from "./payloads";

/**
 * Fields the schema walker cannot guess (support/payloads.ts builds the rest from each
 * action's zod schema): slugs, codes with a checksum-like shape, rows posted as
 * `section.index.field`, and choices that depend on one another. `undefined` leaves a
 * generated field out. A new action whose schema the walker cannot fill fails the
 * base-payload test until a line is added here.
 */
export const OVERRIDES: Record<string, Record<string, string | string[] | undefined>> = {
  "areas.create": { slug: "hostile-test" },
  "areas.update": { slug: "hostile-test" },
  "platform.create_partnership": { slug: "hostile-test" },
  "blueprint.geography.add": { codes: "E01010568" },
  "budget.round.create": { "rubric.0.label": "Reaches families the hub does not", "rubric.0.weight": "2" },
  "hub.session.add": { endTime: "10:30" },
  "hub.session.update": { endTime: "10:30" },
  "indicators.outcome_measure.link": { indicator: `indicator:${PLACEHOLDER_ID}` },
  "indicators.upload.choose_indicator": { batchId: PLACEHOLDER_ID, key: "school-readiness", choice: "skip" },
  "organisations.create": { urn: "107341" },
  "organisations.update": { urn: "107341" },
  "review.capability.create": { "rating.buy-in": "amber", "note.buy-in": "Most partners come to every meeting." },
  "review.capability.update": { "rating.buy-in": "amber", "note.buy-in": "Most partners come to every meeting." },
  "review.conditions.create": Object.fromEntries(
    ["common-agenda", "shared-measurement", "mutually-reinforcing-activities", "continuous-communication", "backbone-support"].map((c) => [`level.${c}`, "making_progress"]),
  ),
  "review.feedback.record": { awardId: undefined },
  "review.early_impact.record": { "evidence.0.kind": "output", "evidence.0.description": "Forty more children seen by the dentist this term." },
};

export function withOverrides(name: string, generated: Payload): Payload {
  const out: Payload = { ...generated };
  for (const [key, value] of Object.entries(OVERRIDES[name] ?? {})) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
