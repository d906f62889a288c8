import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Use at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`).optional().transform((v) => v || null);
export const recordId = z.object({ id: z.string().uuid() });

/** Runs a change to one area's records with its audit row, in one transaction. */
export async function change<T>(ctx: AreaActionContext, action: string, entityType: string, work: (tx: Tx) => Promise<{ id: string; before?: unknown; after?: unknown; result: T }>): Promise<T> {
  return db().$transaction(async (tx) => {
    const out = await work(tx);
    await audit(tx, ctx, { action, entityType, entityId: out.id, areaId: ctx.area.id, before: out.before, after: out.after });
    return out.result;
  });
}

// ── Area of focus ─────────────────────────────────────────────────────────────
export const areaFocusInput = z.object({
  focusType: z.enum(["town", "ward", "estate", "school_cluster", "deprivation_led"], { message: "Choose what kind of area this is" }),
  description: text(4000, "Describe the area of focus"),
});

export async function saveAreaFocus(ctx: AreaActionContext, input: z.output<typeof areaFocusInput>): Promise<void> {
  const key = { partnershipId_areaId: { partnershipId: ctx.partnershipId, areaId: ctx.area.id } };
  await change(ctx, "blueprint.focus.saved", "AreaFocus", async (tx) => {
    const before = await tx.areaFocus.findUnique({ where: key });
    const after = await tx.areaFocus.upsert({ where: key, create: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...input }, update: input });
    return { id: ctx.area.id, before, after, result: undefined };
  });
}

// ── Geography codes ───────────────────────────────────────────────────────────
const GEOGRAPHY_PATTERNS: Record<string, { pattern: RegExp; example: string }> = {
  lsoa: { pattern: /^[EW]01\d{6}$/, example: "E01010568" },
  msoa: { pattern: /^[EW]02\d{6}$/, example: "E02002183" },
  ward: { pattern: /^[EW]05\d{6}$/, example: "E05001346" },
  la: { pattern: /^E0[6-9]\d{6}$/, example: "E08000032" },
  school: { pattern: /^\d{6,7}$/, example: "107300" },
};

export const geographyInput = z
  .object({
    type: z.enum(["lsoa", "ward", "msoa", "la", "school"], { message: "Choose the kind of code" }),
    codes: z.string().trim().min(1, "Enter at least one code").max(20_000),
  })
  .transform(({ type, codes }, context) => {
    const list = [...new Set(codes.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))];
    const { pattern, example } = GEOGRAPHY_PATTERNS[type]!;
    const bad = list.filter((c) => !pattern.test(c));
    if (bad.length) context.addIssue({ code: "custom", path: ["codes"], message: `Not a ${type.toUpperCase()} code: ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? "…" : ""} (they look like ${example})` });
    if (list.length > 500) context.addIssue({ code: "custom", path: ["codes"], message: "Add at most 500 codes at a time" });
    return { type, codes: list };
  });

export async function addGeographies(ctx: AreaActionContext, input: z.output<typeof geographyInput>): Promise<{ added: number }> {
  return change(ctx, "blueprint.geography.added", "AreaGeography", async (tx) => {
    const created = await tx.areaGeography.createMany({
      data: input.codes.map((code) => ({ partnershipId: ctx.partnershipId, areaId: ctx.area.id, type: input.type, code })),
      skipDuplicates: true,
    });
    return { id: ctx.area.id, after: input, result: { added: created.count } };
  });
}

export async function removeGeography(ctx: AreaActionContext, input: z.output<typeof recordId>): Promise<void> {
  await removeAreaRecord(ctx, "areaGeography", "AreaGeography", "blueprint.geography.removed", input.id);
}

// ── Assets and allies ─────────────────────────────────────────────────────────
export const assetInput = z.object({
  name: text(200, "Enter the asset's or ally's name"),
  type: z.enum(["school", "early_years", "vcse", "residents", "service", "other"], { message: "Choose a type" }),
  contact: optionalText(300),
  notes: optionalText(2000),
});

export async function addAsset(ctx: AreaActionContext, input: z.output<typeof assetInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.asset.added", "Asset", async (tx) => {
    const after = await tx.asset.create({ data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...input } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

// ── Monitoring & evaluation plan ──────────────────────────────────────────────
export const outcomeMeasureInput = z.object({
  name: text(200, "Name the outcome measure"),
  description: optionalText(2000),
});

export async function addOutcomeMeasure(ctx: AreaActionContext, input: z.output<typeof outcomeMeasureInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.outcome_measure.added", "OutcomeMeasure", async (tx) => {
    const after = await tx.outcomeMeasure.create({ data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...input } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

// ── People, places, projects and organisations; barriers ─────────────────────
export const stakeholderInput = z.object({
  kind: z.enum(["person", "place", "project", "organisation"], { message: "Choose person, place, project or organisation" }),
  name: text(200, "Enter a name"),
  notes: optionalText(2000),
});

export async function addStakeholder(ctx: AreaActionContext, input: z.output<typeof stakeholderInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.stakeholder.added", "Stakeholder", async (tx) => {
    const after = await tx.stakeholder.create({ data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...input } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

export const barrierInput = z.object({
  description: text(2000, "Describe the barrier"),
  needed: text(2000, "Say which permissions or resources would overcome it"),
});

export async function addBarrier(ctx: AreaActionContext, input: z.output<typeof barrierInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.barrier.added", "Barrier", async (tx) => {
    const after = await tx.barrier.create({ data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...input } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

// ── Removing a listed record ─────────────────────────────────────────────────
type ListModel = "areaGeography" | "asset" | "outcomeMeasure" | "stakeholder" | "barrier";

/** Deletes one record of this area; an id of another area or tenant is simply not found. */
export async function removeAreaRecord(ctx: AreaActionContext, model: ListModel, entityType: string, action: string, id: string): Promise<void> {
  await change(ctx, action, entityType, async (tx) => {
    const where = { partnershipId: ctx.partnershipId, areaId: ctx.area.id, id };
    // Each delegate has the same findFirst/deleteMany shape for this where; TypeScript cannot unify the union of delegates.
    const delegate = tx[model] as unknown as {
      findFirst(args: { where: typeof where }): Promise<unknown>;
      deleteMany(args: { where: typeof where }): Promise<{ count: number }>;
    };
    const before = await delegate.findFirst({ where });
    if (!before) throw notFoundError();
    await delegate.deleteMany({ where });
    return { id, before, result: undefined };
  });
}
