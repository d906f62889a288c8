import { describe, expect, it } from "vitest";
import { evaluateGate, evaluateItem, evaluatePhase, regressions } from "@/lib/blueprint/gate";
import type { Rule } from "@/lib/blueprint/rules";
import type { Template } from "@/lib/blueprint/template";
import { PHASE_4_REVIEW, V1, attest, attestation, awaitingModule, doneThrough, item, itemsOf, keys, requiredKeys, snapshotOf, waive, waiver } from "./support";

const HUB_ITEMS = ["p3.hub-identified", "p3.hub-offer"];
/** Version 1 as it was before the School Health Hub existed: its two items waited on the hub module. */
const BEFORE_HUB = awaitingModule(awaitingModule(V1, "p3.hub-identified"), "p3.hub-offer");

describe("evaluateItem", () => {
  describe("a waiver", () => {
    it("wins over a derived item that is not met, and gives the board's reason", () => {
      const s = snapshotOf({ assetCount: 1, marks: { "p1.assets": waiver("The ward has no VCSE groups yet") } });
      const result = evaluateItem(item("p1.assets"), s);
      expect(result.status).toBe("waived");
      expect(result.detail).toBe("Waived: The ward has no VCSE groups yet");
    });

    it("wins over a derived item that is met", () => {
      expect(evaluateItem(item("p1.backbone"), snapshotOf({ hasBackbone: true, marks: waive("p1.backbone") })).status).toBe("waived");
    });

    it("wins over an item that is not yet available", () => {
      const result = evaluateItem(item("p3.statement"), snapshotOf({ marks: { "p3.statement": waiver("Agreed on paper") } }));
      expect(result).toMatchObject({ status: "waived", detail: "Waived: Agreed on paper" });
    });

    it("wins over an attested item, attested or not", () => {
      expect(evaluateItem(item("p1.coalition"), snapshotOf({ marks: waive("p1.coalition") })).status).toBe("waived");
      const both = { "p1.coalition": { ...attestation(), ...waiver("Both") } };
      expect(evaluateItem(item("p1.coalition"), snapshotOf({ marks: both })).detail).toBe("Waived: Both");
    });

    it("applies only to the item it was given for", () => {
      const s = snapshotOf({ marks: waive("p1.backbone") });
      expect(evaluateItem(item("p1.research-partner"), s).status).toBe("not_met");
    });
  });

  describe("an attested item", () => {
    it("is not met until a co-ordinator confirms it", () => {
      expect(evaluateItem(item("p1.coalition"), snapshotOf())).toMatchObject({ status: "not_met", detail: "Not confirmed by a co-ordinator yet" });
    });

    it("is not met however much else the area has done", () => {
      expect(evaluateItem(item("p1.coalition"), { ...doneThrough(3), marks: {} }).status).toBe("not_met");
    });

    it("is not met with an empty mark", () => {
      expect(evaluateItem(item("p1.coalition"), snapshotOf({ marks: { "p1.coalition": {} } })).status).toBe("not_met");
    });

    it("is met with an attestation, and shows its note", () => {
      const s = snapshotOf({ marks: { "p1.coalition": attestation("Signed off by the DCS on 3 September") } });
      expect(evaluateItem(item("p1.coalition"), s)).toMatchObject({ status: "met", detail: "Confirmed: Signed off by the DCS on 3 September" });
    });

    it("is not met by an attestation of a different item", () => {
      expect(evaluateItem(item("p1.coalition"), snapshotOf({ marks: attest("p1.buy-in") })).status).toBe("not_met");
    });
  });

  describe("a derived item", () => {
    it("takes its status and detail from its rule", () => {
      expect(evaluateItem(item("p1.assets"), snapshotOf({ assetCount: 2 }))).toMatchObject({ status: "not_met", detail: "3 assets and allies wanted: 2 so far" });
      expect(evaluateItem(item("p1.assets"), snapshotOf({ assetCount: 3 }))).toMatchObject({ status: "met", detail: "3 assets and allies wanted: 3 so far" });
    });

    it("cannot be attested into being met: the records decide", () => {
      expect(evaluateItem(item("p1.backbone"), snapshotOf({ marks: attest("p1.backbone") })).status).toBe("not_met");
    });

    it("is 'unavailable' while its module has no rule, even if attested and its records exist", () => {
      for (const key of HUB_ITEMS) {
        const result = evaluateItem(item(key, BEFORE_HUB), doneThrough(3, { marks: attest(key) }));
        expect(result, key).toMatchObject({ status: "unavailable", detail: "Not yet available: this part of the product is on its way" });
      }
    });

    it("is 'unavailable' when the rules it is evaluated with do not include its rule", () => {
      expect(evaluateItem(item("p1.backbone"), snapshotOf({ hasBackbone: true }), {}).status).toBe("unavailable");
    });

    it("uses the rules it is given instead of the built-in ones", () => {
      const rules: Record<string, Rule> = { backbone: () => ({ met: true, detail: "Stub says yes" }) };
      expect(evaluateItem(item("p1.backbone"), snapshotOf(), rules)).toMatchObject({ status: "met", detail: "Stub says yes" });
    });
  });

  it("keeps the item's own fields and its mark", () => {
    const mark = attestation("Done");
    const result = evaluateItem(item("p1.coalition"), snapshotOf({ marks: { "p1.coalition": mark } }));
    expect(result).toMatchObject({ ...item("p1.coalition"), mark });
  });

  it("gives an empty mark to an item that has none", () => {
    expect(evaluateItem(item("p1.assets"), snapshotOf()).mark).toEqual({});
  });
});

