"use server";

import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";
import {
  assessmentRef,
  capabilityAssessmentInput,
  caseStudyInput,
  caseStudyRef,
  conditionAssessmentInput,
  earlyImpactInput,
  evaluationAreaInput,
  evaluationAreaRef,
  feedbackInput,
  feedbackRef,
  findingInput,
  learningRef,
  lessonInput,
} from "@/lib/review/inputs";
import { createCapabilityAssessment, deleteCapabilityAssessment, updateCapabilityAssessment, type SavedAssessment } from "@/lib/review/services/capability";
import { createConditionAssessment, deleteConditionAssessment } from "@/lib/review/services/conditions";
import { createCaseStudy, deleteCaseStudy } from "@/lib/review/services/case-studies";
import { deleteFeedback, recordFeedback } from "@/lib/review/services/feedback";
import { deleteLearning, recordEarlyImpact, recordFinding, recordLesson } from "@/lib/review/services/learning";
import { saveEvaluationArea, setEvaluationAreaRetired } from "@/lib/review/services/self-evaluation";
import { LESSON_KIND_LABELS } from "@/lib/review/labels";

/** Review records show on the area's pages, its checklist, its review pack and the partnership's heatmap. */
const revalidate = (ctx: TenantContext) => [`/p/${ctx.partnershipSlug}`];
/** Capability analysis and early impact: co-ordinators, and research partners who keep the evaluation framework. */
const evaluate = { scope: "area", capability: "evaluation.write", revalidate } as const;
/** Case studies and feedback: co-ordinators and members of the area. */
const contribute = { scope: "area", capability: "review.contribute", revalidate } as const;
/** Lessons, findings, and deleting what was recorded: the co-ordinator. */
const write = { scope: "area", capability: "area.write", revalidate } as const;

const assessed = (r: SavedAssessment) =>
  r.completeness.complete
    ? `Capability analysis of ${r.assessedOn} saved: all ${r.completeness.required} areas rated.`
    : `Capability analysis of ${r.assessedOn} saved, with ${r.completeness.rated} of ${r.completeness.required} areas rated. It counts for the checklist once ${r.completeness.missing.join(", ")} ${r.completeness.missing.length === 1 ? "is" : "are"} rated too.`;

const capabilityPage = (ctx: AreaActionContext, r: { id: string }) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/review/capability/${r.id}?saved=1`;

export const createCapabilityAssessmentAction = defineAction({ ...evaluate, name: "review.capability.create", input: capabilityAssessmentInput, run: createCapabilityAssessment, success: assessed, redirectTo: capabilityPage });
export const updateCapabilityAssessmentAction = defineAction({ ...evaluate, name: "review.capability.update", input: capabilityAssessmentInput, run: updateCapabilityAssessment, success: assessed });
export const deleteCapabilityAssessmentAction = defineAction({
  ...evaluate,
  name: "review.capability.delete",
  input: assessmentRef,
  run: deleteCapabilityAssessment,
  success: (r) => `The capability analysis of ${r.assessedOn} is deleted.`,
  redirectTo: (ctx: AreaActionContext) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/review/capability?deleted=1`,
});

export const createConditionAssessmentAction = defineAction({ ...evaluate, name: "review.conditions.create", input: conditionAssessmentInput, run: createConditionAssessment, success: (r) => `Collective-impact self-assessment of ${r.assessedOn} saved.` });
export const deleteConditionAssessmentAction = defineAction({ ...evaluate, name: "review.conditions.delete", input: assessmentRef, run: deleteConditionAssessment, success: (r) => `The self-assessment of ${r.assessedOn} is deleted.` });

export const createCaseStudyAction = defineAction({
  ...contribute,
  name: "review.case_study.create",
  input: caseStudyInput,
  run: createCaseStudy,
  redirectTo: (ctx: AreaActionContext, r: { id: string }) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/review/case-studies/${r.id}?saved=1`,
});
export const deleteCaseStudyAction = defineAction({
  ...write,
  name: "review.case_study.delete",
  input: caseStudyRef,
  run: deleteCaseStudy,
  redirectTo: (ctx: AreaActionContext) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/review/case-studies?deleted=1`,
});

export const recordFeedbackAction = defineAction({ ...contribute, name: "review.feedback.record", input: feedbackInput, run: recordFeedback, success: (r) => `Feedback from ${r.from} saved.` });
export const deleteFeedbackAction = defineAction({ ...write, name: "review.feedback.delete", input: feedbackRef, run: deleteFeedback, success: (r) => `Feedback from ${r.from} deleted.` });

export const recordEarlyImpactAction = defineAction({ ...evaluate, name: "review.early_impact.record", input: earlyImpactInput, run: recordEarlyImpact, success: "Early impact saved." });
export const recordLessonAction = defineAction({ ...write, name: "review.lesson.record", input: lessonInput, run: recordLesson, success: (r) => `Lesson saved: ${LESSON_KIND_LABELS[r.kind].toLowerCase()}.` });
export const recordFindingAction = defineAction({ ...write, name: "review.finding.record", input: findingInput, run: recordFinding, success: (r) => `Recorded: findings shared at ${r.venue}.` });
export const deleteLearningAction = defineAction({ ...write, name: "review.learning.delete", input: learningRef, run: deleteLearning, success: (r) => `${r.what} is deleted.` });

/** Partnership admins word the self-evaluation areas the capability analysis rates. */
const manage = { scope: "partnership", capability: "partnership.manage", revalidate } as const;

export const saveEvaluationAreaAction = defineAction({ ...manage, name: "review.evaluation_area.save", input: evaluationAreaInput, run: saveEvaluationArea, success: (r) => (r.created ? `${r.name} added.` : `${r.name} saved.`) });
export const retireEvaluationAreaAction = defineAction({ ...manage, name: "review.evaluation_area.retire", input: evaluationAreaRef, run: (ctx: TenantContext, input: { key: string }) => setEvaluationAreaRetired(ctx, input, true), success: (r) => `${r.name} is no longer rated; its past ratings stay.` });
export const restoreEvaluationAreaAction = defineAction({ ...manage, name: "review.evaluation_area.restore", input: evaluationAreaRef, run: (ctx: TenantContext, input: { key: string }) => setEvaluationAreaRetired(ctx, input, false), success: (r) => `${r.name} is rated again.` });
