import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { ukToday } from "@/lib/blueprint/today";
import { loadSnapshot } from "@/lib/blueprint/services/snapshot";
import { advancePhaseAction } from "@/lib/blueprint/actions";
import { addCapabilityRatingToPlanAction } from "@/lib/action-plan/actions";
import {
  createCapabilityAssessmentAction,
  createCaseStudyAction,
  createConditionAssessmentAction,
  deleteCapabilityAssessmentAction,
  deleteCaseStudyAction,
  deleteConditionAssessmentAction,
  deleteFeedbackAction,
  deleteLearningAction,
  recordEarlyImpactAction,
  recordFeedbackAction,
  recordFindingAction,
  recordLessonAction,
  retireEvaluationAreaAction,
  restoreEvaluationAreaAction,
  saveEvaluationAreaAction,
  updateCapabilityAssessmentAction,
} from "@/lib/review/actions";
import { getCapabilityView } from "@/lib/review/services/capability";
import { latestCapabilityByArea } from "@/lib/review/services/heatmap";
import { loadReviewPack } from "@/lib/review/services/pack";
import { getCaseStudy } from "@/lib/review/services/case-studies";
import { hubReachByArea } from "@/lib/hub/services/reach";
import { CSV_COLUMNS, packCsvRows } from "@/lib/review/pack";
import { toCsvLine } from "@/lib/csv/escape";
import { loadAreaIndicators } from "@/lib/indicators/services/area-dashboard";
import { formatWithUnit } from "@/lib/indicators/units";
import { DEFAULT_EVALUATION_AREAS } from "@/lib/review/self-evaluation";
import type { FormAction } from "@/lib/action/result";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
const KEYS = DEFAULT_EVALUATION_AREAS.map((a) => a.key);
const hw = { partnership: "bradford", area: "holme-wood" };
const dewsbury = { partnership: "kirklees", area: "dewsbury-west" };
const daysAgo = (n: number) => new Date(Date.parse(`${ukToday()}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** Every default area rated, except `skip`; `overrides` set particular ratings. */
function ratings(overrides: Record<string, string> = {}, skip: string[] = []) {
  const out: Record<string, string> = {};
  for (const key of KEYS) {
    if (skip.includes(key)) continue;
    out[`rating.${key}`] = overrides[key] ?? "green";
    out[`note.${key}`] = `Why ${key} is ${overrides[key] ?? "green"}`;
  }
  return out;
}

async function tenantCtx(userKey: string, slug = "bradford") {
  const actor = (await loadActor(demo.users[userKey]!.id))!;
  return (await resolveTenant(actor, slug, { requestId: "test" }))!;
}

const kirkleesCoordinator = () => demo.users["kirklees-coordinator"]!.id;
const coordinator = () => demo.users.coordinator!.id;
let dewsburyId: string;
let kirkleesId: string;

async function snapshot(partnershipId: string, areaId: string) {
  const state = await db().phaseState.findUnique({ where: { partnershipId_areaId: { partnershipId, areaId } } });
  return loadSnapshot(db(), { partnershipId, areaId }, state?.cycle ?? 1, ukToday());
}

beforeAll(async () => {
  demo = await seedDemo();
  kirkleesId = demo.kirklees.id;
  dewsburyId = demo.kirklees.areas["dewsbury-west"]!;
});

describe("the capability analysis and the phase 4 gate", () => {
  let incompleteId: string;

  it("creates the default self-evaluation areas on a partnership's first assessment, and files it under the current cycle", async () => {
    expect(await db().selfEvaluationArea.count({ where: { partnershipId: kirkleesId } })).toBe(0);
    const outcome = await call(createCapabilityAssessmentAction, kirkleesCoordinator(), { ...dewsbury, assessedOn: daysAgo(100), ...ratings({}, ["cumulative-effect"]) });
    expect(outcome).toMatchObject({ status: "redirect", to: expect.stringMatching(/\/p\/kirklees\/areas\/dewsbury-west\/review\/capability\/[0-9a-f-]{36}\?saved=1$/) });
    expect(await db().selfEvaluationArea.count({ where: { partnershipId: kirkleesId } })).toBe(6);
    const assessment = await db().capabilityAssessment.findFirstOrThrow({ where: { partnershipId: kirkleesId, areaId: dewsburyId }, include: { _count: { select: { ratings: true } } } });
    incompleteId = assessment.id;
    expect(assessment).toMatchObject({ cycle: 1, _count: { ratings: 5 } });
    expect(await auditCount({ action: "review.capability.assessed", partnershipId: kirkleesId })).toBe(1);
  });

  it("does not let an incomplete assessment satisfy the gate: the advance is refused, naming the area still to rate", async () => {
    const scope = { partnershipId: kirkleesId, areaId: dewsburyId };
    // Dewsbury West has reached phase 4 with everything else of it done or waived.
    await db().phaseState.update({ where: { partnershipId_areaId: scope }, data: { currentPhase: 4 } });
    const others = ["p4.monitor", "p4.data", "p4.case-studies", "p4.feedback", "p4.early-impact"];
    await db().checklistItemState.createMany({ data: others.map((itemKey) => ({ ...scope, cycle: 1, itemKey, waivedById: demo.users["kirklees-admin"]!.id, waivedAt: new Date(), waiverReason: "Test set-up" })) });

    expect((await snapshot(kirkleesId, dewsburyId)).review.capability).toEqual([{ assessedOn: daysAgo(100), unrated: ["Cumulative effect"] }]);
    const refused = await call(advancePhaseAction, kirkleesCoordinator(), { ...dewsbury, fromPhase: "4" });
    expect(refused).toMatchObject({ status: "error", code: "conflict", message: expect.stringContaining(`Capability analysis (The assessment of ${daysAgo(100)} still needs a rating for Cumulative effect)`) });
    expect((await db().phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } })).currentPhase).toBe(4);
  });

  it("keeps nothing typed when a rated area has no note, and completes the assessment when the last area is rated", async () => {
    const bad = await call(updateCapabilityAssessmentAction, kirkleesCoordinator(), { ...dewsbury, assessmentId: incompleteId, assessedOn: daysAgo(100), ...ratings(), "note.energy": "" });
    expect(bad).toMatchObject({ status: "error", code: "validation", fieldErrors: { "note.energy": ["Say why it is rated green"] }, values: { "rating.energy": "green" } });
    const done = await call(updateCapabilityAssessmentAction, kirkleesCoordinator(), { ...dewsbury, assessmentId: incompleteId, assessedOn: daysAgo(100), ...ratings({ energy: "amber" }) });
    expect(done).toMatchObject({ status: "success", message: `Capability analysis of ${daysAgo(100)} saved: all 6 areas rated.` });
    expect(await call(advancePhaseAction, kirkleesCoordinator(), { ...dewsbury, fromPhase: "4" })).toMatchObject({ status: "success" });
  });

  it("shows how each rating moved between two assessments a term apart", async () => {
    await call(createCapabilityAssessmentAction, kirkleesCoordinator(), { ...dewsbury, assessedOn: daysAgo(10), ...ratings({ energy: "green", backbone: "amber", "cumulative-effect": "red" }) });
    const view = await getCapabilityView(await tenantCtx("kirklees-coordinator", "kirklees"), dewsburyId);
    expect(view.assessments.map((a) => a.assessedOn)).toEqual([daysAgo(100), daysAgo(10)]);
    const byKey = (key: string) => view.history.get(view.areas.find((a) => a.key === key)!.id!)!;
    expect(byKey("energy")).toEqual([
      { rating: "amber", previous: null, movement: "first" },
      { rating: "green", previous: "amber", movement: "improved" },
    ]);
    expect(byKey("backbone")[1]).toEqual({ rating: "amber", previous: "green", movement: "declined" });
    expect(byKey("buy-in")[1]).toMatchObject({ movement: "unchanged" });
  });

  it("refuses a rating of an area that is no longer in use, and a future date", async () => {
    const admin = demo.users["kirklees-admin"]!.id;
    expect(await call(retireEvaluationAreaAction, admin, { partnership: "kirklees", key: "energy" })).toMatchObject({ status: "success" });
    const outcome = await call(createCapabilityAssessmentAction, kirkleesCoordinator(), { ...dewsbury, assessedOn: daysAgo(1), "rating.energy": "red", "note.energy": "x" });
    expect(outcome).toMatchObject({ status: "error", fieldErrors: { "rating.energy": [expect.stringContaining("no longer in use")] } });
    expect(await call(restoreEvaluationAreaAction, admin, { partnership: "kirklees", key: "energy" })).toMatchObject({ status: "success" });
    const future = await call(createCapabilityAssessmentAction, kirkleesCoordinator(), { ...dewsbury, assessedOn: "2099-01-01", ...ratings() });
    expect(future).toMatchObject({ status: "error", fieldErrors: { assessedOn: ["The date of the assessment cannot be in the future"] } });
  });
});

describe("a red or amber rating becomes an action-plan item", () => {
  let amberId: string;
  let greenId: string;
  let assessmentId: string;

  beforeAll(async () => {
    const latest = await db().capabilityAssessment.findFirstOrThrow({
      where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! },
      orderBy: { assessedOn: "desc" },
      include: { ratings: { include: { evaluationArea: { select: { key: true } } } } },
    });
    assessmentId = latest.id;
    amberId = latest.ratings.find((r) => r.evaluationArea.key === "energy")!.id;
    greenId = latest.ratings.find((r) => r.evaluationArea.key === "buy-in")!.id;
  });

  it("once, in one click, carrying the rating as the item's RAG and its note as the description", async () => {
    const first = await call(addCapabilityRatingToPlanAction, coordinator(), { ...hw, ratingId: amberId });
    expect(first).toMatchObject({ status: "success", data: { created: true, title: "Improve: Go where the energy is" } });
    const item = await db().actionPlanItem.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, sourceRatingId: amberId } });
    expect(item).toMatchObject({ source: "capability_rating", rag: "amber", cycle: 1, areaId: demo.bradford.areas["holme-wood"], description: expect.stringContaining("Two primary schools now run sessions") });
    expect(await db().actionItemUpdate.count({ where: { partnershipId: demo.bradford.id, itemId: item.id } })).toBe(1);
    const again = await call(addCapabilityRatingToPlanAction, coordinator(), { ...hw, ratingId: amberId });
    expect(again).toMatchObject({ status: "success", data: { created: false, id: item.id } });
  });

  it("not from a green rating, nor from another area's assessment, nor by a member", async () => {
    expect(await call(addCapabilityRatingToPlanAction, coordinator(), { ...hw, ratingId: greenId })).toMatchObject({ status: "error", code: "conflict", message: "Only a red or amber rating becomes an action item." });
    const mg = { partnership: "bradford", area: "manningham-girlington" };
    expect(await call(addCapabilityRatingToPlanAction, demo.users["coordinator-mg"]!.id, { ...mg, ratingId: amberId })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(addCapabilityRatingToPlanAction, demo.users.member!.id, { ...hw, ratingId: amberId })).toMatchObject({ status: "error", code: "not_found" });
    expect(await db().actionPlanItem.count({ where: { partnershipId: demo.bradford.id, source: "capability_rating" } })).toBe(1);
  });

  it("keeps the assessment the item came from: it cannot be deleted, nor the rating left unrated", async () => {
    expect(await call(deleteCapabilityAssessmentAction, coordinator(), { ...hw, assessmentId })).toMatchObject({ status: "error", code: "conflict" });
    const assessedOn = (await db().capabilityAssessment.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: assessmentId } } })).assessedOn.toISOString().slice(0, 10);
    const unrated = await call(updateCapabilityAssessmentAction, coordinator(), { ...hw, assessmentId, assessedOn, ...ratings({}, ["energy"]) });
    expect(unrated).toMatchObject({ status: "error", fieldErrors: { "rating.energy": [expect.stringContaining("became an action item")] } });
  });
});

describe("the heatmap and the review pack agree with the records", () => {
  it("shows every readable area's latest ratings with their movement, and nothing of another tenant", async () => {
    const heatmap = await latestCapabilityByArea(await tenantCtx("board"));
    expect(heatmap.rows.map((r) => r.area.slug)).toEqual(["holme-wood", "keighley", "manningham-girlington"]);
    expect(heatmap.evaluationAreas.map((e) => e.name)).toEqual(DEFAULT_EVALUATION_AREAS.map((a) => a.name));
    const holmeWood = heatmap.rows[0]!;
    const cell = (name: string) => holmeWood.cells[heatmap.evaluationAreas.find((e) => e.name === name)!.id];
    expect(holmeWood.assessment).toMatchObject({ assessedOn: daysAgo(10), completeness: { complete: true } });
    expect(cell("Secure buy-in from the strategic partnership")).toEqual({ rating: "green", previous: "amber", movement: "improved" });
    expect(cell("A research & development partner")).toEqual({ rating: "amber", previous: "green", movement: "declined" });
    expect(cell("A backbone organisation")).toEqual({ rating: "green", previous: "green", movement: "unchanged" });
    expect(heatmap.rows[1]!.cells[heatmap.evaluationAreas[0]!.id]).toMatchObject({ rating: "amber", movement: "first" });
  });

  it("shows a co-ordinator only the areas they can read", async () => {
    const heatmap = await latestCapabilityByArea(await tenantCtx("coordinator-mg"));
    expect(heatmap.rows.map((r) => r.area.slug)).toEqual(["manningham-girlington"]);
  });

  it("puts the same ratings, the board-consented case study and this cycle's feedback in the pack and its CSV", async () => {
    const ctx = await tenantCtx("board");
    const pack = (await loadReviewPack(ctx, demo.bradford.areas["holme-wood"]!))!;
    const heatmap = await latestCapabilityByArea(ctx);
    const row = heatmap.rows.find((r) => r.area.slug === "holme-wood")!;
    expect(pack.capability.rows.map((r) => [r.name, r.rating, r.movement])).toEqual(heatmap.evaluationAreas.map((e) => [e.name, row.cells[e.id]!.rating, row.cells[e.id]!.movement]));
    expect(pack).toMatchObject({
      blueprint: { phase: 3, phaseName: "Deliver & Act" },
      focus: "Supporting children and young people vulnerable to crime and antisocial behaviour",
      statement: { state: "published", version: 1 },
      budget: { potPence: 1_500_000, awardedPence: 1_100_000, awards: 3 },
    });
    // Key indicators are the area dashboard's focus indicators, latest figure as the dashboard shows it (suppressed).
    const dashboard = await loadAreaIndicators(ctx, { id: demo.bradford.areas["holme-wood"]!, slug: "holme-wood", name: "Holme Wood" });
    expect(dashboard.focus.length).toBeGreaterThan(0);
    expect(pack.indicators?.map((f) => f.label)).toEqual(dashboard.focus.map((f) => f.indicator.name));
    for (const focus of dashboard.focus) {
      const latest = [...focus.trend].reverse().find((p) => p.area.value !== null);
      const printed = pack.indicators!.find((f) => f.label === focus.indicator.name)!;
      if (!latest) {
        expect(printed.value).toBe("No figures yet");
        continue;
      }
      expect(printed.value).toBe(typeof latest.area.value === "number" ? formatWithUnit(focus.indicator.unit, latest.area.value) : latest.area.value);
      expect(printed.detail).toContain(latest.period);
      const before = [...focus.trend].reverse().find((p) => p.area.value !== null && p !== latest);
      if (before?.area.value === "c") expect(printed.detail).toContain(`c in ${before.period}; `);
      if (before?.area.value === "c") expect(printed.detail).toContain("c: suppressed to protect small numbers");
    }
    // The hub's figures are the hub module's own totals for the area.
    const [reach] = await hubReachByArea(ctx, { areaIds: [demo.bradford.areas["holme-wood"]!] });
    const hubFigure = (label: string) => pack.hub?.find((f) => f.label === label)?.value;
    expect(reach!.thisAcademicYear.childrenSeen).toBeGreaterThan(0);
    expect(hubFigure("Children seen this academic year")).toBe(reach!.thisAcademicYear.childrenSeen.toLocaleString("en-GB"));
    expect(hubFigure("Sessions held this academic year")).toBe(reach!.thisAcademicYear.sessions.toLocaleString("en-GB"));
    expect(pack.caseStudies.shown.map((c) => c.title)).toEqual(["Friday evenings bring a Year 9 group back into school life"]);
    expect(pack.feedback.summaries.filter((s) => s.count).map((s) => [s.source, s.count])).toEqual([
      ["commissioner", 1],
      ["grant_recipient", 1],
      ["beneficiary", 1],
    ]);
    const csv = [toCsvLine([...CSV_COLUMNS]), ...packCsvRows(pack).map((r) => toCsvLine(r))].join("");
    expect(csv).toContain("Holme Wood,Capability analysis,A research & development partner,Amber,");
    expect(csv).toContain("Down from Green");
    expect(csv).toContain(`Holme Wood,Key indicators,${pack.indicators![0]!.label},`);
  });
});

describe("case studies", () => {
  const study = {
    ...hw,
    title: "Evening sessions",
    story: "A Year 9 group came back to school on Fridays.",
    whatItShows: "Youth work reaches those most at risk.",
    consentGivenBy: "The young people and their parents",
    consentScope: "board",
    consentOn: daysAgo(2),
    consentConfirmed: "on",
  };
  const count = () => db().caseStudy.count({ where: { partnershipId: demo.bradford.id } });

  it("catches a name before saving, naming the exact words, and saves nothing", async () => {
    const before = await count();
    const outcome = await call(createCaseStudyAction, demo.users.member!.id, { ...study, story: "Jack, aged 9, and Aisha Khan came back to school. Call 07700 900123." });
    expect(outcome).toMatchObject({
      status: "error",
      code: "validation",
      message: expect.stringContaining("“Jack, aged 9” (a name with an age), “Aisha Khan” (a person's name), “07700 900123” (a phone number)"),
      fieldErrors: { story: [expect.stringContaining("Take out “Jack, aged 9” (a name with an age): it can never be kept.")] },
    });
    expect(await count()).toBe(before);
  });

  it("saves once the author confirms a flagged word is not a person, and records the confirmation", async () => {
    const text = { ...study, story: "The Grace Smith fund paid for a Friday club at the community centre." };
    expect(await call(createCaseStudyAction, demo.users.member!.id, text)).toMatchObject({ status: "error", fieldErrors: { story: [expect.stringContaining("“Grace Smith”")] } });
    const saved = await call(createCaseStudyAction, demo.users.member!.id, { ...text, "notPersonal.0": "Grace Smith" });
    expect(saved).toMatchObject({ status: "redirect", to: expect.stringContaining("/review/case-studies/") });
    const row = await db().caseStudy.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, story: text.story } });
    expect(row).toMatchObject({ cycle: 1, createdById: demo.users.member!.id, confirmedTerms: [{ term: "Grace Smith", kind: "name", field: "story" }] });
    const audited = await db().auditEvent.findFirstOrThrow({ where: { action: "review.case_study.created", entityId: row.id } });
    expect(audited.after).toMatchObject({ confirmedTerms: [{ term: "Grace Smith" }] });
    // The audit log never keeps the story itself: it goes for good when consent is withdrawn.
    expect(JSON.stringify(audited.after)).not.toContain("community centre");
  });

  it("wants consent recorded, and links only to this area's action items, awards and hub services", async () => {
    expect(await call(createCaseStudyAction, coordinator(), { ...study, consentConfirmed: undefined })).toMatchObject({ status: "error", fieldErrors: { consentConfirmed: [expect.any(String)] } });
    const mgItem = await db().actionPlanItem.create({ data: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["manningham-girlington"]!, cycle: 1, title: "M&G item" } });
    const hwItem = await db().actionPlanItem.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } });
    const award = await db().award.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, round: { areaId: demo.bradford.areas["holme-wood"]! } } });
    expect(await call(createCaseStudyAction, coordinator(), { ...study, actionItemIds: [mgItem.id] })).toMatchObject({ status: "error", fieldErrors: { actionItemIds: [expect.any(String)] } });
    const hwService = await db().hubService.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, hub: { areaId: demo.bradford.areas["holme-wood"]! } } });
    const mgService = await db().hubService.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, hub: { areaId: demo.bradford.areas["manningham-girlington"]! } } });
    expect(await call(createCaseStudyAction, coordinator(), { ...study, hubServiceIds: [mgService.id] })).toMatchObject({ status: "error", fieldErrors: { hubServiceIds: [expect.any(String)] } });
    const linked = await call(createCaseStudyAction, coordinator(), { ...study, title: "Linked", actionItemIds: [hwItem.id], awardIds: [award.id], hubServiceIds: [hwService.id] });
    expect(linked).toMatchObject({ status: "redirect" });
    const row = await db().caseStudy.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Linked" }, include: { links: true } });
    expect(row.links.map((l) => l.kind).sort()).toEqual(["action_item", "award", "hub_service"]);
    const view = await getCaseStudy(await tenantCtx("coordinator"), demo.bradford.areas["holme-wood"]!, row.id);
    expect(view!.links.find((l) => l.kind === "hub_service")).toMatchObject({ id: hwService.id, label: expect.stringMatching(/\(.+\)$/) });
  });

  it("is deleted by the co-ordinator, never by a member or another area's co-ordinator", async () => {
    const row = await db().caseStudy.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, title: "Linked" } });
    expect(await call(deleteCaseStudyAction, demo.users.member!.id, { ...hw, caseStudyId: row.id })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(deleteCaseStudyAction, demo.users["coordinator-mg"]!.id, { partnership: "bradford", area: "manningham-girlington", caseStudyId: row.id })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(deleteCaseStudyAction, coordinator(), { ...hw, caseStudyId: row.id })).toMatchObject({ status: "redirect", to: expect.stringContaining("deleted=1") });
    expect(await db().caseStudyLink.count({ where: { partnershipId: demo.bradford.id, caseStudyId: row.id } })).toBe(0);
  });

  it("leaves out of the pack a case study whose consent does not reach the board", async () => {
    await call(createCaseStudyAction, coordinator(), { ...study, title: "Kept in the partnership", consentScope: "partnership" });
    const pack = (await loadReviewPack(await tenantCtx("board"), demo.bradford.areas["holme-wood"]!))!;
    expect(pack.caseStudies.shown.map((c) => c.title)).not.toContain("Kept in the partnership");
    expect(pack.caseStudies.withheld).toBe(1);
  });
});

describe("feedback, early impact, lessons and findings complete phases 4 and 5", () => {
  const scope = () => ({ partnershipId: kirkleesId, areaId: dewsburyId });

  it("wants feedback from a commissioner and from a recipient or beneficiary", async () => {
    await db().phaseState.update({ where: { partnershipId_areaId: scope() }, data: { currentPhase: 4 } });
    const fb = { ...dewsbury, receivedOn: daysAgo(3), comments: "Clear asks and good follow-up." };
    expect(await call(recordFeedbackAction, kirkleesCoordinator(), { ...fb, source: "commissioner", role: "Public health commissioner", rating: "4" })).toMatchObject({ status: "success", message: "Feedback from Public health commissioner saved." });
    expect((await snapshot(kirkleesId, dewsburyId)).review.feedback).toEqual({ commissioner: 1, grant_recipient: 0, beneficiary: 0, other: 0 });
    // A child's name as the role is refused.
    expect(await call(recordFeedbackAction, kirkleesCoordinator(), { ...fb, source: "beneficiary", role: "Oliwia Nowak" })).toMatchObject({ status: "error", fieldErrors: { role: [expect.stringContaining("“Oliwia Nowak”")] } });
    expect(await call(recordFeedbackAction, kirkleesCoordinator(), { ...fb, source: "beneficiary", role: "Parent of a Year 2 pupil" })).toMatchObject({ status: "success" });
    expect((await snapshot(kirkleesId, dewsburyId)).review.feedback).toMatchObject({ commissioner: 1, beneficiary: 1 });
  });

  it("counts early impact only with supporting evidence, and lessons of both kinds agreed with the board and the convening partnership", async () => {
    expect(await call(recordEarlyImpactAction, kirkleesCoordinator(), { ...dewsbury, statement: "Families know where to get help", "evidence.0.kind": "output", "evidence.0.description": "120 families used the directory" })).toMatchObject({ status: "success" });
    expect((await snapshot(kirkleesId, dewsburyId)).review.earlyImpact).toEqual({ statements: 1, supported: 1 });
    const lesson = { ...dewsbury, agreedWithBoard: "on", agreedWithConvening: "on" };
    await call(recordLessonAction, kirkleesCoordinator(), { ...lesson, kind: "worked_well", text: "Young people on the panel" });
    await call(recordLessonAction, kirkleesCoordinator(), { ...dewsbury, kind: "could_be_better", text: "Data arrived late", agreedWithBoard: "on" });
    expect((await snapshot(kirkleesId, dewsburyId)).review.lessons).toMatchObject({ workedWell: 1, agreedWorkedWell: 1, couldBeBetter: 1, agreedCouldBeBetter: 0 });
    await call(recordLessonAction, kirkleesCoordinator(), { ...lesson, kind: "could_be_better", text: "Start the hub sooner" });
    await call(recordLessonAction, kirkleesCoordinator(), { ...dewsbury, kind: "other_model", text: "Key workers in schools", modelName: "AllChild, Wigan" });
    expect((await snapshot(kirkleesId, dewsburyId)).review.lessons).toEqual({ workedWell: 1, couldBeBetter: 2, agreedWorkedWell: 1, agreedCouldBeBetter: 1, otherModels: 1 });
  });

  it("wants findings shared on the methodology and on the impact", async () => {
    const finding = { ...dewsbury, sharedOn: daysAgo(1), venue: "Kirklees board", audience: "Board members" };
    await call(recordFindingAction, kirkleesCoordinator(), { ...finding, about: "impact" });
    expect((await snapshot(kirkleesId, dewsburyId)).review.findings).toEqual({ methodology: 0, impact: 1 });
    expect(await call(recordFindingAction, kirkleesCoordinator(), { ...finding, about: "both", link: "javascript:alert(1)" })).toMatchObject({ status: "error", fieldErrors: { link: [expect.any(String)] } });
    await call(recordFindingAction, kirkleesCoordinator(), { ...finding, about: "both" });
    expect((await snapshot(kirkleesId, dewsburyId)).review.findings).toEqual({ methodology: 1, impact: 2 });
  });

  it("files records under the cycle they were made in: a new cycle starts with none", async () => {
    await db().phaseState.update({ where: { partnershipId_areaId: scope() }, data: { cycle: 2, currentPhase: 3 } });
    const fresh = await snapshot(kirkleesId, dewsburyId);
    expect(fresh.review).toMatchObject({ capability: [], caseStudies: 0, feedback: { commissioner: 0, beneficiary: 0 }, earlyImpact: { statements: 0 }, findings: { methodology: 0, impact: 0 } });
    await call(recordFeedbackAction, kirkleesCoordinator(), { ...dewsbury, source: "commissioner", role: "Commissioner", receivedOn: daysAgo(0), comments: "Cycle two" });
    expect(await db().feedback.findFirstOrThrow({ where: { partnershipId: kirkleesId, comments: "Cycle two" } })).toMatchObject({ cycle: 2 });
    expect((await snapshot(kirkleesId, dewsburyId)).review.feedback.commissioner).toBe(1);
  });

  it("deletes only this area's records, and only for the co-ordinator", async () => {
    const lesson = await db().lessonLearned.findFirstOrThrow({ where: { partnershipId: kirkleesId, text: "Data arrived late" } });
    const feedback = await db().feedback.findFirstOrThrow({ where: { partnershipId: kirkleesId, comments: "Cycle two" } });
    // A Bradford co-ordinator with his own area's claim finds nothing.
    expect(await call(deleteLearningAction, coordinator(), { ...hw, kind: "lesson", id: lesson.id })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(deleteFeedbackAction, coordinator(), { ...hw, feedbackId: feedback.id })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(deleteLearningAction, kirkleesCoordinator(), { ...dewsbury, kind: "lesson", id: lesson.id })).toMatchObject({ status: "success", message: "The lesson is deleted." });
    expect(await db().lessonLearned.count({ where: { partnershipId: kirkleesId, id: lesson.id } })).toBe(0);
  });
});

describe("who may do what", () => {
  it("lets members add case studies and feedback but not assessments, lessons or findings", async () => {
    const member = demo.users.member!.id;
    expect(await call(recordFeedbackAction, member, { ...hw, source: "beneficiary", role: "A parent", receivedOn: daysAgo(1), comments: "Thank you" })).toMatchObject({ status: "success" });
    for (const [action, fields] of [
      [createCapabilityAssessmentAction, { assessedOn: daysAgo(1), ...ratings() }],
      [createConditionAssessmentAction, { assessedOn: daysAgo(1) }],
      [recordLessonAction, { kind: "worked_well", text: "x" }],
      [recordFindingAction, { sharedOn: daysAgo(1), venue: "x", audience: "y", about: "impact" }],
      [recordEarlyImpactAction, { statement: "x", "evidence.0.kind": "output", "evidence.0.description": "y" }],
    ] as [FormAction<unknown>, Record<string, string>][]) {
      expect(await call(action, member, { ...hw, ...fields })).toMatchObject({ status: "error", code: "not_found" });
    }
  });

  it("lets the research partner keep the capability analysis and the collective-impact self-assessment", async () => {
    const research = demo.users.research!.id;
    const levels = { "level.common-agenda": "fully_in_place", "level.shared-measurement": "making_progress", "level.mutually-reinforcing-activities": "just_begun", "level.continuous-communication": "mostly_in_place", "level.backbone-support": "fully_in_place" };
    expect(await call(createConditionAssessmentAction, research, { ...hw, assessedOn: daysAgo(1), ...levels })).toMatchObject({ status: "success" });
    expect(await db().conditionAssessment.count({ where: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas["holme-wood"]! } })).toBe(2);
  });

  it("lets only partnership admins word the self-evaluation areas, and counts a new area in every assessment's completeness", async () => {
    const area = { partnership: "bradford", name: "Young people lead", description: "Young people shape decisions", redLooksLike: "Not involved", amberLooksLike: "Consulted", greenLooksLike: "Leading" };
    expect(await call(saveEvaluationAreaAction, coordinator(), area)).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(saveEvaluationAreaAction, demo.users.admin!.id, area)).toMatchObject({ status: "success", message: "Young people lead added." });
    const heatmap = await latestCapabilityByArea(await tenantCtx("board"));
    expect(heatmap.rows[0]!.assessment?.completeness).toMatchObject({ complete: false, missing: ["Young people lead"] });
    expect(await call(saveEvaluationAreaAction, demo.users.admin!.id, { ...area, key: "backbone", name: "A backbone organisation (convenor)" })).toMatchObject({ status: "success", message: "A backbone organisation (convenor) saved." });
    expect(await call(retireEvaluationAreaAction, demo.users.admin!.id, { partnership: "bradford", key: "young-people-lead" })).toMatchObject({ status: "success" });
    expect((await latestCapabilityByArea(await tenantCtx("board"))).rows[0]!.assessment?.completeness.complete).toBe(true);
  });
});

describe("across areas", () => {
  it("refuses another area's records to a co-ordinator acting from her own area, and changes nothing", async () => {
    const hwId = demo.bradford.areas["holme-wood"]!;
    const mg = { partnership: "bradford", area: "manningham-girlington" };
    const mgCoordinator = demo.users["coordinator-mg"]!.id;
    const assessment = await db().capabilityAssessment.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: hwId }, orderBy: { assessedOn: "asc" } });
    const conditions = await db().conditionAssessment.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, areaId: hwId } });
    const award = await db().award.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, round: { areaId: hwId } } });
    const counts = async () =>
      [await db().capabilityAssessment.count(), await db().capabilityRating.count(), await db().conditionAssessment.count(), await db().feedback.count(), await db().caseStudy.count()].join();
    const before = await counts();
    for (const [action, fields] of [
      [updateCapabilityAssessmentAction, { assessmentId: assessment.id, assessedOn: daysAgo(5), ...ratings() }],
      [deleteCapabilityAssessmentAction, { assessmentId: assessment.id }],
      [deleteLearningAction, { kind: "early_impact", id: assessment.id }],
    ] as [FormAction<unknown>, Record<string, string>][]) {
      expect(await call(action, mgCoordinator, { ...mg, ...fields })).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await call(deleteConditionAssessmentAction, mgCoordinator, { ...mg, assessmentId: conditions.id })).toMatchObject({ status: "error", code: "not_found" });
    // Feedback "about" another area's award is refused beside the field.
    expect(await call(recordFeedbackAction, mgCoordinator, { ...mg, source: "grant_recipient", awardId: award.id, role: "Project lead", receivedOn: daysAgo(1), comments: "Forged" })).toMatchObject({ status: "error", fieldErrors: { awardId: [expect.any(String)] } });
    // And every review action on Holme Wood's own claim is refused to her outright.
    for (const action of [createCapabilityAssessmentAction, createConditionAssessmentAction, createCaseStudyAction, recordFeedbackAction, recordEarlyImpactAction, recordLessonAction, recordFindingAction]) {
      expect(await call(action as FormAction<unknown>, mgCoordinator, { ...hw, assessedOn: daysAgo(1), ...ratings(), source: "commissioner", role: "x", comments: "x", receivedOn: daysAgo(1) })).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await counts()).toBe(before);
  });
});

