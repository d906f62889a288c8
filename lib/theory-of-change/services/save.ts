import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { readTheoryContent, type TheoryContent } from "@/lib/theory-of-change/content";
import { theoryCompleteness } from "@/lib/theory-of-change/completeness";
import type { TheoryFormInput } from "@/lib/theory-of-change/form-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/context";
import type { AreaActionContext } from "@/lib/action/define-action";

export type SavedTheory = { changed: boolean; number: number; missing: string[] };

type Target = { theoryId: string | null; create: Prisma.TheoryOfChangeUncheckedCreateInput; cycle: number | null; areaId: string | null };

function staleVersion(): AppError {
  return new AppError(
    "conflict",
    "Someone saved a new version of this theory of change after you opened it, so nothing was saved. What you typed is still in the form: copy what you need, reload the page to see the latest version, then add your changes again.",
  );
}

/**
 * Saves a new version: versions are never changed (a trigger refuses it), so every save
 * appends one, numbered after the version the writer started from. A save from an older
 * version is refused; one that changes nothing writes nothing. After the first version,
 * each version says what changed and why, as the phase 5 refinement asks.
 */
async function appendVersion(tx: Tx, ctx: TenantContext, target: Target, input: TheoryFormInput): Promise<SavedTheory> {
  const theoryId = target.theoryId ?? (await tx.theoryOfChange.create({ data: target.create, select: { id: true } })).id;
  const latest = await tx.theoryOfChangeVersion.findFirst({
    where: { partnershipId: ctx.partnershipId, theoryId },
    orderBy: { number: "desc" },
    select: { number: true, content: true },
  });
  const latestNumber = latest?.number ?? 0;
  if (latestNumber !== input.baseVersion) throw staleVersion();
  const content: TheoryContent = input.content;
  const missing = theoryCompleteness(content).missing;
  // Both sides come out of the same zod schema, so equal documents serialise alike.
  if (latest && JSON.stringify(readTheoryContent(latest.content)) === JSON.stringify(content)) return { changed: false, number: latestNumber, missing };
  if (latest && input.changeNote === "") {
    throw validationError({ changeNote: ["Say what changed and why: every version after the first keeps a note, so the board can follow how the theory was refined."] });
  }

  const number = latestNumber + 1;
  const version = await tx.theoryOfChangeVersion.create({
    data: {
      partnershipId: ctx.partnershipId,
      theoryId,
      number,
      content: content as unknown as Prisma.InputJsonValue,
      changeNote: input.changeNote || null,
      cycle: target.cycle,
      createdById: ctx.userId,
    },
    select: { id: true },
  });
  await audit(tx, ctx, {
    action: "theory_of_change.saved",
    entityType: "TheoryOfChange",
    entityId: theoryId,
    areaId: target.areaId,
    after: {
      versionId: version.id,
      number,
      changeNote: input.changeNote || null,
      entries: { waysOfWorking: content.waysOfWorking.length, activities: content.activities.length, outcomes: content.outcomes.length, impacts: content.impacts.length },
    },
  });
  return { changed: true, number, missing };
}

/** Two saves of the same version at once: the unique version number lets one through. */
async function settleRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002") throw staleVersion();
    throw error;
  }
}

/** The theory of change of the area's current focus issue (PhaseState.focusPriorityId). */
export async function saveAreaTheory(ctx: AreaActionContext, input: TheoryFormInput): Promise<SavedTheory> {
  const scope = { partnershipId: ctx.partnershipId, areaId: ctx.area.id };
  return settleRace(() =>
    db().$transaction(async (tx) => {
      // The area's phase row is the lock: the first save of two creates the theory, the other finds it.
      await tx.$queryRaw`SELECT 1 FROM "PhaseState" WHERE "partnershipId" = ${scope.partnershipId}::uuid AND "areaId" = ${scope.areaId}::uuid FOR UPDATE`;
      const state = await tx.phaseState.findUnique({ where: { partnershipId_areaId: scope }, select: { focusPriorityId: true, cycle: true } });
      if (!state?.focusPriorityId) throw new AppError("conflict", "This area has no focus priority yet: rank the focus priorities on Plan & Prioritise first.");
      const priorityId = state.focusPriorityId;
      const theory = await tx.theoryOfChange.findUnique({ where: { partnershipId_areaId_priorityId: { ...scope, priorityId } }, select: { id: true } });
      return appendVersion(tx, ctx, { theoryId: theory?.id ?? null, create: { ...scope, priorityId, scope: "area" }, cycle: state.cycle, areaId: ctx.area.id }, input);
    }),
  );
}

/**
 * The partnership's own theory of change (the guide's section 3): one per partnership.
 * Its two nullable keys would not stop a second row in a unique index, so the
 * partnership row is locked while it is looked up and created.
 */
export async function savePartnershipTheory(ctx: TenantContext, input: TheoryFormInput): Promise<SavedTheory> {
  return settleRace(() =>
    db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "LocalAuthorityPartnership" WHERE "id" = ${ctx.partnershipId}::uuid FOR UPDATE`;
      const theory = await tx.theoryOfChange.findFirst({ where: { partnershipId: ctx.partnershipId, scope: "partnership" }, select: { id: true } });
      return appendVersion(tx, ctx, { theoryId: theory?.id ?? null, create: { partnershipId: ctx.partnershipId, scope: "partnership" }, cycle: null, areaId: null }, input);
    }),
  );
}
