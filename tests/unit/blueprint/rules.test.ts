import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES } from "@/lib/blueprint/rules";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { TERMLY_MEETINGS, TODAY, rule, snapshotOf } from "./support";

describe("RULES", () => {
  it("holds exactly the derived rules the blueprint defines so far", () => {
    expect(Object.keys(RULES).sort()).toEqual(
      [
        "areaOfFocus",
        "assetMap",
        "backbone",
        "barriers",
        "candidatePriorities",
        "evaluationPlan",
        "learningSymposium",
        "researchPartner",
        "stakeholders",
        "termlyMeetings",
        "threeFocusPriorities",
        "statementDeveloped",
        "actionPlanDeveloped",
        "theoryOfChange",
        "commissionersInvolved",
        "theoryRefined",
        "communityBudget",
        "capabilityAnalysed",
        "caseStudiesCollected",
        "feedbackCollected",
        "hubIdentified",
        "hubOfferPlanned",
        "earlyImpactCollated",
        "lessonsLearned",
        "findingsShared",
        "otherModelsLearned",
        "evaluationIndicators",
        "progressMonitored",
        "dataSourcesLinked",
      ].sort(),
    );
  });
});

describe("backbone", () => {
  const backbone = rule("backbone");
  it("is met once a backbone organisation is named", () => {
    expect(backbone(snapshotOf({ hasBackbone: true }))).toEqual({ met: true, detail: "Backbone organisation named" });
  });
  it("is not met without one", () => {
    expect(backbone(snapshotOf({ hasBackbone: false }))).toEqual({ met: false, detail: "No backbone organisation named yet" });
  });
  it("does not accept a research partner in its place", () => {
    expect(backbone(snapshotOf({ hasResearchPartner: true })).met).toBe(false);
  });
});

describe("researchPartner", () => {
  const researchPartner = rule("researchPartner");
  it("is met once a research & development partner is named", () => {
    expect(researchPartner(snapshotOf({ hasResearchPartner: true }))).toEqual({ met: true, detail: "Research & development partner named" });
  });
  it("is not met without one", () => {
    expect(researchPartner(snapshotOf())).toEqual({ met: false, detail: "No research & development partner named yet" });
  });
  it("does not accept a backbone organisation in its place", () => {
    expect(researchPartner(snapshotOf({ hasBackbone: true })).met).toBe(false);
  });
});

describe("areaOfFocus", () => {
  const areaOfFocus = rule("areaOfFocus");
  const focus = { type: "ward", description: "Northfield ward" };

  it("is met with a description and at least one geography code, counting the codes", () => {
    expect(areaOfFocus(snapshotOf({ focus, geographyCount: 1 }))).toEqual({ met: true, detail: "Described, with 1 geography code" });
    expect(areaOfFocus(snapshotOf({ focus, geographyCount: 4 }))).toEqual({ met: true, detail: "Described, with 4 geography codes" });
  });

  it("is not met with a description but no geography code, and says so", () => {
    expect(areaOfFocus(snapshotOf({ focus, geographyCount: 0 }))).toEqual({ met: false, detail: "Still needs at least one geography code" });
  });

  it("is not met with geography codes but no description, and says so", () => {
    expect(areaOfFocus(snapshotOf({ focus: null, geographyCount: 3 }))).toEqual({ met: false, detail: "Still needs the kind of area and its description" });
  });

  it("lists both missing parts when nothing is there", () => {
    expect(areaOfFocus(snapshotOf())).toEqual({ met: false, detail: "Still needs the kind of area and its description and at least one geography code" });
  });
});

describe("assetMap", () => {
  const assetMap = rule("assetMap");
  it.each([
    [0, false],
    [1, false],
    [2, false],
    [3, true],
    [4, true],
    [25, true],
  ])("with %i assets and allies is met: %s", (assetCount, met) => {
    expect(assetMap(snapshotOf({ assetCount })).met).toBe(met);
  });

  it("says how many are wanted and how many there are", () => {
    expect(assetMap(snapshotOf({ assetCount: 2 })).detail).toBe("3 assets and allies wanted: 2 so far");
    expect(assetMap(snapshotOf({ assetCount: 0 })).detail).toBe("3 assets and allies wanted: 0 so far");
    expect(assetMap(snapshotOf({ assetCount: 7 })).detail).toBe("3 assets and allies wanted: 7 so far");
  });
});

