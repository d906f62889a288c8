import { describe, expect, it } from "vitest";
import { RULES } from "@/lib/blueprint/rules";
import { emptySnapshot } from "@/lib/blueprint/snapshot";
import { evaluateGate } from "@/lib/blueprint/gate";
import { PHASES } from "@/lib/blueprint/phases";
import { TODAY, V1, requiredKeys } from "./support";

describe("emptySnapshot", () => {
  it("describes a brand-new area on the given day, with no records and no marks", () => {
    expect(emptySnapshot("2026-10-15")).toEqual({
      today: "2026-10-15",
      hasBackbone: false,
      hasResearchPartner: false,
      focus: null,
      geographyCount: 0,
      assetCount: 0,
      outcomeMeasureCount: 0,
      symposia: [],
      candidatePriorityCount: 0,
      focusRanks: [],
      stakeholderCount: 0,
      barrierCount: 0,
      conveningMeetingDates: [],
      statement: null,
      actionPlan: { items: 0, openIncomplete: 0 },
      theoryOfChange: null,
      theoryRefined: false,
      communityBudgetPence: 0,
      hub: null,
      review: {
        capability: [],
        caseStudies: 0,
        feedback: { commissioner: 0, grant_recipient: 0, beneficiary: 0, other: 0 },
        earlyImpact: { statements: 0, supported: 0 },
        lessons: { workedWell: 0, couldBeBetter: 0, agreedWorkedWell: 0, agreedCouldBeBetter: 0, otherModels: 0 },
        findings: { methodology: 0, impact: 0 },
      },
      indicators: { measures: [], focus: [], priority: [] },
      marks: {},
    });
  });

  it("meets no derived rule", () => {
    const s = emptySnapshot(TODAY);
    for (const [name, rule] of Object.entries(RULES)) expect(rule(s).met, name).toBe(false);
  });

  it("leaves every phase's gate closed, with every required item blocking", () => {
    const s = emptySnapshot(TODAY);
    for (const p of PHASES) {
      const gate = evaluateGate(V1, p.number, s);
      expect(gate.open).toBe(false);
      expect(gate.met).toBe(0);
      expect(gate.blocking.map((i) => i.key)).toEqual(requiredKeys(p.number));
    }
  });

  it("hands out fresh lists and marks each time, so one area's edits never leak into another's", () => {
    const a = emptySnapshot(TODAY);
    const b = emptySnapshot(TODAY);
    a.symposia.push({ date: TODAY, attendance: 10 });
    a.focusRanks.push(1);
    a.conveningMeetingDates.push(TODAY);
    a.marks["p1.coalition"] = { waived: { by: "x", at: "y", reason: "z" } };
    expect(b.symposia).toEqual([]);
    expect(b.focusRanks).toEqual([]);
    expect(b.conveningMeetingDates).toEqual([]);
    expect(b.marks).toEqual({});
    expect(emptySnapshot(TODAY)).toEqual(b);
  });
});
