import { z } from "zod";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/context";

export const ORGANISATION_TYPES = [
  ["school", "School"],
  ["early_years", "Early-years setting"],
  ["vcse", "Voluntary, community or social enterprise"],
  ["health", "Health"],
  ["local_authority", "Local authority"],
  ["police", "Police"],
  ["university", "University or research"],
  ["business", "Business"],
  ["faith", "Faith group"],
  ["other", "Other"],
] as const;

export const ORGANISATION_TYPE_LABELS = Object.fromEntries(ORGANISATION_TYPES) as Record<(typeof ORGANISATION_TYPES)[number][0], string>;

export const organisationFields = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name").max(200, "Use at most 200 characters"),
  type: z.enum(ORGANISATION_TYPES.map(([value]) => value) as [string, ...string[]], { message: "Choose a type" }).transform(
    (v) => v as (typeof ORGANISATION_TYPES)[number][0],
  ),
  urn: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^\d{6,7}$/.test(v), "A school URN is 6 or 7 digits"),
  website: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), "Start the web address with https://"),
});

export const updateOrganisationInput = organisationFields.extend({ organisationId: z.string().uuid() });
export const deleteOrganisationInput = z.object({ organisationId: z.string().uuid() });

function duplicateName(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function listOrganisations(ctx: TenantContext) {
  return db().organisation.findMany({
    where: { partnershipId: ctx.partnershipId },
    select: { id: true, name: true, type: true, urn: true, website: true },
    orderBy: { name: "asc" },
  });
}

export async function createOrganisation(ctx: TenantContext, input: z.output<typeof organisationFields>): Promise<{ id: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const org = await tx.organisation.create({ data: { partnershipId: ctx.partnershipId, ...input } });
      await audit(tx, ctx, { action: "organisation.created", entityType: "Organisation", entityId: org.id, after: org });
      return { id: org.id };
    });
  } catch (error) {
    if (duplicateName(error)) throw validationError({ name: ["An organisation with this name already exists"] });
    throw error;
  }
}

export async function updateOrganisation(ctx: TenantContext, input: z.output<typeof updateOrganisationInput>): Promise<void> {
  const { organisationId, ...data } = input;
  try {
    await db().$transaction(async (tx) => {
      const key = { partnershipId_id: { partnershipId: ctx.partnershipId, id: organisationId } };
      const before = await tx.organisation.findUnique({ where: key });
      if (!before) throw notFoundError();
      const after = await tx.organisation.update({ where: key, data });
      await audit(tx, ctx, { action: "organisation.updated", entityType: "Organisation", entityId: after.id, before, after });
    });
  } catch (error) {
    if (duplicateName(error)) throw validationError({ name: ["An organisation with this name already exists"] });
    throw error;
  }
}

/** Refused while an area or another record still names the organisation: nothing dangles. */
export async function deleteOrganisation(ctx: TenantContext, input: z.output<typeof deleteOrganisationInput>): Promise<void> {
  try {
    await db().$transaction(async (tx) => {
      const key = { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.organisationId } };
      const before = await tx.organisation.findUnique({ where: key });
      if (!before) throw notFoundError();
      await tx.organisation.delete({ where: key });
      await audit(tx, ctx, { action: "organisation.deleted", entityType: "Organisation", entityId: before.id, before });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2003" || error.code === "P2014")) {
      throw new AppError("conflict", "This organisation is still named by an area or another record. Change those first.");
    }
    throw error;
  }
}
