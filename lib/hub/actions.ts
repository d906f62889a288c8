"use server";

import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";
import { formatPounds } from "@/lib/money";
import { fullDate } from "@/lib/hub/dates";
import {
  allocationInput,
  budgetPlanInput,
  calendarYearInput,
  cancelOccurrenceInput,
  closureInput,
  contributionInput,
  hubInput,
  hubSpendInput,
  outputsInput,
  removeAllocationInput,
  removeClosureInput,
  removeContributionInput,
  removeServiceInput,
  removeSessionInput,
  removeSpokeInput,
  restoreOccurrenceInput,
  serviceInput,
  serviceTypeInput,
  sessionInput,
  spokeInput,
  updateAllocationInput,
  updateServiceInput,
  updateSessionInput,
} from "@/lib/hub/inputs";
import { addServiceType, addSpoke, createHub, removeSpoke, updateHub } from "@/lib/hub/services/hubs";
import { addService, removeService, updateService } from "@/lib/hub/services/services";
import { addSession, cancelOccurrence, removeSession, restoreOccurrence, updateSession } from "@/lib/hub/services/sessions";
import { saveOutputs } from "@/lib/hub/services/outputs";
import { addAllocation, addContribution, planHubBudget, recordHubSpend, removeAllocation, removeContribution, updateAllocation } from "@/lib/hub/services/budget";
import { addClosureDay, removeClosureDay, saveCalendarYear } from "@/lib/hub/services/calendar";

/** Hub figures show on the hub pages, the area's checklist and the partnership overview. */
const revalidate = (ctx: AreaActionContext) => [`/p/${ctx.partnershipSlug}`];
const write = { scope: "area", capability: "area.write", revalidate } as const;
const hubPath = (ctx: AreaActionContext) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/hub`;

export const createHubAction = defineAction({ ...write, name: "hub.create", input: hubInput, run: createHub, redirectTo: (ctx: AreaActionContext) => `${hubPath(ctx)}?created=1` });

export const updateHubAction = defineAction({ ...write, name: "hub.update", input: hubInput, run: updateHub, success: (r) => `${r.name} saved.` });

export const addSpokeAction = defineAction({ ...write, name: "hub.spoke.add", input: spokeInput, run: addSpoke, success: (r) => `${r.name} is now a spoke of the hub.` });

export const removeSpokeAction = defineAction({ ...write, name: "hub.spoke.remove", input: removeSpokeInput, run: removeSpoke, success: (r) => `${r.name} is no longer a spoke.` });

export const addServiceTypeAction = defineAction({ ...write, name: "hub.service_type.add", input: serviceTypeInput, run: addServiceType, success: (r) => `"${r.name}" added to the partnership's kinds of service.` });

export const addServiceAction = defineAction({
  ...write,
  name: "hub.service.add",
  input: serviceInput,
  run: addService,
  redirectTo: (ctx: AreaActionContext, r: { id: string }) => `${hubPath(ctx)}/services/${r.id}?added=1`,
});

export const updateServiceAction = defineAction({ ...write, name: "hub.service.update", input: updateServiceInput, run: updateService, success: (r) => `${r.name} saved.` });

export const removeServiceAction = defineAction({ ...write, name: "hub.service.remove", input: removeServiceInput, run: removeService, success: (r) => `${r.name} removed from the hub.` });

export const addSessionAction = defineAction({
  ...write,
  name: "hub.session.add",
  input: sessionInput,
  run: addSession,
  success: (r) => (r.kind === "weekly" ? `Weekly ${r.serviceName} session added to the timetable, in term time.` : `${r.serviceName} session added to the timetable.`),
});

export const updateSessionAction = defineAction({ ...write, name: "hub.session.update", input: updateSessionInput, run: updateSession, success: (r) => `${r.serviceName} session saved.` });

export const removeSessionAction = defineAction({ ...write, name: "hub.session.remove", input: removeSessionInput, run: removeSession, success: (r) => `${r.serviceName} session removed from the timetable.` });

export const cancelOccurrenceAction = defineAction({ ...write, name: "hub.session.cancel", input: cancelOccurrenceInput, run: cancelOccurrence, success: (r) => `${r.serviceName} on ${fullDate(r.date)} is cancelled.` });

export const restoreOccurrenceAction = defineAction({ ...write, name: "hub.session.restore", input: restoreOccurrenceInput, run: restoreOccurrence, success: (r) => `${r.serviceName} on ${fullDate(r.date)} is back on the timetable.` });

export const saveOutputsAction = defineAction({
  ...write,
  name: "hub.outputs.save",
  input: outputsInput,
  run: saveOutputs,
  success: (r) =>
    r.saved === 0 && r.cleared === 0
      ? "Nothing had changed: the outputs are as they were."
      : `Outputs saved for ${r.saved} session${r.saved === 1 ? "" : "s"}${r.cleared ? `; cleared for ${r.cleared}` : ""}.`,
});

export const planHubBudgetAction = defineAction({ ...write, name: "hub.budget.plan", input: budgetPlanInput, run: planHubBudget, success: (r) => `Hub budget saved: ${r.years} financial year${r.years === 1 ? "" : "s"} from ${r.from}.` });

export const addAllocationAction = defineAction({ ...write, name: "hub.allocation.add", input: allocationInput, run: addAllocation, success: (r) => `${formatPounds(r.amountPence)} allocated to ${r.category.toLowerCase()}.` });

export const updateAllocationAction = defineAction({ ...write, name: "hub.allocation.update", input: updateAllocationInput, run: updateAllocation, success: (r) => `Allocation to ${r.category.toLowerCase()} saved: ${formatPounds(r.amountPence)}.` });

export const removeAllocationAction = defineAction({ ...write, name: "hub.allocation.remove", input: removeAllocationInput, run: removeAllocation, success: (r) => `Allocation to ${r.category.toLowerCase()} removed.` });

export const recordHubSpendAction = defineAction({
  ...write,
  name: "hub.spend.record",
  input: hubSpendInput,
  run: recordHubSpend,
  success: (r) =>
    r.overspentPence > 0
      ? `${formatPounds(r.amountPence)} of spend recorded. ${r.category} is now ${formatPounds(r.overspentPence)} over what is allocated to it.`
      : `${formatPounds(r.amountPence)} of spend recorded.`,
});

export const addContributionAction = defineAction({ ...write, name: "hub.contribution.add", input: contributionInput, run: addContribution, success: (r) => `${formatPounds(r.valuePence)} from ${r.organisationName} recorded for ${r.year}.` });

export const removeContributionAction = defineAction({ ...write, name: "hub.contribution.remove", input: removeContributionInput, run: removeContribution, success: (r) => `The contribution from ${r.organisationName} is removed.` });

/** The school calendar is the partnership's: the service lets its co-ordinators and admins change it. */
const calendar = { scope: "partnership", capability: "partnership.read", revalidate: (ctx: TenantContext) => [`/p/${ctx.partnershipSlug}`] } as const;

export const saveCalendarYearAction = defineAction({ ...calendar, name: "hub.calendar.save", input: calendarYearInput, run: saveCalendarYear, success: (r) => `Term dates for ${r.label} saved.` });

export const addClosureDayAction = defineAction({ ...calendar, name: "hub.calendar.closure.add", input: closureInput, run: addClosureDay, success: (r) => `${fullDate(r.date)} added as a closure day.` });

export const removeClosureDayAction = defineAction({ ...calendar, name: "hub.calendar.closure.remove", input: removeClosureInput, run: removeClosureDay, success: (r) => `${fullDate(r.date)} is no longer a closure day.` });
