import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import type { FeedbackSource } from "@/lib/generated/prisma/enums";

/**
 * What the phase 4 and 5 checklist reads about an area's review work in the current cycle
 * (loaded by lib/review/services/checklist-records.ts into `AreaSnapshot.review`), and the
 * rules that judge it. Pure: the gate calls these through lib/blueprint/rules.ts.
 */
export type ReviewRecords = {
  /** This cycle's capability assessments, newest first, with the active self-evaluation areas each leaves unrated. */
  capability: { assessedOn: string; unrated: string[] }[];
  caseStudies: number;
  /** This cycle's feedback, by who gave it. */
  feedback: Record<FeedbackSource, number>;
  /** Early-impact statements, and how many of them cite an indicator movement or an output. */
  earlyImpact: { statements: number; supported: number };
  /** Lessons of what worked well and what could have worked better, and how many of each were agreed with both the board and the convening partnership. */
  lessons: { workedWell: number; couldBeBetter: number; agreedWorkedWell: number; agreedCouldBeBetter: number; otherModels: number };
  /** Findings shared, by what they were about ("both" counts for each). */
  findings: { methodology: number; impact: number };
};

export function emptyReviewRecords(): ReviewRecords {
  return {
    capability: [],
    caseStudies: 0,
    feedback: { commissioner: 0, grant_recipient: 0, beneficiary: 0, other: 0 },
    earlyImpact: { statements: 0, supported: 0 },
    lessons: { workedWell: 0, couldBeBetter: 0, agreedWorkedWell: 0, agreedCouldBeBetter: 0, otherModels: 0 },
    findings: { methodology: 0, impact: 0 },
  };
}

type Result = { met: boolean; detail: string };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const listed = (parts: string[]) => (parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);

export const REVIEW_RULES: Record<string, (s: AreaSnapshot) => Result> = {
  /** A complete assessment in this cycle: every self-evaluation area in use rated. An incomplete one does not count. */
  capabilityAnalysed: ({ review }) => {
    const complete = review.capability.find((a) => a.unrated.length === 0);
    if (complete) return { met: true, detail: `Every self-evaluation area rated in the assessment of ${complete.assessedOn}` };
    const latest = review.capability[0];
    if (!latest) return { met: false, detail: "No capability analysis in this cycle yet" };
    return { met: false, detail: `The assessment of ${latest.assessedOn} still needs a rating for ${listed(latest.unrated)}` };
  },
  caseStudiesCollected: ({ review }) =>
    review.caseStudies > 0 ? { met: true, detail: `${plural(review.caseStudies, "case study", "case studies")} with consent recorded` } : { met: false, detail: "No case study in this cycle yet" },
  /**
   * The guide asks for feedback "from commissioners, community budget recipients/beneficiaries":
   * at least one commissioner, and at least one recipient or beneficiary, in this cycle.
   */
  feedbackCollected: ({ review }) => {
    const { commissioner, grant_recipient, beneficiary } = review.feedback;
    const community = grant_recipient + beneficiary;
    const missing = [commissioner === 0 && "a commissioner", community === 0 && "a community budget recipient or beneficiary"].filter((x): x is string => Boolean(x));
    if (missing.length) return { met: false, detail: `Still needs feedback from ${missing.join(" and from ")}` };
    return { met: true, detail: `From ${plural(commissioner, "commissioner")}, ${plural(grant_recipient, "community budget recipient")} and ${plural(beneficiary, "beneficiary", "beneficiaries")}` };
  },
  earlyImpactCollated: ({ review }) => {
    const { statements, supported } = review.earlyImpact;
    if (supported > 0) return { met: true, detail: `${plural(supported, "early-impact statement")} supported by indicator movements or outputs` };
    return { met: false, detail: statements > 0 ? `${plural(statements, "statement")} of early impact, none yet supported by an indicator movement or an output` : "No early impact collated in this cycle yet" };
  },
  /** At least one lesson of each kind (worked well, could have worked better) agreed with both the board and the convening partnership. */
  lessonsLearned: ({ review }) => {
    const l = review.lessons;
    const missing = [l.agreedWorkedWell === 0 && "what worked well", l.agreedCouldBeBetter === 0 && "what could have worked better"].filter((x): x is string => Boolean(x));
    if (!missing.length) return { met: true, detail: `${plural(l.agreedWorkedWell + l.agreedCouldBeBetter, "lesson")} agreed with the board and the convening partnership` };
    const unagreed = l.workedWell + l.couldBeBetter - l.agreedWorkedWell - l.agreedCouldBeBetter;
    return { met: false, detail: `Still needs a lesson on ${missing.join(" and one on ")}, agreed with the board and the convening partnership${unagreed ? ` (${plural(unagreed, "lesson")} not yet agreed with both)` : ""}` };
  },
  findingsShared: ({ review }) => {
    const { methodology, impact } = review.findings;
    const missing = [methodology === 0 && "the methodology", impact === 0 && "the impact"].filter((x): x is string => Boolean(x));
    return missing.length ? { met: false, detail: `No findings shared on ${missing.join(" or on ")} in this cycle yet` } : { met: true, detail: "Findings shared on the methodology and on the impact" };
  },
  otherModelsLearned: ({ review }) =>
    review.lessons.otherModels > 0
      ? { met: true, detail: `${plural(review.lessons.otherModels, "lesson")} from other place-based models recorded` }
      : { met: false, detail: "No lesson from another place-based model recorded in this cycle yet" },
};
