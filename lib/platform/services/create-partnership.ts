import { z } from "zod";
import { db } from "@/lib/db/client";
import { onceOnly } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { validationError } from "@/lib/errors";
import { slugify, SLUG_PATTERN } from "@/lib/slug";
import { createInvitation, deliverInvitation, emailSchema, type CreatedInvitation } from "@/lib/invitations/services/create-invitation";
import type { PlatformContext } from "@/lib/tenancy/context";

export const createPartnershipInput = z.object({
  name: z.string().trim().min(3, "Enter the partnership's name").max(160),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60)
    .optional()
    .refine((v) => !v || SLUG_PATTERN.test(v), "Use lower-case letters, numbers and hyphens"),
  laCode: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^E0[6-9]\d{6}$/.test(v), "A local authority code looks like E08000032"),
  adminEmail: emailSchema,
});

/** A new tenant and the invitation of its first partnership admin, in one transaction. */
export async function createPartnership(
  ctx: PlatformContext,
  input: z.output<typeof createPartnershipInput>,
): Promise<{ partnershipId: string; slug: string; invitation: CreatedInvitation }> {
  const slug = input.slug || slugify(input.name);
  if (!slug) throw validationError({ name: ["Use letters or numbers in the name"] });
  const taken = () => validationError({ slug: ["Another partnership already uses this web address"] });
  const create = () =>
    db().$transaction(async (tx) => {
      if (await tx.localAuthorityPartnership.findUnique({ where: { slug }, select: { id: true } })) throw taken();
      const partnership = await tx.localAuthorityPartnership.create({ data: { name: input.name, slug, laCode: input.laCode } });
      await audit(tx, ctx, { action: "partnership.created", entityType: "LocalAuthorityPartnership", entityId: partnership.id, partnershipId: partnership.id, after: partnership });
      const invitation = await createInvitation(tx, ctx, { partnershipId: partnership.id, email: input.adminEmail, role: "partnership_admin", areaId: null });
      return { partnership, invitation };
    });
  // Two creations at once both pass the check: the unique slug lets one through.
  const { partnership, invitation } = await onceOnly(create, taken);
  const delivered = await deliverInvitation(invitation, partnership.name, "partnership_admin");
  return { partnershipId: partnership.id, slug: partnership.slug, invitation: { ...invitation, delivered } };
}
