import { describe, expect, it } from "vitest";
import { LAST_PHASE, NEXT_CYCLE_PHASE, PHASES, phaseName } from "@/lib/blueprint/phases";

describe("the five phases", () => {
  it("are numbered 1 to 5 in the blueprint's order", () => {
    expect(PHASES.map((p) => [p.number, p.name])).toEqual([
      [1, "Access & Connect"],
      [2, "Plan & Prioritise"],
      [3, "Deliver & Act"],
      [4, "Review & Learn"],
      [5, "Share & Refine"],
    ]);
  });

  it("puts Review & Learn before Share & Refine (the guide swaps them in one list)", () => {
    const names = PHASES.map((p) => p.name);
    expect(names.indexOf("Review & Learn")).toBeLessThan(names.indexOf("Share & Refine"));
  });

  it("gives each phase a distinct URL slug made from its name", () => {
    expect(PHASES.map((p) => p.slug)).toEqual(["access-connect", "plan-prioritise", "deliver-act", "review-learn", "share-refine"]);
    expect(new Set(PHASES.map((p) => p.slug)).size).toBe(PHASES.length);
    for (const p of PHASES) expect(p.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("names each phase by its number", () => {
    for (const p of PHASES) expect(phaseName(p.number)).toBe(p.name);
  });

  it("falls back to 'Phase n' for a number outside the five", () => {
    expect(phaseName(0)).toBe("Phase 0");
    expect(phaseName(6)).toBe("Phase 6");
    expect(phaseName(-1)).toBe("Phase -1");
  });

  it("ends at phase 5 and starts the next cycle again at phase 3, Deliver & Act", () => {
    expect(LAST_PHASE).toBe(5);
    expect(PHASES.at(-1)?.number).toBe(LAST_PHASE);
    expect(NEXT_CYCLE_PHASE).toBe(3);
    expect(phaseName(NEXT_CYCLE_PHASE)).toBe("Deliver & Act");
    expect(NEXT_CYCLE_PHASE).toBeLessThan(LAST_PHASE);
  });
});