describe("evaluatePhase", () => {
  it("evaluates that phase's items only, in the template's order", () => {
    for (const phase of [1, 2, 3, 4, 5]) expect(keys(evaluatePhase(V1, phase, snapshotOf()))).toEqual(keys(itemsOf(phase)));
  });

  it("includes optional items", () => {
    expect(keys(evaluatePhase(V1, 3, snapshotOf()))).toContain("p3.commissioners");
  });

  it("returns nothing for a phase with no items", () => {
    expect(evaluatePhase(V1, 6, snapshotOf())).toEqual([]);
  });

  it("passes the rules it is given through to each item", () => {
    const statuses = evaluatePhase(V1, 1, doneThrough(1), {}).map((i) => [i.key, i.status]);
    expect(statuses).toEqual([
      ["p1.coalition", "met"],
      ["p1.buy-in", "met"],
      ["p1.backbone", "unavailable"],
      ["p1.research-partner", "unavailable"],
      ["p1.area-of-focus", "unavailable"],
      ["p1.assets", "unavailable"],
      ["p1.evaluation-plan", "unavailable"],
    ]);
  });
});

describe("evaluateGate", () => {
  it("is closed for a new area, with every required item blocking", () => {
    const gate = evaluateGate(V1, 1, snapshotOf());
    expect(gate).toMatchObject({ open: false, met: 0, required: 7 });
    expect(keys(gate.blocking)).toEqual(requiredKeys(1));
  });

  it("opens when every required item of the phase is met", () => {
    expect(evaluateGate(V1, 1, doneThrough(1))).toEqual({ open: true, blocking: [], met: 7, required: 7 });
    expect(evaluateGate(V1, 2, doneThrough(2))).toEqual({ open: true, blocking: [], met: 6, required: 6 });
  });

  it("stays closed for one missing item, which is the only one blocking", () => {
    const gate = evaluateGate(V1, 1, doneThrough(1, { assetCount: 2 }));
    expect(gate).toMatchObject({ open: false, met: 6, required: 7 });
    expect(gate.blocking.map((i) => [i.key, i.detail])).toEqual([["p1.assets", "3 assets and allies wanted: 2 so far"]]);
  });

  it("counts a waived item as done", () => {
    const gate = evaluateGate(V1, 1, doneThrough(1, { assetCount: 2, marks: waive("p1.assets") }));
    expect(gate).toMatchObject({ open: true, met: 7, required: 7, blocking: [] });
  });

  it("reflects only its own phase", () => {
    // Phase 2 done but phase 1 not: phase 2's gate opens, phase 1's does not.
    const s = { ...doneThrough(2), hasBackbone: false };
    expect(evaluateGate(V1, 2, s).open).toBe(true);
    expect(evaluateGate(V1, 1, s).open).toBe(false);
  });

  it("counts three focus priorities ranked 1, 2, 4 as not done", () => {
    const gate = evaluateGate(V1, 2, doneThrough(2, { focusRanks: [1, 2, 4] }));
    expect(keys(gate.blocking)).toEqual(["p2.focus-priorities"]);
  });

  it("is blocked in phase 3 by items that are not available yet, until they are waived", () => {
    const s = doneThrough(3);
    const closed = evaluateGate(BEFORE_HUB, 3, s);
    expect(closed).toMatchObject({ open: false, met: 6, required: 8 });
    expect(keys(closed.blocking)).toEqual(HUB_ITEMS);
    expect(closed.blocking.every((i) => i.status === "unavailable")).toBe(true);

    const open = evaluateGate(BEFORE_HUB, 3, { ...s, marks: { ...s.marks, ...waive(...HUB_ITEMS) } });
    expect(open).toMatchObject({ open: true, met: 8, required: 8, blocking: [] });
  });

  it("is blocked in phase 3 until the School Health Hub is identified and its offer planned", () => {
    expect(evaluateGate(V1, 3, doneThrough(3))).toEqual({ open: true, blocking: [], met: 8, required: 8 });
    const noHub = evaluateGate(V1, 3, doneThrough(3, { hub: null }));
    expect(noHub.blocking.map((i) => [i.key, i.status])).toEqual([
      ["p3.hub-identified", "not_met"],
      ["p3.hub-offer", "not_met"],
    ]);
    const noSessions = evaluateGate(V1, 3, doneThrough(3, { hub: { host: "Northfield Primary", offer: ["One-stop shop on designated dates"], servicesWithSessions: 0 } }));
    expect(noSessions.blocking.map((i) => [i.key, i.detail])).toEqual([["p3.hub-offer", "Still needs a service with a session on the timetable"]]);
  });

  it("never lets an optional item block, met or not", () => {
    const s = doneThrough(3);
    expect(evaluateItem(item("p3.commissioners"), s).status).toBe("not_met");
    expect(evaluateGate(V1, 3, s).open).toBe(true);
    expect(evaluateGate(V1, 3, snapshotOf()).blocking.map((i) => i.key)).not.toContain("p3.commissioners");
    expect(evaluateGate(V1, 4, snapshotOf()).blocking.map((i) => i.key)).not.toContain("p4.learn");
  });

  it("does not count optional items in the totals", () => {
    const s = doneThrough(3, { marks: attest("p3.commissioners") });
    expect(evaluateGate(V1, 3, s)).toMatchObject({ met: 8, required: 8 });
  });

  it("never lets an optional item that is not available block", () => {
    const template: Template = {
      version: 9,
      items: [
        { ...item("p1.backbone"), required: true },
        { ...item("p3.statement"), key: "p1.optional-module", phase: 1, required: false },
      ],
    };
    expect(evaluateGate(template, 1, snapshotOf({ hasBackbone: true }))).toMatchObject({ open: true, met: 1, required: 1 });
  });

  it("opens phase 4 from the review records, with the indicators module's item waived, and phase 5 from lessons, findings and a refined theory", () => {
    expect(evaluateGate(V1, 4, doneThrough(4, { marks: waive("p4.data") }))).toMatchObject({ open: true, met: 6, required: 6 });
    expect(evaluateGate(V1, 5, doneThrough(5))).toMatchObject({ open: true, met: 3, required: 3 });
    // Phase 4's records alone do not open phase 5.
    expect(keys(evaluateGate(V1, 5, doneThrough(4)).blocking)).toEqual(["p5.lessons", "p5.findings", "p5.refine"]);
  });

  it("does not let an incomplete capability analysis open phase 4", () => {
    const incomplete = doneThrough(4, { marks: waive("p4.data"), review: { ...PHASE_4_REVIEW, capability: [{ assessedOn: "2026-10-01", unrated: ["Cumulative effect"] }] } });
    const gate = evaluateGate(V1, 4, incomplete);
    expect(gate.open).toBe(false);
    expect(gate.blocking.map((i) => [i.key, i.detail])).toEqual([["p4.capability", "The assessment of 2026-10-01 still needs a rating for Cumulative effect"]]);
  });

  it("does not let feedback from commissioners alone open phase 4", () => {
    const gate = evaluateGate(V1, 4, doneThrough(4, { marks: waive("p4.data"), review: { ...PHASE_4_REVIEW, feedback: { commissioner: 2, grant_recipient: 0, beneficiary: 0, other: 3 } } }));
    expect(gate.blocking.map((i) => [i.key, i.detail])).toEqual([["p4.feedback", "Still needs feedback from a community budget recipient or beneficiary"]]);
  });

  it("opens phases 4 and 5 once their items are attested or waived", () => {
    const s4 = snapshotOf({ marks: { ...attest("p4.monitor"), ...waive(...requiredKeys(4).filter((k) => k !== "p4.monitor")) } });
    expect(evaluateGate(V1, 4, s4)).toMatchObject({ open: true, met: 6, required: 6 });
    expect(evaluateGate(V1, 5, snapshotOf({ marks: waive(...requiredKeys(5)) }))).toMatchObject({ open: true, met: 3, required: 3 });
    expect(evaluateGate(V1, 5, snapshotOf())).toMatchObject({ open: false, met: 0, required: 3 });
  });

  it("is open, with nothing required, for a phase with no items", () => {
    expect(evaluateGate(V1, 6, snapshotOf())).toEqual({ open: true, blocking: [], met: 0, required: 0 });
  });

  it("is blocked by a derived item whose rule is missing from the rules given, unless waived", () => {
    const gate = evaluateGate(V1, 1, doneThrough(1), { areaOfFocus: () => ({ met: true, detail: "ok" }) });
    expect(keys(gate.blocking)).toEqual(["p1.backbone", "p1.research-partner", "p1.assets", "p1.evaluation-plan"]);
    const waived = doneThrough(1, { marks: waive("p1.backbone", "p1.research-partner", "p1.assets", "p1.evaluation-plan") });
    expect(evaluateGate(V1, 1, waived, { areaOfFocus: () => ({ met: true, detail: "ok" }) }).open).toBe(true);
  });
});