describe("evaluationPlan", () => {
  const evaluationPlan = rule("evaluationPlan");
  it("is not met without an outcome measure", () => {
    expect(evaluationPlan(snapshotOf({ outcomeMeasureCount: 0 }))).toEqual({ met: false, detail: "1 outcome measure wanted: 0 so far" });
  });
  it("is met with one outcome measure or more", () => {
    expect(evaluationPlan(snapshotOf({ outcomeMeasureCount: 1 }))).toEqual({ met: true, detail: "1 outcome measure wanted: 1 so far" });
    expect(evaluationPlan(snapshotOf({ outcomeMeasureCount: 5 })).met).toBe(true);
  });
});

describe("learningSymposium", () => {
  const learningSymposium = rule("learningSymposium");

  it("is not met when none is recorded", () => {
    expect(learningSymposium(snapshotOf())).toEqual({ met: false, detail: "No learning symposium with attendance recorded yet" });
  });

  it("is 'planned, not held' when the only symposium is in the future", () => {
    expect(learningSymposium(snapshotOf({ symposia: [{ date: "2026-11-20", attendance: 0 }] }))).toEqual({ met: false, detail: "Planned, not held yet" });
  });

  it("does not count a future symposium even if attendance was entered ahead of time", () => {
    expect(learningSymposium(snapshotOf({ symposia: [{ date: "2026-10-16", attendance: 30 }] }))).toEqual({ met: false, detail: "Planned, not held yet" });
  });

  it("does not count a symposium held with zero attendance", () => {
    expect(learningSymposium(snapshotOf({ symposia: [{ date: "2026-06-10", attendance: 0 }] }))).toEqual({
      met: false,
      detail: "No learning symposium with attendance recorded yet",
    });
  });

  it("counts one held with attendance recorded, and names its date", () => {
    expect(learningSymposium(snapshotOf({ symposia: [{ date: "2026-06-10", attendance: 1 }] }))).toEqual({
      met: true,
      detail: "Held on 2026-06-10 with attendance recorded",
    });
  });

  it("asks for attendance, rather than calling it planned, for a symposium held today with none recorded yet", () => {
    expect(learningSymposium(snapshotOf({ symposia: [{ date: TODAY, attendance: 0 }] }))).toEqual({
      met: false,
      detail: "No learning symposium with attendance recorded yet",
    });
  });

  it("counts one held today with attendance", () => {
    expect(learningSymposium(snapshotOf({ symposia: [{ date: TODAY, attendance: 12 }] })).met).toBe(true);
  });

  it("names the earliest symposium held with attendance, ignoring empty and future ones", () => {
    const result = learningSymposium(
      snapshotOf({
        symposia: [
          { date: "2026-09-30", attendance: 20 },
          { date: "2026-03-01", attendance: 0 },
          { date: "2026-05-12", attendance: 35 },
          { date: "2026-12-01", attendance: 50 },
        ],
      }),
    );
    expect(result).toEqual({ met: true, detail: "Held on 2026-05-12 with attendance recorded" });
  });

  it("is 'planned, not held' when a past one had no attendance and another is still to come", () => {
    const result = learningSymposium(
      snapshotOf({
        symposia: [
          { date: "2026-03-01", attendance: 0 },
          { date: "2027-01-20", attendance: 0 },
        ],
      }),
    );
    expect(result).toEqual({ met: false, detail: "Planned, not held yet" });
  });
});

describe("candidatePriorities", () => {
  const candidatePriorities = rule("candidatePriorities");
  it.each([
    [0, false],
    [2, false],
    [3, true],
    [8, true],
  ])("with %i priorities shared is met: %s", (candidatePriorityCount, met) => {
    expect(candidatePriorities(snapshotOf({ candidatePriorityCount })).met).toBe(met);
  });
  it("says how many are wanted and how many there are", () => {
    expect(candidatePriorities(snapshotOf({ candidatePriorityCount: 2 })).detail).toBe("3 priorities shared wanted: 2 so far");
  });
});

