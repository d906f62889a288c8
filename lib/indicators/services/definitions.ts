import { db, type Tx } from "@/lib/db/client";
import { onceOnly } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { catalogueEntry } from "@/lib/indicators/catalogue";
import { adoptCatalogueIndicator } from "@/lib/indicators/services/adopt";
import type { DefineIndicatorInput, ThresholdInput, UpdateIndicatorInput } from "@/lib/indicators/definition-inputs";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The partnership's indicator definitions: adopted from the national catalogue or its own.
 * Partnership-wide, so only a partnership-wide grant of `evaluation.write` changes them
 * (a threshold applies to every area's figures); co-ordinators adopt catalogue indicators
 * through their areas' outcome measures (outcome-links.ts).
 */
type Adopted = { id: string; code: string; name: string; created: boolean };

/** Adopts a catalogue indicator on `tx`, auditing it when it is new to the partnership. */
export async function adoptWithAudit(tx: Tx, ctx: TenantContext, code: string, at: { areaId?: string; field?: string } = {}): Promise<Adopted> {
  const entry = catalogueEntry(code);
  if (!entry) throw validationError({ [at.field ?? "code"]: ["Choose an indicator from the national catalogue"] });
  const before = await tx.indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: ctx.partnershipId, code } }, select: { id: true, name: true } });
  if (before) return { id: before.id, code, name: before.name, created: false };
  const adopted = (await adoptCatalogueIndicator(tx, ctx.partnershipId, code))!;
  const after = await tx.indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: adopted.id } } });
  // Adopted by another request a moment ago: that request audited it.
  if (!adopted.created) return { id: after.id, code, name: after.name, created: false };
  await audit(tx, ctx, { action: "indicators.definition.adopted", entityType: "IndicatorDefinition", entityId: after.id, areaId: at.areaId ?? null, after });
  return { id: after.id, code, name: after.name, created: true };
}

export async function adoptIndicator(ctx: TenantContext, input: { code: string }): Promise<{ code: string; name: string }> {
  return db().$transaction(async (tx) => {
    const adopted = await adoptWithAudit(tx, ctx, input.code);
    if (!adopted.created) throw validationError({ code: [`${adopted.name} is already one of the partnership's indicators`] });
    return { code: adopted.code, name: adopted.name };
  });
}

export async function defineIndicator(ctx: TenantContext, input: DefineIndicatorInput): Promise<{ code: string; name: string }> {
  if (catalogueEntry(input.code)) throw validationError({ code: [`${input.code} is the national catalogue's code for ${catalogueEntry(input.code)!.name}: adopt it from the catalogue instead, or choose another code`] });
  const taken = (name = input.name) => validationError({ code: [`The partnership already has an indicator with the code ${input.code}: ${name}`] });
  const create = () =>
    db().$transaction(async (tx) => {
      const clash = await tx.indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId: ctx.partnershipId, code: input.code } }, select: { name: true } });
      if (clash) throw taken(clash.name);
      const after = await tx.indicatorDefinition.create({ data: { partnershipId: ctx.partnershipId, ...input } });
      await audit(tx, ctx, { action: "indicators.definition.created", entityType: "IndicatorDefinition", entityId: after.id, after });
      return { code: after.code, name: after.name };
    });
  // Defined by another request a moment ago: the same message, with the name this form gave it.
  return onceOnly(create, () => taken());
}

async function lockDefinition(tx: Tx, ctx: TenantContext, indicatorId: string) {
  const before = await tx.indicatorDefinition.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: indicatorId } } });
  if (!before) throw notFoundError();
  return before;
}

/** The partnership's own indicators only: a catalogue indicator keeps the catalogue's wording. */
export async function updateIndicator(ctx: TenantContext, input: UpdateIndicatorInput): Promise<{ name: string }> {
  return db().$transaction(async (tx) => {
    const before = await lockDefinition(tx, ctx, input.indicatorId);
    if (before.catalogueCode) throw validationError({ _form: ["This indicator comes from the national catalogue: its name, description, source and polarity are the catalogue's. Only its suppression threshold can be changed here."] });
    const { indicatorId: _id, ...data } = input;
    const after = await tx.indicatorDefinition.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } }, data });
    await audit(tx, ctx, { action: "indicators.definition.updated", entityType: "IndicatorDefinition", entityId: before.id, before, after });
    return { name: after.name };
  });
}

export async function setSuppressionThreshold(ctx: TenantContext, input: ThresholdInput): Promise<{ name: string; threshold: number }> {
  return db().$transaction(async (tx) => {
    const before = await lockDefinition(tx, ctx, input.indicatorId);
    const after = await tx.indicatorDefinition.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } }, data: { suppressionThreshold: input.suppressionThreshold } });
    await audit(tx, ctx, {
      action: "indicators.definition.threshold_changed",
      entityType: "IndicatorDefinition",
      entityId: before.id,
      before: { suppressionThreshold: before.suppressionThreshold },
      after: { suppressionThreshold: after.suppressionThreshold },
    });
    return { name: after.name, threshold: after.suppressionThreshold };
  });
}