describe("regressions", () => {
  it("lists nothing for an area in phase 1, however little is done", () => {
    expect(regressions(V1, 1, snapshotOf())).toEqual([]);
  });

  it("lists nothing while earlier phases stay done", () => {
    expect(regressions(V1, 2, doneThrough(1))).toEqual([]);
    expect(regressions(V1, 3, doneThrough(2))).toEqual([]);
  });

  it("lists required items of earlier phases that are no longer met, in phase order, with why", () => {
    // Assets and the symposium record were deleted after the area moved to phase 3.
    const s = doneThrough(2, { assetCount: 2, symposia: [] });
    const found = regressions(V1, 3, s);
    expect(found.map((i) => [i.key, i.status, i.detail])).toEqual([
      ["p1.assets", "not_met", "3 assets and allies wanted: 2 so far"],
      ["p2.symposium", "not_met", "No learning symposium with attendance recorded yet"],
    ]);
  });

  it("lists a withdrawn attestation", () => {
    const s = doneThrough(2);
    const marks = Object.fromEntries(Object.entries(s.marks).filter(([key]) => key !== "p1.buy-in"));
    expect(keys(regressions(V1, 3, { ...s, marks }))).toEqual(["p1.buy-in"]);
  });

  it("lists nothing from the current phase", () => {
    // Phase 3 has nothing done, phases 1 and 2 are done.
    expect(regressions(V1, 3, doneThrough(2, { conveningMeetingDates: [] }))).toEqual([]);
    // Phase 2 broken while the area is still in phase 2: that is the gate's business, not a regression.
    expect(regressions(V1, 2, doneThrough(2, { barrierCount: 0 }))).toEqual([]);
    expect(keys(regressions(V1, 3, doneThrough(2, { barrierCount: 0 })))).toEqual(["p2.barriers"]);
  });

  it("does not list an item that was waived", () => {
    expect(regressions(V1, 3, doneThrough(2, { assetCount: 0, marks: waive("p1.assets") }))).toEqual([]);
  });

  it("does not list items that are not available yet", () => {
    // Phase 3's module items were never waived (say, the area moved on before they existed):
    // they are not met, but they are not regressions either.
    const s = doneThrough(4, { hub: null, indicators: { measures: [], focus: [], priority: [{ code: "persistent-absence", name: "Persistent absence", hasData: true }] } });
    expect(evaluateGate(BEFORE_HUB, 3, s).blocking.map((i) => i.status)).toEqual(HUB_ITEMS.map(() => "unavailable"));
    expect(regressions(BEFORE_HUB, 4, s)).toEqual([]);
    expect(regressions(BEFORE_HUB, 5, s)).toEqual([]);
    // Once the hub module judges them, a hub deleted after phase 3 is a regression.
    expect(keys(regressions(V1, 4, s))).toEqual(HUB_ITEMS);
  });

  it("does not list optional items", () => {
    expect(keys(regressions(V1, 5, doneThrough(3, { marks: attest("p4.monitor") })))).not.toContain("p3.commissioners");
    expect(keys(regressions(V1, 5, doneThrough(3, { marks: attest("p4.monitor") })))).not.toContain("p4.learn");
  });

  it("lists phase 3's termly meetings once time has passed them by", () => {
    // The area passed phase 3 in October 2026; by September 2027 the meetings are all in the past.
    const later = doneThrough(3, { today: "2027-09-15", marks: attest("p4.monitor") });
    const found = regressions(V1, 4, later);
    expect(found.map((i) => [i.key, i.detail])).toEqual([["p3.termly-meetings", "No convening meeting scheduled yet in Autumn 2027, Spring 2028, Summer 2028"]]);
  });

  it("uses the rules it is given", () => {
    const rules: Record<string, Rule> = { backbone: () => ({ met: false, detail: "Stub says no" }) };
    const found = regressions(V1, 2, doneThrough(1), rules);
    // Every other phase 1 rule is missing from `rules`, so those items are unavailable, not regressions.
    expect(found.map((i) => [i.key, i.detail])).toEqual([["p1.backbone", "Stub says no"]]);
  });
});
