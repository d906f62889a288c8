import { describe, expect, it } from "vitest";
import { REVIEW_RULES, emptyReviewRecords, type ReviewRecords } from "@/lib/review/checklist";
import { snapshotOf } from "../blueprint/support";

const judge = (name: string, review: Partial<ReviewRecords>) => REVIEW_RULES[name]!(snapshotOf({ review: { ...emptyReviewRecords(), ...review } }));

describe("capabilityAnalysed", () => {
  it("is not met with no assessment in the cycle", () => {
    expect(judge("capabilityAnalysed", {})).toEqual({ met: false, detail: "No capability analysis in this cycle yet" });
  });

  it("is not met by an incomplete assessment, and names the areas still to rate", () => {
    expect(judge("capabilityAnalysed", { capability: [{ assessedOn: "2027-01-20", unrated: ["Go where the energy is", "Cumulative effect"] }] })).toEqual({
      met: false,
      detail: "The assessment of 2027-01-20 still needs a rating for Go where the energy is and Cumulative effect",
    });
  });

  it("is met by any complete assessment in the cycle, even if a later one is incomplete", () => {
    const capability = [
      { assessedOn: "2027-05-01", unrated: ["Cumulative effect"] },
      { assessedOn: "2027-01-20", unrated: [] },
    ];
    expect(judge("capabilityAnalysed", { capability })).toEqual({ met: true, detail: "Every self-evaluation area rated in the assessment of 2027-01-20" });
  });
});

describe("caseStudiesCollected", () => {
  it("wants one case study in the cycle", () => {
    expect(judge("caseStudiesCollected", {})).toMatchObject({ met: false });
    expect(judge("caseStudiesCollected", { caseStudies: 2 })).toEqual({ met: true, detail: "2 case studies with consent recorded" });
  });
});

describe("earlyImpactCollated", () => {
  it("wants a statement supported by an indicator movement or an output", () => {
    expect(judge("earlyImpactCollated", {})).toEqual({ met: false, detail: "No early impact collated in this cycle yet" });
    expect(judge("earlyImpactCollated", { earlyImpact: { statements: 1, supported: 0 } })).toEqual({ met: false, detail: "1 statement of early impact, none yet supported by an indicator movement or an output" });
    expect(judge("earlyImpactCollated", { earlyImpact: { statements: 2, supported: 1 } })).toMatchObject({ met: true });
  });
});

describe("lessonsLearned", () => {
  const lessons = (l: Partial<ReviewRecords["lessons"]>) => ({ lessons: { ...emptyReviewRecords().lessons, ...l } });
  it("wants an agreed lesson of each kind, and says which is missing", () => {
    expect(judge("lessonsLearned", {})).toEqual({ met: false, detail: "Still needs a lesson on what worked well and one on what could have worked better, agreed with the board and the convening partnership" });
    expect(judge("lessonsLearned", lessons({ workedWell: 2, agreedWorkedWell: 1, couldBeBetter: 1 }))).toEqual({
      met: false,
      detail: "Still needs a lesson on what could have worked better, agreed with the board and the convening partnership (2 lessons not yet agreed with both)",
    });
    expect(judge("lessonsLearned", lessons({ workedWell: 1, agreedWorkedWell: 1, couldBeBetter: 1, agreedCouldBeBetter: 1 }))).toEqual({ met: true, detail: "2 lessons agreed with the board and the convening partnership" });
  });

  it("does not count lessons from other models towards it", () => {
    expect(judge("lessonsLearned", lessons({ otherModels: 5 })).met).toBe(false);
  });
});

describe("findingsShared", () => {
  it("wants findings on the methodology and on the impact", () => {
    expect(judge("findingsShared", { findings: { methodology: 1, impact: 0 } })).toEqual({ met: false, detail: "No findings shared on the impact in this cycle yet" });
    expect(judge("findingsShared", { findings: { methodology: 0, impact: 0 } })).toEqual({ met: false, detail: "No findings shared on the methodology or on the impact in this cycle yet" });
    expect(judge("findingsShared", { findings: { methodology: 1, impact: 1 } })).toMatchObject({ met: true });
  });
});

describe("otherModelsLearned", () => {
  it("wants a lesson from another place-based model", () => {
    expect(judge("otherModelsLearned", {})).toMatchObject({ met: false });
    expect(judge("otherModelsLearned", { lessons: { ...emptyReviewRecords().lessons, otherModels: 1 } })).toEqual({ met: true, detail: "1 lesson from other place-based models recorded" });
  });
});
