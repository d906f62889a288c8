import { describe, expect, it } from "vitest";
import { capabilityAssessmentInput, caseStudyInput, conditionAssessmentInput, earlyImpactInput, feedbackInput, lessonInput } from "@/lib/review/inputs";
import { summariseFeedback, latestFeedback } from "@/lib/review/feedback";
import { consentCovers } from "@/lib/review/labels";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("capabilityAssessmentInput", () => {
  it("reads one rating, note and evidence per area key, leaving blank ratings unrated", () => {
    const parsed = capabilityAssessmentInput.parse({ assessedOn: "2026-10-01", "rating.buy-in": "amber", "note.buy-in": " Asks unanswered ", "evidence.buy-in": "", "rating.backbone": "", "note.backbone": "ignored" });
    expect(parsed).toEqual({ assessmentId: null, assessedOn: "2026-10-01", summary: null, ratings: [{ key: "buy-in", rating: "amber", note: "Asks unanswered", evidence: null }] });
  });

  it("asks for a note beside each rated area, and refuses a colour that is not red, amber or green", () => {
    const result = capabilityAssessmentInput.safeParse({ assessedOn: "2026-10-01", "rating.buy-in": "amber", "rating.energy": "purple" });
    expect(issues(result)).toEqual({ "note.buy-in": "Say why it is rated amber", "rating.energy": "Choose red, amber or green, or leave it unrated" });
  });

  it("wants at least one rating, a real date not in the future, and drops keys that are not slugs", () => {
    expect(issues(capabilityAssessmentInput.safeParse({ assessedOn: "2098-01-01", "rating.buy-in": "red", "note.buy-in": "x" }))).toEqual({ assessedOn: "The date of the assessment cannot be in the future" });
    expect(issues(capabilityAssessmentInput.safeParse({ assessedOn: "2026-01-01", "rating.Bad Key": "red" }))).toEqual({ _form: "Rate at least one self-evaluation area" });
  });
});

describe("conditionAssessmentInput", () => {
  it("needs a level for all five conditions", () => {
    const result = conditionAssessmentInput.safeParse({ assessedOn: "2026-10-01", "level.common-agenda": "fully_in_place" });
    expect(Object.keys(issues(result)).sort()).toEqual(["level.backbone-support", "level.continuous-communication", "level.mutually-reinforcing-activities", "level.shared-measurement"].sort().map((k) => `ratings.${k}`));
  });
});

describe("caseStudyInput and feedbackInput", () => {
  const study = { title: "T", story: "S", whatItShows: "W", consentGivenBy: "A parent", consentScope: "board", consentOn: "2026-10-01", consentConfirmed: "on" };

  it("collects the words ticked as not a person's identity from notPersonal.N", () => {
    const parsed = caseStudyInput.parse({ ...study, "notPersonal.0": "Grace Academy", "notPersonal.1": " ", "notPersonal.x": "no" });
    expect(parsed.confirmedTerms).toEqual(["Grace Academy"]);
    expect(parsed.actionItemIds).toEqual([]);
  });

  it("wants consent confirmed", () => {
    expect(issues(caseStudyInput.safeParse({ ...study, consentConfirmed: undefined }))).toEqual({ consentConfirmed: "Confirm that consent was given for this use" });
  });

  it("keeps an award only on a community budget recipient's feedback", () => {
    const base = { role: "Commissioner", comments: "Good", receivedOn: "2026-10-01", awardId: "6c4a8a1e-3f0b-4c53-9c6e-5b8f2a0d1e11" };
    expect(issues(feedbackInput.safeParse({ ...base, source: "commissioner" }))).toEqual({ awardId: "Only a community budget recipient's feedback is about an award" });
    expect(feedbackInput.safeParse({ ...base, source: "grant_recipient", rating: "" }).data).toMatchObject({ rating: null });
    expect(issues(feedbackInput.safeParse({ ...base, source: "grant_recipient", rating: "6" }))).toEqual({ rating: "Choose a rating from 1 to 5" });
  });
});

describe("earlyImpactInput and lessonInput", () => {
  it("wants at least one supporting indicator movement or output", () => {
    expect(issues(earlyImpactInput.safeParse({ statement: "Safer evenings", "evidence.0.kind": "output", "evidence.0.description": "" }))).toEqual({ "evidence.0.description": "Add at least one indicator movement or output that supports it" });
    expect(earlyImpactInput.parse({ statement: "Safer evenings", "evidence.1.kind": "output", "evidence.1.description": "64 reached" }).evidence).toEqual([{ kind: "output", description: "64 reached" }]);
  });

  it("wants the model's name for a lesson from another model, and drops it otherwise", () => {
    expect(issues(lessonInput.safeParse({ kind: "other_model", text: "Key workers" }))).toEqual({ modelName: "Name the place-based model, for example Reach Foundation, Feltham" });
    expect(lessonInput.parse({ kind: "worked_well", text: "Panels", modelName: "X", agreedWithBoard: "on" })).toMatchObject({ modelName: null, agreedWithBoard: true, agreedWithConvening: false });
  });
});

describe("summariseFeedback", () => {
  it("counts each source, averages the ratings given, and finds the latest", () => {
    const s = summariseFeedback([
      { source: "commissioner", rating: 4, receivedOn: "2026-10-01" },
      { source: "commissioner", rating: null, receivedOn: "2026-11-01" },
      { source: "commissioner", rating: 5, receivedOn: "2026-09-01" },
      { source: "beneficiary", rating: 3, receivedOn: "2026-10-05" },
    ]);
    expect(s.find((x) => x.source === "commissioner")).toEqual({ source: "commissioner", count: 3, rated: 2, averageRating: 4.5, latestOn: "2026-11-01" });
    expect(s.find((x) => x.source === "grant_recipient")).toEqual({ source: "grant_recipient", count: 0, rated: 0, averageRating: null, latestOn: null });
  });

  it("gives the latest pieces first", () => {
    const items = [{ source: "other" as const, rating: null, receivedOn: "2026-01-01" }, { source: "other" as const, rating: null, receivedOn: "2026-03-01" }];
    expect(latestFeedback(items, 1)).toEqual([items[1]]);
  });
});

describe("consentCovers", () => {
  it("lets wider consent cover narrower uses, never the other way", () => {
    expect(consentCovers("public", "board")).toBe(true);
    expect(consentCovers("board", "board")).toBe(true);
    expect(consentCovers("partnership", "board")).toBe(false);
    expect(consentCovers("board", "public")).toBe(false);
  });
});
