import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError } from "@/lib/errors";
import { findItem, templateFor, type ChecklistItem } from "@/lib/blueprint/template";
import { lockPhaseState } from "@/lib/blueprint/services/phase-state";
import type { AreaActionContext } from "@/lib/action/define-action";

const itemKey = z.string().trim().min(1).max(100);
const httpsUrl = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), "Enter a web address starting with https://");

export const attestInput = z.object({
  itemKey,
  note: z.string().trim().min(3, "Say briefly how this was done").max(2000, "Use at most 2,000 characters"),
  evidenceUrl: httpsUrl,
});
export const waiveInput = z.object({ itemKey, reason: z.string().trim().min(10, "Write the reason for the waiver (at least 10 characters)").max(2000, "Use at most 2,000 characters") });
export const withdrawMarkInput = z.object({ itemKey });

type Mark = "attest" | "waive";

/** The item in the area's template, in this cycle; it must be of a phase the area has reached. */
async function markable(tx: Tx, ctx: AreaActionContext, key: string, mark: Mark): Promise<{ item: ChecklistItem; cycle: number }> {
  const state = await lockPhaseState(tx, { partnershipId: ctx.partnershipId, areaId: ctx.area.id });
  const item = findItem(templateFor(state.templateVersion), key);
  if (!item) throw notFoundError();
  if (mark === "attest" && item.kind !== "attested") throw new AppError("conflict", "This item is worked out from the area's records and cannot be ticked by hand.");
  if (mark === "waive" && !item.required) throw new AppError("conflict", "Only required items can be waived.");
  if (item.phase > state.currentPhase) throw new AppError("conflict", "This item belongs to a later phase: it can be marked once the area gets there.");
  return { item, cycle: state.cycle };
}

async function write(ctx: AreaActionContext, key: string, mark: Mark, data: Record<string, unknown> | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const { item, cycle } = await markable(tx, ctx, key, mark);
    const unique = { partnershipId_areaId_cycle_itemKey: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, cycle, itemKey: item.key } };
    const before = await tx.checklistItemState.findUnique({ where: unique });
    const fields =
      mark === "attest"
        ? data
          ? { attestedById: ctx.userId, attestedAt: new Date(), note: data.note as string, evidenceUrl: data.evidenceUrl as string | null }
          : { attestedById: null, attestedAt: null, note: null, evidenceUrl: null }
        : data
          ? { waivedById: ctx.userId, waivedAt: new Date(), waiverReason: data.reason as string }
          : { waivedById: null, waivedAt: null, waiverReason: null };
    if (!data && !(mark === "attest" ? before?.attestedAt : before?.waivedAt)) throw new AppError("conflict", "There is nothing to withdraw: it has already been withdrawn.");
    const after = await tx.checklistItemState.upsert({
      where: unique,
      create: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, cycle, itemKey: item.key, ...fields },
      update: fields,
    });
    const action = `blueprint.item.${mark === "attest" ? (data ? "attested" : "attestation_withdrawn") : data ? "waived" : "waiver_withdrawn"}`;
    await audit(tx, ctx, { action, entityType: "ChecklistItemState", entityId: item.key, areaId: ctx.area.id, before, after: { ...after, item: item.title, cycle } });
  });
}

export const attestItem = (ctx: AreaActionContext, input: z.output<typeof attestInput>) => write(ctx, input.itemKey, "attest", input);
export const withdrawAttestation = (ctx: AreaActionContext, input: z.output<typeof withdrawMarkInput>) => write(ctx, input.itemKey, "attest", null);
export const waiveItem = (ctx: AreaActionContext, input: z.output<typeof waiveInput>) => write(ctx, input.itemKey, "waive", input);
export const withdrawWaiver = (ctx: AreaActionContext, input: z.output<typeof withdrawMarkInput>) => write(ctx, input.itemKey, "waive", null);
