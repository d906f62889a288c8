import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateGate, evaluateItem, regressions } from "@/lib/blueprint/gate";
import { PHASES } from "@/lib/blueprint/phases";
import type { AreaSnapshot, ItemMark } from "@/lib/blueprint/snapshot";
import { V1, attestation, requiredKeys, waiver } from "./support";

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = fc
  .record({ year: fc.integer({ min: 2025, max: 2028 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

const mark: fc.Arbitrary<ItemMark> = fc.record(
  { attested: fc.constant(attestation()).map((m) => m.attested), waived: fc.constant(waiver()).map((m) => m.waived) },
  { requiredKeys: [] },
);

/** Any area on any day: counts around each rule's threshold, ranks near 1-2-3, marks on any v1 item. */
const snapshot: fc.Arbitrary<AreaSnapshot> = fc.record({
  today: isoDate,
  hasBackbone: fc.boolean(),
  hasResearchPartner: fc.boolean(),
  focus: fc.option(fc.record({ type: fc.constantFrom("ward", "school-network", "town"), description: fc.string({ minLength: 1 }) }), { nil: null }),
  geographyCount: fc.nat({ max: 4 }),
  assetCount: fc.nat({ max: 6 }),
  outcomeMeasureCount: fc.nat({ max: 3 }),
  symposia: fc.array(fc.record({ date: isoDate, attendance: fc.nat({ max: 50 }) }), { maxLength: 3 }),
  candidatePriorityCount: fc.nat({ max: 6 }),
  focusRanks: fc.oneof(fc.constant<number[]>([1, 2, 3]), fc.shuffledSubarray([1, 2, 3, 4]), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 })),
  stakeholderCount: fc.nat({ max: 3 }),
  barrierCount: fc.nat({ max: 3 }),
  conveningMeetingDates: fc.array(isoDate, { maxLength: 8 }),
  statement: fc.option(
    fc.record({ agreed: fc.boolean(), missing: fc.subarray(["a data figure with its source", "a community voice"]), asks: fc.nat({ max: 3 }), asksAnswered: fc.nat({ max: 3 }) }),
    { nil: null },
  ),
  actionPlan: fc.record({ items: fc.nat({ max: 3 }), openIncomplete: fc.nat({ max: 2 }) }),
  theoryOfChange: fc.option(fc.record({ missing: fc.subarray(["activities", "impact"]), versions: fc.integer({ min: 1, max: 3 }) }), { nil: null }),
  theoryRefined: fc.boolean(),
  communityBudgetPence: fc.integer({ min: 0, max: 5_000_000 }),
  hub: fc.option(
    fc.record({ host: fc.string({ minLength: 1 }), offer: fc.subarray(["One-stop shop on designated dates", "Services timetabled through the week"]), servicesWithSessions: fc.nat({ max: 3 }) }),
    { nil: null },
  ),
  review: fc.record({
    capability: fc.array(fc.record({ assessedOn: isoDate, unrated: fc.subarray(["A backbone organisation", "Cumulative effect"]) }), { maxLength: 3 }),
    caseStudies: fc.nat({ max: 2 }),
    feedback: fc.record({ commissioner: fc.nat({ max: 2 }), grant_recipient: fc.nat({ max: 2 }), beneficiary: fc.nat({ max: 2 }), other: fc.nat({ max: 2 }) }),
    earlyImpact: fc.nat({ max: 2 }).chain((statements) => fc.record({ statements: fc.constant(statements), supported: fc.nat({ max: statements }) })),
    lessons: fc
      .record({ workedWell: fc.nat({ max: 2 }), couldBeBetter: fc.nat({ max: 2 }), otherModels: fc.nat({ max: 2 }) })
      .chain((l) => fc.record({ ...Object.fromEntries(Object.entries(l).map(([k, v]) => [k, fc.constant(v)])), agreedWorkedWell: fc.nat({ max: l.workedWell }), agreedCouldBeBetter: fc.nat({ max: l.couldBeBetter }) }) as fc.Arbitrary<AreaSnapshot["review"]["lessons"]>),
    findings: fc.record({ methodology: fc.nat({ max: 2 }), impact: fc.nat({ max: 2 }) }),
  }),
  indicators: fc.record({
    measures: fc.array(fc.record({ name: fc.constantFrom("Attendance", "Dental care"), indicator: fc.option(fc.constantFrom("persistent-absence", "dental-care"), { nil: null }) }), { maxLength: 3 }),
    focus: fc.array(fc.record({ code: fc.constantFrom("persistent-absence", "dental-care"), name: fc.constant("An indicator"), latestPeriodEnd: fc.option(isoDate, { nil: null }) }), { maxLength: 2 }),
    priority: fc.array(fc.record({ code: fc.constantFrom("persistent-absence", "imd"), name: fc.option(fc.constant("An indicator"), { nil: null }), hasData: fc.boolean() }), { maxLength: 2 }),
  }),
  marks: fc.dictionary(fc.constantFrom(...V1.items.map((i) => i.key)), mark),
});

const phase = fc.constantFrom(...PHASES.map((p) => p.number));

describe("gate properties", () => {
  it("opens exactly when nothing blocks, and counts met + blocking = required", () => {
    fc.assert(
      fc.property(snapshot, phase, (s, p) => {
        const gate = evaluateGate(V1, p, s);
        expect(gate.open).toBe(gate.blocking.length === 0);
        expect(gate.met + gate.blocking.length).toBe(gate.required);
        expect(gate.required).toBe(requiredKeys(p).length);
      }),
    );
  });

  it("blocks only on required items of the phase that are not met, not waived", () => {
    fc.assert(
      fc.property(snapshot, phase, (s, p) => {
        for (const i of evaluateGate(V1, p, s).blocking) {
          expect(i.required).toBe(true);
          expect(i.phase).toBe(p);
          expect(["not_met", "unavailable"]).toContain(i.status);
          expect(s.marks[i.key]?.waived).toBeUndefined();
        }
      }),
    );
  });

  it("always opens when every required item is waived", () => {
    fc.assert(
      fc.property(snapshot, phase, (s, p) => {
        const marks = { ...s.marks, ...Object.fromEntries(requiredKeys(p).map((k) => [k, waiver()])) };
        const gate = evaluateGate(V1, p, { ...s, marks });
        expect(gate).toMatchObject({ open: true, blocking: [], met: gate.required });
      }),
    );
  });

  it("makes any waived item 'waived', whatever the records say", () => {
    fc.assert(
      fc.property(snapshot, fc.constantFrom(...V1.items), (s, i) => {
        const result = evaluateItem(i, { ...s, marks: { ...s.marks, [i.key]: waiver("Board decision") } });
        expect(result.status).toBe("waived");
        expect(result.detail).toBe("Waived: Board decision");
      }),
    );
  });

  it("never closes a gate or lowers its count by adding a waiver or an attestation", () => {
    fc.assert(
      fc.property(snapshot, phase, fc.constantFrom(...V1.items.map((i) => i.key)), fc.boolean(), (s, p, key, waive) => {
        const before = evaluateGate(V1, p, s);
        const added = waive ? waiver() : attestation();
        const after = evaluateGate(V1, p, { ...s, marks: { ...s.marks, [key]: { ...s.marks[key], ...added } } });
        expect(after.met).toBeGreaterThanOrEqual(before.met);
        if (before.open) expect(after.open).toBe(true);
      }),
    );
  });

  it("lists as regressions only required, not-met items of earlier phases, exactly those blocking their gates", () => {
    fc.assert(
      fc.property(snapshot, phase, (s, current) => {
        const found = regressions(V1, current, s);
        for (const i of found) {
          expect(i.phase).toBeLessThan(current);
          expect(i.required).toBe(true);
          expect(i.status).toBe("not_met");
        }
        const expected = PHASES.filter((p) => p.number < current).flatMap((p) => evaluateGate(V1, p.number, s).blocking.filter((i) => i.status === "not_met"));
        expect(found).toEqual(expected);
      }),
    );
  });
});
