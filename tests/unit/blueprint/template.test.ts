import { describe, expect, it } from "vitest";
import { PHASES } from "@/lib/blueprint/phases";
import { RULES, type Rule } from "@/lib/blueprint/rules";
import { CURRENT_TEMPLATE_VERSION, TEMPLATES, findItem, templateFor, type ChecklistItem, type Template } from "@/lib/blueprint/template";
import { evaluateGate, evaluateItem, regressions } from "@/lib/blueprint/gate";
import { V1, attest, doneThrough, item, itemsOf, keys, requiredKeys, snapshotOf, waive } from "./support";

const allItems = Object.values(TEMPLATES).flatMap((t) => [...t.items]);

describe("TEMPLATES", () => {
  it("registers version 1, and the current version is registered", () => {
    expect(TEMPLATES[1]?.version).toBe(1);
    expect(TEMPLATES[CURRENT_TEMPLATE_VERSION]).toBeDefined();
  });

  it("files each template under its own version number", () => {
    for (const [version, template] of Object.entries(TEMPLATES)) expect(template.version).toBe(Number(version));
  });

  describe.each(Object.values(TEMPLATES).map((t) => [t.version, t] as const))("version %i", (version, template) => {
    it("gives every item a unique key", () => {
      const all = keys(template.items);
      expect(new Set(all).size).toBe(all.length);
    });

    it("starts every item's key with its phase, as p<phase>.", () => {
      for (const i of template.items) expect(i.key, i.key).toMatch(new RegExp(`^p${i.phase}\\.[a-z0-9-]+$`));
    });

    it("has items in each of the five phases, and in no other", () => {
      for (const p of PHASES) expect(itemsOf(p.number, template).length, `phase ${p.number}`).toBeGreaterThan(0);
      for (const i of template.items) expect(PHASES.map((p) => p.number)).toContain(i.phase);
    });

    it("has at least one required item in each phase, so no gate opens by itself", () => {
      for (const p of PHASES) expect(requiredKeys(p.number, template).length, `phase ${p.number}`).toBeGreaterThan(0);
    });

    it("gives every derived item exactly one of a rule (that exists) or a module", () => {
      for (const i of template.items.filter((x) => x.kind === "derived")) {
        expect([i.rule, i.module].filter((x) => x !== undefined), i.key).toHaveLength(1);
        if (i.rule !== undefined) expect(Object.keys(RULES), i.key).toContain(i.rule);
      }
    });

    it("gives attested items neither a rule nor a module: a co-ordinator confirms them", () => {
      for (const i of template.items.filter((x) => x.kind === "attested")) {
        expect(i.rule, i.key).toBeUndefined();
        expect(i.module, i.key).toBeUndefined();
      }
    });

    it("gives every item a title and guidance to show", () => {
      for (const i of template.items) {
        expect(i.title.trim(), i.key).not.toBe("");
        expect(i.guidance.trim(), i.key).not.toBe("");
      }
    });

    it("links every item with a rule to where the work is done, and attested items to the attest form", () => {
      for (const i of template.items) {
        if (i.rule) expect(i.href, i.key).not.toBe("");
        if (i.kind === "attested") expect(i.href, i.key).toMatch(/#attest$/);
      }
    });

    it(`is version ${version}`, () => {
      expect(templateFor(version)).toBe(template);
    });
  });

  it("uses every rule in RULES in some template", () => {
    const used = new Set(allItems.map((i) => i.rule).filter((r) => r !== undefined));
    for (const name of Object.keys(RULES)) expect(used, name).toContain(name);
  });
});

describe("version 1", () => {
  it("asks for the blueprint's checklist, phase by phase", () => {
    expect(keys(itemsOf(1))).toEqual(["p1.coalition", "p1.buy-in", "p1.backbone", "p1.research-partner", "p1.area-of-focus", "p1.assets", "p1.evaluation-plan"]);
    expect(keys(itemsOf(2))).toEqual(["p2.symposium", "p2.purpose", "p2.candidate-priorities", "p2.stakeholders", "p2.barriers", "p2.focus-priorities"]);
    expect(keys(itemsOf(3))).toEqual([
      "p3.statement",
      "p3.action-plan",
      "p3.theory-of-change",
      "p3.convening-partnership",
      "p3.termly-meetings",
      "p3.community-budget",
      "p3.commissioners",
      "p3.hub-identified",
      "p3.hub-offer",
    ]);
    expect(keys(itemsOf(4))).toEqual(["p4.monitor", "p4.capability", "p4.data", "p4.case-studies", "p4.feedback", "p4.early-impact", "p4.learn"]);
    expect(keys(itemsOf(5))).toEqual(["p5.lessons", "p5.findings", "p5.refine"]);
  });

  it("makes only 'Involve commissioners' and 'Learn from other models' optional", () => {
    expect(keys(V1.items.filter((i) => !i.required))).toEqual(["p3.commissioners", "p4.learn"]);
    expect(PHASES.map((p) => requiredKeys(p.number).length)).toEqual([7, 6, 8, 6, 3]);
  });

  it("ties each phase 1 and 2 item with a record to the rule that checks it", () => {
    const ruleOf = (key: string) => item(key).rule;
    expect(ruleOf("p1.backbone")).toBe("backbone");
    expect(ruleOf("p1.research-partner")).toBe("researchPartner");
    expect(ruleOf("p1.area-of-focus")).toBe("areaOfFocus");
    expect(ruleOf("p1.assets")).toBe("assetMap");
    expect(ruleOf("p1.evaluation-plan")).toBe("evaluationPlan");
    expect(ruleOf("p2.symposium")).toBe("learningSymposium");
    expect(ruleOf("p2.candidate-priorities")).toBe("candidatePriorities");
    expect(ruleOf("p2.stakeholders")).toBe("stakeholders");
    expect(ruleOf("p2.barriers")).toBe("barriers");
    expect(ruleOf("p2.focus-priorities")).toBe("threeFocusPriorities");
    expect(ruleOf("p3.termly-meetings")).toBe("termlyMeetings");
    expect(ruleOf("p4.feedback")).toBe("feedbackCollected");
    expect(ruleOf("p3.hub-identified")).toBe("hubIdentified");
    expect(ruleOf("p3.hub-offer")).toBe("hubOfferPlanned");
    expect(ruleOf("p4.data")).toBe("dataSourcesLinked");
  });

  it("has every derived item worked out by a module's rule: none waits on a module any more", () => {
    for (const template of Object.values(TEMPLATES)) {
      expect(template.items.filter((i) => i.module).map((i) => i.key), `version ${template.version}`).toEqual([]);
    }
  });

  it("works out phases 4 and 5 from the review module's records, and links each item to where the work is done", () => {
    const derived = (key: string) => [item(key).rule, item(key).href];
    expect(derived("p4.capability")).toEqual(["capabilityAnalysed", "review/capability"]);
    expect(derived("p4.case-studies")).toEqual(["caseStudiesCollected", "review/case-studies"]);
    expect(derived("p4.feedback")).toEqual(["feedbackCollected", "review/feedback"]);
    expect(derived("p4.early-impact")).toEqual(["earlyImpactCollated", "review#early-impact"]);
    expect(derived("p5.lessons")).toEqual(["lessonsLearned", "review#lessons"]);
    expect(derived("p5.findings")).toEqual(["findingsShared", "review#findings"]);
    expect(derived("p5.refine")).toEqual(["theoryRefined", "theory-of-change"]);
    // Version 1 still has monitoring and learning from other models confirmed by hand.
    expect(item("p4.learn")).toMatchObject({ kind: "attested", href: "#attest" });
  });

  it("passes the review rules on to versions 2 and 3 unchanged", () => {
    for (const version of [2, 3]) {
      for (const key of ["p4.capability", "p4.case-studies", "p4.feedback", "p4.early-impact", "p5.lessons", "p5.findings"]) expect(item(key, templateFor(version)), `${key} v${version}`).toEqual(item(key));
    }
  });
});

describe("templateFor", () => {
  it("returns the registered template", () => {
    expect(templateFor(1)).toBe(TEMPLATES[1]);
    expect(templateFor(1).version).toBe(1);
  });

  it.each([0, 4, -1, 1.5, 99, Number.NaN])("throws for unknown version %s", (version) => {
    expect(() => templateFor(version)).toThrow(`Unknown checklist template version ${version}`);
  });

  it("looks only in the templates it is given", () => {
    const v9: Template = { version: 9, items: [] };
    expect(templateFor(9, { 9: v9 })).toBe(v9);
    expect(() => templateFor(1, { 9: v9 })).toThrow("Unknown checklist template version 1");
    expect(() => templateFor(1, {})).toThrow("Unknown checklist template version 1");
  });
});

describe("findItem", () => {
  it("finds an item by key", () => {
    expect(findItem(V1, "p2.focus-priorities")?.title).toBe("Agree 3 focus priorities, ranked by urgency");
    expect(findItem(V1, "p1.backbone")).toMatchObject({ phase: 1, kind: "derived", rule: "backbone", required: true });
  });

  it("returns undefined for a key the template does not have", () => {
    expect(findItem(V1, "p1.nothing")).toBeUndefined();
    expect(findItem(V1, "")).toBeUndefined();
    expect(findItem(V1, "P1.BACKBONE")).toBeUndefined();
  });
});

describe("a later template version", () => {
  /*
   * A hypothetical version 99, added beside version 1 as the design requires:
   * - phase 1 drops "Map area assets and allies";
   * - it renames the evaluation plan item and asks for two outcome measures (a new rule);
   * - it adds a new required attested item, a data-sharing agreement;
   * - it adds a new derived item whose rule is not written yet.
   */
  const v1Items = itemsOf(1);
  const evaluationPlanV3: Rule = (s) => ({ met: s.outcomeMeasureCount >= 2, detail: `2 outcome measures wanted: ${s.outcomeMeasureCount} so far` });
  const registry: Readonly<Record<string, Rule>> = { ...RULES, evaluationPlanV3 };
  const p1V3: ChecklistItem[] = [
    ...v1Items.filter((i) => i.key !== "p1.assets" && i.key !== "p1.evaluation-plan"),
    { ...item("p1.evaluation-plan"), key: "p1.evaluation-framework", rule: "evaluationPlanV3", title: "Agree the evaluation framework" },
    { key: "p1.data-sharing", phase: 1, kind: "attested", required: true, href: "access-connect#attest", title: "Sign a data-sharing agreement", guidance: "Between the schools, the local authority and the research partner." },
    { key: "p1.baseline", phase: 1, kind: "derived", rule: "baselineData", required: true, href: "access-connect#baseline", title: "Record baseline data", guidance: "Not written yet." },
  ];
  const v3: Template = { version: 2, items: [...p1V3, ...V1.items.filter((i) => i.phase !== 1)] };
  const templates: Readonly<Record<number, Template>> = { ...TEMPLATES, 99: v3 };

  // Version 1's phase 1 fully done: three assets, one outcome measure, two attestations.
  const area = doneThrough(1);

  it("is found beside version 1, without replacing it", () => {
    expect(templateFor(99, templates)).toBe(v3);
    expect(templateFor(1, templates)).toBe(TEMPLATES[1]);
    expect(() => templateFor(99)).toThrow("Unknown checklist template version 99");
  });

  it("leaves an area on version 1 with version 1's items, and its gate open", () => {
    const gate = evaluateGate(templateFor(1, templates), 1, area, registry);
    expect(gate).toMatchObject({ open: true, met: 7, required: 7, blocking: [] });
    // The same verdict as with no version 99 and no extra rules at all.
    expect(gate).toEqual(evaluateGate(templateFor(1), 1, area));
  });

  it("judges an area on version 99 by version 99's items", () => {
    const gate = evaluateGate(templateFor(99, templates), 1, area, registry);
    expect(gate.open).toBe(false);
    expect(gate.required).toBe(8);
    expect(gate.met).toBe(5);
    expect(gate.blocking.map((i) => [i.key, i.status, i.detail])).toEqual([
      ["p1.evaluation-framework", "not_met", "2 outcome measures wanted: 1 so far"],
      ["p1.data-sharing", "not_met", "Not confirmed by a co-ordinator yet"],
      ["p1.baseline", "unavailable", "Not yet available: this part of the product is on its way"],
    ]);
  });

  it("does not hold an area on version 1 to version 99's new requirements", () => {
    // An area on version 1 with fewer assets fails only version 1's asset item...
    const fewAssets = { ...area, assetCount: 0 };
    expect(evaluateGate(templateFor(1, templates), 1, fewAssets, registry).blocking.map((i) => i.key)).toEqual(["p1.assets"]);
    // ...which version 99 no longer asks for.
    expect(evaluateGate(templateFor(99, templates), 1, fewAssets, registry).blocking.map((i) => i.key)).not.toContain("p1.assets");
  });

  it("keeps marks under unchanged keys, and does not carry them to renamed ones", () => {
    const gateV3 = evaluateGate(templateFor(99, templates), 1, { ...area, outcomeMeasureCount: 2, marks: { ...area.marks, ...attest("p1.data-sharing") } }, registry);
    // p1.coalition and p1.buy-in were attested under version 1 and still count.
    expect(gateV3.blocking.map((i) => i.key)).toEqual(["p1.baseline"]);
    // A waiver of version 1's evaluation plan does not waive version 99's renamed item.
    const waivedOld = { ...area, marks: { ...area.marks, ...waive("p1.evaluation-plan") } };
    expect(evaluateItem(item("p1.evaluation-framework", v3), waivedOld, registry).status).toBe("not_met");
    expect(evaluateItem(item("p1.evaluation-plan"), { ...waivedOld, outcomeMeasureCount: 0 }, registry).status).toBe("waived");
  });

  it("does not warn an area on version 1 about items version 99 changed", () => {
    const laterArea = doneThrough(2);
    expect(regressions(templateFor(1, templates), 3, laterArea, registry)).toEqual([]);
    expect(keys(regressions(templateFor(99, templates), 3, laterArea, registry))).toEqual(["p1.evaluation-framework", "p1.data-sharing"]);
  });

  it("leaves version 1's items exactly as they were", () => {
    expect(keys(templateFor(1).items)).toContain("p1.assets");
    expect(keys(templateFor(1).items)).not.toContain("p1.data-sharing");
    expect(item("p1.evaluation-plan")).toMatchObject({ rule: "evaluationPlan", title: "Plan the monitoring and evaluation framework" });
    expect(templateFor(1).items).toHaveLength(32);
  });
});

describe("version 2", () => {
  const V2 = templateFor(2);


  it("works out 'Involve commissioners' from the Statement of Intent's asks, and changes nothing else", () => {
    expect(item("p3.commissioners", V2)).toMatchObject({ kind: "derived", rule: "commissionersInvolved", required: false });
    expect(item("p3.commissioners")).toMatchObject({ kind: "attested", required: false });
    expect(V2.items.filter((i) => i.key !== "p3.commissioners")).toEqual(V1.items.filter((i) => i.key !== "p3.commissioners"));
  });

  it("keeps an area on version 1 judged by its co-ordinator's confirmation", () => {
    const confirmed = doneThrough(3, { marks: attest("p3.commissioners") });
    expect(evaluateItem(item("p3.commissioners"), confirmed).status).toBe("met");
    // Version 2 does not take a confirmation for what it works out from records.
    expect(evaluateItem(item("p3.commissioners", V2), confirmed).status).toBe("not_met");
  });
});

describe("version 3", () => {
  const V2 = templateFor(2);
  const V3 = templateFor(3);

  it("is the version new areas start on", () => {
    expect(CURRENT_TEMPLATE_VERSION).toBe(3);
  });

  it("works out the evaluation framework, progress monitoring and learning from other models from records, and changes nothing else", () => {
    expect(item("p1.evaluation-plan", V3)).toMatchObject({ kind: "derived", rule: "evaluationIndicators", required: true, href: "access-connect#evaluation" });
    expect(item("p4.monitor", V3)).toMatchObject({ kind: "derived", rule: "progressMonitored", required: true, href: "indicators" });
    expect(item("p1.evaluation-plan", V3).module).toBeUndefined();
    expect(item("p4.learn", V3)).toMatchObject({ kind: "derived", rule: "otherModelsLearned", href: "review#lessons", required: false });
    expect(item("p4.learn", V3).module).toBeUndefined();
    const changed = new Set(["p1.evaluation-plan", "p4.monitor", "p4.learn"]);
    expect(V3.items.filter((i) => !changed.has(i.key))).toEqual(V2.items.filter((i) => !changed.has(i.key)));
    expect(keys(V3.items)).toEqual(keys(V2.items));
  });

  it("keeps an area on version 2 judged by its co-ordinator's confirmation of monitoring", () => {
    expect(evaluateItem(item("p4.monitor", V2), snapshotOf({ marks: attest("p4.monitor") })).status).toBe("met");
    expect(evaluateItem(item("p4.monitor", V3), snapshotOf({ marks: attest("p4.monitor") })).status).not.toBe("met");
  });
});

describe("version 3's indicator items", () => {
  const V3 = templateFor(3);
  const linked = { measures: [{ name: "Persistent absence", indicator: "persistent-absence" }], focus: [], priority: [] };

  it("opens phase 1 once every outcome measure is linked to an indicator, not merely once one exists", () => {
    const unlinked = doneThrough(1, { indicators: { measures: [{ name: "Persistent absence", indicator: null }], focus: [], priority: [] } });
    expect(evaluateGate(V3, 1, unlinked).blocking.map((i) => [i.key, i.detail])).toEqual([["p1.evaluation-plan", "0 of 1 outcome measure linked to an indicator: still to link Persistent absence"]]);
    expect(evaluateGate(V3, 1, doneThrough(1, { indicators: linked })).open).toBe(true);
    // Version 1 still counts outcome measures only.
    expect(evaluateGate(V1, 1, unlinked).open).toBe(true);
  });
});
