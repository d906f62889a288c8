"use server";

import { z } from "zod";
import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import { assignPanellistInput, declareConflictInput, scoresInput } from "@/lib/budget/inputs";
import { assignPanellist, declareConflict, saveScores } from "@/lib/budget/services/panel";
import { applicationFields, grantReportInput } from "@/lib/budget/inputs";
import { recordGrantReport } from "@/lib/budget/services/after-award";
import { submitPublicApplication } from "@/lib/budget/services/public-applications";
import { applicationInput, awardInput, declineInput, moveRoundInput, potInput, roundInput, spendInput, updatePotInput, withdrawInput } from "@/lib/budget/inputs";
import { createPot, updatePot } from "@/lib/budget/services/pots";
import { createRound, moveRound, setPublicListing } from "@/lib/budget/services/rounds";
import { addApplication, withdrawApplication } from "@/lib/budget/services/applications";
import { declineApplication, recordAward, recordSpend } from "@/lib/budget/services/awards";
import { ticked } from "@/lib/forms/inputs";
import { formatPounds } from "@/lib/money";

/** Budget figures show on the budget pages, the area's checklist and the partnership overview. */
const revalidate = (ctx: AreaActionContext) => [`/p/${ctx.partnershipSlug}`];
const write = { scope: "area", capability: "area.write", revalidate } as const;

export const createPotAction = defineAction({ ...write, name: "budget.pot.create", input: potInput, run: createPot, success: (r) => `Pot for ${r.label} added.` });

export const updatePotAction = defineAction({ ...write, name: "budget.pot.update", input: updatePotInput, run: updatePot, success: (r) => `Pot for ${r.label} saved.` });

export const createRoundAction = defineAction({
  ...write,
  name: "budget.round.create",
  input: roundInput,
  run: createRound,
  redirectTo: (ctx: AreaActionContext, r: { id: string }) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/budget/rounds/${r.id}`,
});

/** The move's own button goes away with the step it made, so the page itself says what happened. */
export const moveRoundAction = defineAction({
  ...write,
  name: "budget.round.move",
  input: moveRoundInput,
  run: moveRound,
  redirectTo: (ctx: AreaActionContext, r: { roundId: string; status: string }) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/budget/rounds/${r.roundId}?moved=${r.status}`,
});

export const setPublicListingAction = defineAction({
  ...write,
  name: "budget.round.listing",
  input: z.object({ roundId: z.string().uuid(), listed: z.preprocess(ticked, z.boolean()) }),
  run: setPublicListing,
  success: (r) => (r.listed ? "Its awards are now listed on the area's public page." : "Its awards are no longer listed publicly."),
});

export const addApplicationAction = defineAction({ ...write, name: "budget.application.add", input: applicationInput, run: addApplication, success: (r) => `Application from ${r.organisationName} added.` });

export const withdrawApplicationAction = defineAction({ ...write, name: "budget.application.withdraw", input: withdrawInput, run: withdrawApplication, success: (r) => `The application from ${r.organisationName} is withdrawn.` });

export const recordAwardAction = defineAction({ ...write, name: "budget.award.record", input: awardInput, run: recordAward, success: (r) => `${formatPounds(r.amountPence)} awarded to ${r.organisationName}.` });

export const declineApplicationAction = defineAction({ ...write, name: "budget.application.decline", input: declineInput, run: declineApplication, success: (r) => `Recorded why ${r.organisationName} was not funded.` });

export const recordSpendAction = defineAction({ ...write, name: "budget.spend.record", input: spendInput, run: recordSpend, success: (r) => `${formatPounds(r.amountPence)} of spend recorded.` });

export const assignPanellistAction = defineAction({ ...write, name: "budget.panel.assign", input: assignPanellistInput, run: assignPanellist, success: (r) => `${r.name} is on the panel.` });

/** Panellists act on the panel with read access to the area; the service checks they are on this round's panel. */
const panel = { scope: "area", capability: "area.read", revalidate } as const;

export const declareConflictAction = defineAction({
  ...panel,
  name: "budget.panel.declare",
  input: declareConflictInput,
  run: declareConflict,
  success: (r) => (r.conflicted ? `Conflict recorded: you will not score ${r.organisationName}.` : `No conflict recorded: you can score ${r.organisationName} now.`),
});

export const submitScoresAction = defineAction({
  ...panel,
  name: "budget.panel.score",
  input: scoresInput,
  run: (ctx: AreaActionContext, input: { applicationId: string; scores: Record<string, number>; comment: string | null }) => saveScores(ctx, { ...input, submit: true }),
  success: (r) => `Your scores for ${r.organisationName} are submitted.`,
});

/** The public application form (/apply/<token>): no sign-in; the service finds the round by its token. */
export const submitPublicApplicationAction = defineAction({
  scope: "public",
  name: "budget.application.public",
  input: applicationFields.extend({ token: z.string().min(1).max(100) }),
  run: submitPublicApplication,
  success: (r) =>
    `${r.alreadyReceived ? `The ${r.areaName} convening partnership already has this application, so it was not sent twice.` : `Thank you: your application has reached the ${r.areaName} convening partnership.`} ` +
    `Your reference is ${r.reference}: quote it if you contact the co-ordinator.`,
});

export const recordGrantReportAction = defineAction({ ...write, name: "budget.grant_report.record", input: grantReportInput, run: recordGrantReport, success: (r) => `Progress report from ${r.organisationName} saved.` });
