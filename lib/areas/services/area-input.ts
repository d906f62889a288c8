import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { SLUG_PATTERN } from "@/lib/slug";

const optionalUuid = z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null);

export const areaFields = z.object({
  name: z.string().trim().min(2, "Enter the area's name").max(120, "Use at most 120 characters"),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60)
    .optional()
    .refine((v) => !v || SLUG_PATTERN.test(v), "Use lower-case letters, numbers and hyphens"),
  backboneOrganisationId: optionalUuid,
  researchPartnerId: optionalUuid,
  coordinatorUserId: optionalUuid,
});
export type AreaFields = z.output<typeof areaFields>;

/** Every id the form names must belong to this tenant; the co-ordinator must be a member of it. */
export async function assertAreaReferences(tx: Tx, partnershipId: string, input: AreaFields): Promise<void> {
  const errors: Record<string, string[]> = {};
  for (const key of ["backboneOrganisationId", "researchPartnerId"] as const) {
    const id = input[key];
    if (!id) continue;
    const org = await tx.organisation.findUnique({ where: { partnershipId_id: { partnershipId, id } }, select: { id: true } });
    if (!org) errors[key] = ["Choose an organisation of this partnership"];
  }
  if (input.coordinatorUserId) {
    const member = await tx.membership.findFirst({ where: { partnershipId, userId: input.coordinatorUserId }, select: { id: true } });
    if (!member) errors.coordinatorUserId = ["Choose a member of this partnership"];
  }
  if (Object.keys(errors).length) throw validationError(errors);
}