describe("stakeholders", () => {
  const stakeholders = rule("stakeholders");
  it("is not met with none, and says one is wanted", () => {
    expect(stakeholders(snapshotOf())).toEqual({ met: false, detail: "1 person, place, project or organisation wanted: 0 so far" });
  });
  it("is met with one or more", () => {
    expect(stakeholders(snapshotOf({ stakeholderCount: 1 })).met).toBe(true);
    expect(stakeholders(snapshotOf({ stakeholderCount: 9 }))).toEqual({ met: true, detail: "1 person, place, project or organisation wanted: 9 so far" });
  });
});

describe("barriers", () => {
  const barriers = rule("barriers");
  it("is not met with none, and says one is wanted", () => {
    expect(barriers(snapshotOf())).toEqual({ met: false, detail: "1 barrier with what it needs wanted: 0 so far" });
  });
  it("is met with one or more", () => {
    expect(barriers(snapshotOf({ barrierCount: 1 }))).toEqual({ met: true, detail: "1 barrier with what it needs wanted: 1 so far" });
    expect(barriers(snapshotOf({ barrierCount: 3 })).met).toBe(true);
  });
});

describe("threeFocusPriorities", () => {
  const threeFocusPriorities = rule("threeFocusPriorities");

  it("is met with exactly three focus priorities ranked 1, 2 and 3", () => {
    expect(threeFocusPriorities(snapshotOf({ focusRanks: [1, 2, 3] }))).toEqual({ met: true, detail: "3 focus priorities ranked: 3 so far" });
  });

  it("does not mind the order the ranks are held in", () => {
    expect(threeFocusPriorities(snapshotOf({ focusRanks: [3, 1, 2] })).met).toBe(true);
    expect(threeFocusPriorities(snapshotOf({ focusRanks: [2, 3, 1] })).met).toBe(true);
  });

  it.each([
    ["none", []],
    ["one", [1]],
    ["two", [1, 2]],
    ["ranks 1, 2, 4", [1, 2, 4]],
    ["ranks 2, 3, 4", [2, 3, 4]],
    ["ranks 0, 1, 2", [0, 1, 2]],
    ["a shared rank 1, 1, 2", [1, 1, 2]],
    ["a repeated 3: 1, 2, 3, 3", [1, 2, 3, 3]],
    ["four priorities", [1, 2, 3, 4]],
    ["ranks 10, 2, 3", [10, 2, 3]],
  ])("is not met with %s", (_what, focusRanks) => {
    expect(threeFocusPriorities(snapshotOf({ focusRanks })).met).toBe(false);
  });

  it("says how many are ranked so far", () => {
    expect(threeFocusPriorities(snapshotOf({ focusRanks: [] })).detail).toBe("3 focus priorities ranked: 0 so far");
    expect(threeFocusPriorities(snapshotOf({ focusRanks: [2, 1] })).detail).toBe("3 focus priorities ranked: 2 so far");
    expect(threeFocusPriorities(snapshotOf({ focusRanks: [1, 2, 3, 4] })).detail).toBe("3 focus priorities ranked: 4 so far");
  });

  it("leaves the snapshot's ranks in their original order", () => {
    const s = snapshotOf({ focusRanks: [3, 1, 2] });
    threeFocusPriorities(s);
    expect(s.focusRanks).toEqual([3, 1, 2]);
  });
});

