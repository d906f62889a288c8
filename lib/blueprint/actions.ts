"use server";

import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import { advancePhase, advancePhaseInput } from "@/lib/blueprint/services/advance-phase";
import { attestInput, attestItem, waiveInput, waiveItem, withdrawAttestation, withdrawMarkInput, withdrawWaiver } from "@/lib/blueprint/services/checklist-marks";
import { nextCycleInput, startNextCycle } from "@/lib/blueprint/services/next-cycle";
import { conveningRolesInput, setConveningRoles } from "@/lib/blueprint/services/convening-roles";
import {
  addAsset,
  addBarrier,
  addGeographies,
  addOutcomeMeasure,
  addStakeholder,
  areaFocusInput,
  assetInput,
  barrierInput,
  geographyInput,
  outcomeMeasureInput,
  recordId,
  removeAreaRecord,
  saveAreaFocus,
  stakeholderInput,
} from "@/lib/blueprint/services/area-records";
import { addDecision, createMeeting, decisionInput, meetingInput, updateMeeting, updateMeetingInput } from "@/lib/blueprint/services/meetings";
import { addCandidatePriority, candidatePriorityInput, rankFocusPriorities, rankPrioritiesInput, removeCandidatePriority } from "@/lib/blueprint/services/priorities";
import { phaseName } from "@/lib/blueprint/phases";

/** Every blueprint change shows on the area's pages and on the partnership overview. */
const revalidate = (ctx: AreaActionContext) => [`/p/${ctx.partnershipSlug}`];
const write = { scope: "area", capability: "area.write", revalidate } as const;

export const advancePhaseAction = defineAction({ ...write, name: "blueprint.advance", input: advancePhaseInput, run: advancePhase, success: (r) => `Moved to phase ${r.phase}, ${phaseName(r.phase)}.` });
export const startNextCycleAction = defineAction({ ...write, name: "blueprint.next_cycle", input: nextCycleInput, run: startNextCycle, success: (r) => `Cycle ${r.cycle} started on "${r.focus}", back in Deliver & Act.` });
export const attestItemAction = defineAction({ ...write, name: "blueprint.attest", input: attestInput, run: attestItem, success: "Marked as done." });
export const withdrawAttestationAction = defineAction({ ...write, name: "blueprint.withdraw_attestation", input: withdrawMarkInput, run: withdrawAttestation, success: "Confirmation withdrawn." });
export const waiveItemAction = defineAction({ scope: "area", capability: "gate.waive", revalidate, name: "blueprint.waive", input: waiveInput, run: waiveItem, success: "Item waived. The reason is on the area's timeline." });
export const withdrawWaiverAction = defineAction({ scope: "area", capability: "gate.waive", revalidate, name: "blueprint.withdraw_waiver", input: withdrawMarkInput, run: withdrawWaiver, success: "Waiver withdrawn." });

export const saveConveningRolesAction = defineAction({ ...write, name: "blueprint.roles", input: conveningRolesInput, run: setConveningRoles, success: "Saved." });
export const saveAreaFocusAction = defineAction({ ...write, name: "blueprint.focus", input: areaFocusInput, run: saveAreaFocus, success: "Area of focus saved." });
export const addGeographiesAction = defineAction({ ...write, name: "blueprint.geography.add", input: geographyInput, run: addGeographies, success: (r) => `${r.added} code${r.added === 1 ? "" : "s"} added.` });
export const removeGeographyAction = defineAction({ ...write, name: "blueprint.geography.remove", input: recordId, run: (ctx: AreaActionContext, i: { id: string }) => removeAreaRecord(ctx, "areaGeography", "AreaGeography", "blueprint.geography.removed", i.id), success: "Code removed." });
export const addAssetAction = defineAction({ ...write, name: "blueprint.asset.add", input: assetInput, run: addAsset, success: "Added to the asset map." });
export const removeAssetAction = defineAction({ ...write, name: "blueprint.asset.remove", input: recordId, run: (ctx: AreaActionContext, i: { id: string }) => removeAreaRecord(ctx, "asset", "Asset", "blueprint.asset.removed", i.id), success: "Removed from the asset map." });
export const addOutcomeMeasureAction = defineAction({ ...write, name: "blueprint.outcome.add", input: outcomeMeasureInput, run: addOutcomeMeasure, success: "Outcome measure added." });
export const removeOutcomeMeasureAction = defineAction({ ...write, name: "blueprint.outcome.remove", input: recordId, run: (ctx: AreaActionContext, i: { id: string }) => removeAreaRecord(ctx, "outcomeMeasure", "OutcomeMeasure", "blueprint.outcome_measure.removed", i.id), success: "Outcome measure removed." });
export const addStakeholderAction = defineAction({ ...write, name: "blueprint.stakeholder.add", input: stakeholderInput, run: addStakeholder, success: "Added." });
export const removeStakeholderAction = defineAction({ ...write, name: "blueprint.stakeholder.remove", input: recordId, run: (ctx: AreaActionContext, i: { id: string }) => removeAreaRecord(ctx, "stakeholder", "Stakeholder", "blueprint.stakeholder.removed", i.id), success: "Removed." });
export const addBarrierAction = defineAction({ ...write, name: "blueprint.barrier.add", input: barrierInput, run: addBarrier, success: "Barrier added." });
export const removeBarrierAction = defineAction({ ...write, name: "blueprint.barrier.remove", input: recordId, run: (ctx: AreaActionContext, i: { id: string }) => removeAreaRecord(ctx, "barrier", "Barrier", "blueprint.barrier.removed", i.id), success: "Barrier removed." });

export const addPriorityAction = defineAction({ ...write, name: "blueprint.priority.add", input: candidatePriorityInput, run: addCandidatePriority, success: "Priority added to the candidates." });
export const rankPrioritiesAction = defineAction({ ...write, name: "blueprint.priority.rank", input: rankPrioritiesInput, run: rankFocusPriorities, success: "Focus priorities saved." });
export const removePriorityAction = defineAction({ ...write, name: "blueprint.priority.remove", input: recordId, run: (ctx: AreaActionContext, i: { id: string }) => removeCandidatePriority(ctx, i), success: "Priority removed." });

export const createMeetingAction = defineAction({ ...write, name: "blueprint.meeting.create", input: meetingInput, run: createMeeting, success: "Meeting saved." });
export const updateMeetingAction = defineAction({ ...write, name: "blueprint.meeting.update", input: updateMeetingInput, run: updateMeeting, success: "Meeting saved." });
export const addDecisionAction = defineAction({ ...write, name: "blueprint.decision.add", input: decisionInput, run: addDecision, success: "Decision recorded." });
