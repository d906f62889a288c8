import { db, type Db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { DEFAULT_EVALUATION_AREAS } from "@/lib/review/self-evaluation";
import type { EvaluationAreaInput } from "@/lib/review/inputs";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The partnership's self-evaluation areas for the capability analysis. Until a partnership
 * changes them they are the guide's six conditions to success; the rows are created on the
 * first write that needs them (idempotently, by key), so reads never write.
 */
export type EvaluationArea = {
  /** Null until the defaults are first written. */
  id: string | null;
  key: string;
  position: number;
  name: string;
  description: string;
  redLooksLike: string;
  amberLooksLike: string;
  greenLooksLike: string;
  retired: boolean;
};

const select = { id: true, key: true, position: true, name: true, description: true, redLooksLike: true, amberLooksLike: true, greenLooksLike: true, retiredAt: true } as const;

function defaults(): EvaluationArea[] {
  return DEFAULT_EVALUATION_AREAS.map((a, i) => ({ ...a, id: null, position: i + 1, retired: false }));
}

/** Every area, in use first and in order, then the retired ones (kept for their history). */
export async function listEvaluationAreas(client: Tx | Db, partnershipId: string): Promise<EvaluationArea[]> {
  const rows = await client.selfEvaluationArea.findMany({ where: { partnershipId }, orderBy: [{ position: "asc" }], select });
  if (rows.length === 0) return defaults();
  return rows.map(({ retiredAt, ...r }) => ({ ...r, retired: retiredAt !== null })).sort((a, b) => Number(a.retired) - Number(b.retired) || a.position - b.position);
}

export async function evaluationAreasFor(ctx: TenantContext): Promise<EvaluationArea[]> {
  return listEvaluationAreas(db(), ctx.partnershipId);
}

/** Creates the default areas for a partnership that has none yet; a second call, or a concurrent one, adds nothing. */
export async function ensureEvaluationAreas(tx: Tx, partnershipId: string): Promise<void> {
  const existing = await tx.selfEvaluationArea.count({ where: { partnershipId } });
  if (existing > 0) return;
  await tx.selfEvaluationArea.createMany({ data: defaults().map(({ id: _id, retired: _retired, ...a }) => ({ partnershipId, ...a })), skipDuplicates: true });
}

/** Renames and rewords an area, or adds a new one at the end (partnership admins). */
export async function saveEvaluationArea(ctx: TenantContext, input: EvaluationAreaInput): Promise<{ name: string; created: boolean }> {
  return db().$transaction(async (tx) => {
    await ensureEvaluationAreas(tx, ctx.partnershipId);
    const { key, ...text } = input;
    if (key) {
      const before = await tx.selfEvaluationArea.findUnique({ where: { partnershipId_key: { partnershipId: ctx.partnershipId, key } } });
      if (!before) throw notFoundError();
      const after = await tx.selfEvaluationArea.update({ where: { partnershipId_key: { partnershipId: ctx.partnershipId, key } }, data: text });
      await audit(tx, ctx, { action: "review.evaluation_area.updated", entityType: "SelfEvaluationArea", entityId: after.id, before, after });
      return { name: after.name, created: false };
    }
    const taken = new Set((await tx.selfEvaluationArea.findMany({ where: { partnershipId: ctx.partnershipId }, select: { key: true, position: true } })).map((a) => a.key));
    const base = slugify(input.name).slice(0, 50) || "area";
    let newKey = base;
    for (let n = 2; taken.has(newKey); n += 1) newKey = `${base}-${n}`;
    const last = await tx.selfEvaluationArea.aggregate({ where: { partnershipId: ctx.partnershipId }, _max: { position: true } });
    const created = await tx.selfEvaluationArea.create({ data: { partnershipId: ctx.partnershipId, key: newKey, position: (last._max.position ?? 0) + 1, ...text } });
    await audit(tx, ctx, { action: "review.evaluation_area.created", entityType: "SelfEvaluationArea", entityId: created.id, after: created });
    return { name: created.name, created: true };
  });
}

/** Retires an area (no longer rated; its history stays) or brings it back. At least one area stays in use. */
export async function setEvaluationAreaRetired(ctx: TenantContext, input: { key: string }, retired: boolean): Promise<{ name: string }> {
  return db().$transaction(async (tx) => {
    await ensureEvaluationAreas(tx, ctx.partnershipId);
    const where = { partnershipId_key: { partnershipId: ctx.partnershipId, key: input.key } };
    const before = await tx.selfEvaluationArea.findUnique({ where });
    if (!before) throw notFoundError();
    if (retired && before.retiredAt === null) {
      const inUse = await tx.selfEvaluationArea.count({ where: { partnershipId: ctx.partnershipId, retiredAt: null } });
      if (inUse <= 1) throw new AppError("conflict", "At least one self-evaluation area must stay in use.");
    }
    const after = await tx.selfEvaluationArea.update({ where, data: { retiredAt: retired ? (before.retiredAt ?? new Date()) : null } });
    await audit(tx, ctx, { action: retired ? "review.evaluation_area.retired" : "review.evaluation_area.restored", entityType: "SelfEvaluationArea", entityId: after.id, before, after });
    return { name: after.name };
  });
}