describe("termlyMeetings", () => {
  const termlyMeetings = rule("termlyMeetings");
  const meetings = (today: string, conveningMeetingDates: string[]) => termlyMeetings(snapshotOf({ today, conveningMeetingDates }));

  it("is met with a meeting on or after today in each of the next three terms, and names them", () => {
    expect(meetings(TODAY, TERMLY_MEETINGS)).toEqual({ met: true, detail: "Convening meetings scheduled in Autumn 2026, Spring 2027, Summer 2027" });
  });

  it("does not mind the order the meeting dates come in", () => {
    expect(meetings(TODAY, [...TERMLY_MEETINGS].reverse()).met).toBe(true);
  });

  it("names all three terms when nothing is scheduled", () => {
    expect(meetings(TODAY, [])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Autumn 2026, Spring 2027, Summer 2027" });
  });

  it("names the one missing term", () => {
    expect(meetings(TODAY, ["2026-11-12", "2027-06-10"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Spring 2027" });
  });

  it("does not let two meetings in one term stand in for another term", () => {
    expect(meetings(TODAY, ["2026-11-12", "2026-12-03", "2027-06-10"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Spring 2027" });
  });

  it("counts a meeting earlier in the current term that has already happened: the term has had its meeting", () => {
    expect(meetings(TODAY, ["2026-09-17", "2027-02-11", "2027-06-10"]).met).toBe(true);
  });

  it("does not count last term's meeting for this term", () => {
    expect(meetings(TODAY, ["2026-06-17", "2027-02-11", "2027-06-10"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Autumn 2026" });
  });

  it("counts a meeting today", () => {
    expect(meetings(TODAY, [TODAY, "2027-02-11", "2027-06-10"]).met).toBe(true);
  });

  it("does not count a meeting beyond the next three terms towards them", () => {
    expect(meetings(TODAY, ["2026-11-12", "2027-02-11", "2027-10-07"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Summer 2027" });
  });

  it("does not count a meeting in August towards any term", () => {
    expect(meetings(TODAY, ["2026-11-12", "2027-02-11", "2027-08-05"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Summer 2027" });
  });

  describe("in August", () => {
    const august = "2026-08-15";

    it("looks at the coming autumn, spring and summer", () => {
      expect(meetings(august, ["2026-09-10", "2027-01-14", "2027-05-13"])).toEqual({
        met: true,
        detail: "Convening meetings scheduled in Autumn 2026, Spring 2027, Summer 2027",
      });
    });

    it("does not count a meeting later in August for the autumn term", () => {
      expect(meetings(august, ["2026-08-28", "2027-01-14", "2027-05-13"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Autumn 2026" });
    });

    it("does not count the summer term just ended", () => {
      expect(meetings(august, ["2026-07-10", "2027-01-14", "2027-05-13"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Autumn 2026" });
    });
  });

  describe("around the April/May boundary", () => {
    it("on 30 April, counts a meeting that day for spring and needs summer and autumn next", () => {
      expect(meetings("2027-04-30", ["2027-04-30", "2027-05-01", "2027-09-09"])).toEqual({
        met: true,
        detail: "Convening meetings scheduled in Spring 2027, Summer 2027, Autumn 2027",
      });
    });

    it("on 30 April, a meeting on 1 May is for summer, not for spring", () => {
      expect(meetings("2027-04-30", ["2027-05-01", "2027-09-09"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Spring 2027" });
    });

    it("on 1 May, an April meeting has passed and the next three terms are summer, autumn and spring", () => {
      expect(meetings("2027-05-01", ["2027-04-28", "2027-09-09", "2028-01-13"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Summer 2027" });
      expect(meetings("2027-05-01", ["2027-05-20", "2027-09-09", "2028-01-13"])).toEqual({
        met: true,
        detail: "Convening meetings scheduled in Summer 2027, Autumn 2027, Spring 2028",
      });
    });

    it("in April, a meeting later in April counts for spring", () => {
      expect(meetings("2027-04-12", ["2027-04-22", "2027-06-10", "2027-10-07"]).met).toBe(true);
    });
  });

  it("lists several missing terms in order, separated by commas", () => {
    expect(meetings("2027-02-01", ["2027-06-10"])).toEqual({ met: false, detail: "No convening meeting scheduled yet in Spring 2027, Autumn 2027" });
  });
});

describe("every rule", () => {
  const snapshot = fc.record({
    today: fc.constantFrom("2026-08-15", "2026-10-15", "2027-04-30", "2027-05-01"),
    assetCount: fc.nat({ max: 10 }),
    outcomeMeasureCount: fc.nat({ max: 5 }),
    candidatePriorityCount: fc.nat({ max: 10 }),
    stakeholderCount: fc.nat({ max: 5 }),
    barrierCount: fc.nat({ max: 5 }),
    focusRanks: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }),
  });

  it("meets a count threshold exactly when the count reaches it, and reports the count (property)", () => {
    fc.assert(
      fc.property(snapshot, (fields) => {
        const s = snapshotOf(fields);
        const thresholds = [
          ["assetMap", s.assetCount, 3],
          ["evaluationPlan", s.outcomeMeasureCount, 1],
          ["candidatePriorities", s.candidatePriorityCount, 3],
          ["stakeholders", s.stakeholderCount, 1],
          ["barriers", s.barrierCount, 1],
        ] as const;
        for (const [name, count, wanted] of thresholds) {
          const result = rule(name)(s);
          expect(result.met).toBe(count >= wanted);
          expect(result.detail).toMatch(new RegExp(`^${wanted} .* wanted: ${count} so far$`));
        }
      }),
    );
  });

  it("always explains itself in words and leaves the snapshot untouched (property)", () => {
    fc.assert(
      fc.property(snapshot, (fields) => {
        const s = snapshotOf(fields);
        const before = structuredClone(s);
        for (const [name, r] of Object.entries(RULES)) {
          const result = r(s);
          expect(typeof result.met, name).toBe("boolean");
          expect(result.detail.trim().length, name).toBeGreaterThan(0);
        }
        expect(s).toEqual(before);
      }),
    );
  });
});

describe("statementDeveloped", () => {
  const statementDeveloped = rule("statementDeveloped");
  const statement = (over: Partial<NonNullable<AreaSnapshot["statement"]>> = {}) => snapshotOf({ statement: { agreed: true, missing: [], asks: 1, asksAnswered: 0, ...over } });

  it("is not met without a Statement of Intent for the focus issue", () => {
    expect(statementDeveloped(snapshotOf())).toEqual({ met: false, detail: "No Statement of Intent for the focus issue yet" });
  });

  it("is not met by a complete draft: the convening partnership has to agree it", () => {
    expect(statementDeveloped(statement({ agreed: false }))).toEqual({ met: false, detail: "Complete draft: agree it with the convening partnership" });
  });

  it("is not met by an agreed statement that lacks a section, and names each missing part", () => {
    expect(statementDeveloped(statement({ missing: ["a data figure with its source"] })).detail).toBe("Agreed, but still needs a data figure with its source");
    expect(statementDeveloped(statement({ agreed: false, missing: ["a community voice", "a committed action", "an ask of commissioners"] }))).toEqual({
      met: false,
      detail: "Draft: still needs a community voice, a committed action and an ask of commissioners",
    });
  });

  it("is met once agreed with every part", () => {
    expect(statementDeveloped(statement()).met).toBe(true);
  });
});

describe("actionPlanDeveloped", () => {
  const actionPlanDeveloped = rule("actionPlanDeveloped");

  it("is not met with no items", () => {
    expect(actionPlanDeveloped(snapshotOf())).toEqual({ met: false, detail: "No action items yet" });
  });

  it("is not met while an open item has no owner or due date", () => {
    expect(actionPlanDeveloped(snapshotOf({ actionPlan: { items: 4, openIncomplete: 1 } }))).toEqual({ met: false, detail: "1 open item without an owner or a due date" });
  });

  it("is met when every open item has an owner and a due date", () => {
    expect(actionPlanDeveloped(snapshotOf({ actionPlan: { items: 2, openIncomplete: 0 } }))).toEqual({ met: true, detail: "2 action items, each with an owner and a due date" });
  });
});

describe("theoryOfChange", () => {
  const theoryOfChange = rule("theoryOfChange");

  it("is not met without one, nor with a column still empty", () => {
    expect(theoryOfChange(snapshotOf()).met).toBe(false);
    expect(theoryOfChange(snapshotOf({ theoryOfChange: { missing: ["activities", "impact"], versions: 2 } }))).toEqual({ met: false, detail: "Still needs activities and impact" });
  });

  it("is met from ways of working through to impact", () => {
    expect(theoryOfChange(snapshotOf({ theoryOfChange: { missing: [], versions: 3 } }))).toEqual({ met: true, detail: "From ways of working to impact (version 3)" });
  });
});

describe("commissionersInvolved", () => {
  const commissionersInvolved = rule("commissionersInvolved");
  const withAsks = (asks: number, asksAnswered: number) => snapshotOf({ statement: { agreed: true, missing: [], asks, asksAnswered } });

  it("is not met without asks, or with none answered", () => {
    expect(commissionersInvolved(snapshotOf()).met).toBe(false);
    expect(commissionersInvolved(withAsks(0, 0)).detail).toBe("No asks of commissioners in the Statement of Intent yet");
    expect(commissionersInvolved(withAsks(3, 0))).toEqual({ met: false, detail: "3 asks, none answered yet" });
  });

  it("is met once one ask has a response", () => {
    expect(commissionersInvolved(withAsks(3, 1))).toEqual({ met: true, detail: "1 ask of 3 answered" });
  });
});

describe("theoryRefined", () => {
  it("follows whether a new version with a change note was saved in phase 5", () => {
    expect(rule("theoryRefined")(snapshotOf()).met).toBe(false);
    expect(rule("theoryRefined")(snapshotOf({ theoryRefined: true })).met).toBe(true);
  });
});

describe("communityBudget", () => {
  it("is met by a pot with funds for this financial year, and says how much", () => {
    expect(rule("communityBudget")(snapshotOf())).toEqual({ met: false, detail: "No community budget with funds for this financial year yet" });
    expect(rule("communityBudget")(snapshotOf({ communityBudgetPence: 2_500_050 }))).toEqual({ met: true, detail: "£25,000.50 in the community budget for this financial year" });
  });
});

describe("feedbackCollected", () => {
  const feedback = (f: Partial<AreaSnapshot["review"]["feedback"]>) => snapshotOf({ review: { ...snapshotOf().review, feedback: { commissioner: 0, grant_recipient: 0, beneficiary: 0, other: 0, ...f } } });
  it("asks for a commissioner and a community budget recipient or beneficiary, saying which is missing", () => {
    expect(rule("feedbackCollected")(snapshotOf())).toEqual({ met: false, detail: "Still needs feedback from a commissioner and from a community budget recipient or beneficiary" });
    expect(rule("feedbackCollected")(feedback({ grant_recipient: 3 }))).toEqual({ met: false, detail: "Still needs feedback from a commissioner" });
    expect(rule("feedbackCollected")(feedback({ commissioner: 1, other: 4 }))).toEqual({ met: false, detail: "Still needs feedback from a community budget recipient or beneficiary" });
  });
  it("is met by a commissioner and either a recipient or a beneficiary, and says how many of each", () => {
    expect(rule("feedbackCollected")(feedback({ commissioner: 1, beneficiary: 1 }))).toEqual({ met: true, detail: "From 1 commissioner, 0 community budget recipients and 1 beneficiary" });
    expect(rule("feedbackCollected")(feedback({ commissioner: 2, grant_recipient: 1 })).met).toBe(true);
  });
});

describe("hubIdentified", () => {
  it("is met by a hub with a host school or setting, and names the host", () => {
    expect(rule("hubIdentified")(snapshotOf())).toEqual({ met: false, detail: "No School Health Hub with a host school or setting yet" });
    expect(rule("hubIdentified")(snapshotOf({ hub: { host: "Holme Wood Primary Academy", offer: [], servicesWithSessions: 0 } }))).toEqual({
      met: true,
      detail: "Holme Wood Primary Academy hosts the School Health Hub",
    });
  });
});

describe("hubOfferPlanned", () => {
  const hub = (offer: string[], servicesWithSessions: number) => snapshotOf({ hub: { host: "Holme Wood Primary Academy", offer, servicesWithSessions } });

  it("needs the hub first, then an offer model and a service with a session", () => {
    expect(rule("hubOfferPlanned")(snapshotOf())).toEqual({ met: false, detail: "Identify the School Health Hub first" });
    expect(rule("hubOfferPlanned")(hub([], 0))).toEqual({ met: false, detail: "Still needs an offer model and a service with a session on the timetable" });
    expect(rule("hubOfferPlanned")(hub(["One-stop shop on designated dates"], 0))).toEqual({ met: false, detail: "Still needs a service with a session on the timetable" });
    expect(rule("hubOfferPlanned")(hub([], 3)).met).toBe(false);
  });

  it("is met by both, and says what the offer is", () => {
    expect(rule("hubOfferPlanned")(hub(["One-stop shop on designated dates", "Services timetabled through the week"], 1))).toEqual({
      met: true,
      detail: "One-stop shop on designated dates and Services timetabled through the week: 1 service with sessions timetabled",
    });
    expect(rule("hubOfferPlanned")(hub(["Co-located multidisciplinary team"], 3)).detail).toBe("Co-located multidisciplinary team: 3 services with sessions timetabled");
  });
});
