import { z } from "zod";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";

const optionalId = z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null);
export const conveningRolesInput = z.object({ backboneOrganisationId: optionalId, researchPartnerId: optionalId });

/** Phase 1: the co-ordinator names the area's backbone organisation and research & development partner. */
export async function setConveningRoles(ctx: AreaActionContext, input: z.output<typeof conveningRolesInput>): Promise<void> {
  await db().$transaction(async (tx) => {
    const ids = [input.backboneOrganisationId, input.researchPartnerId].filter((id): id is string => id !== null);
    const found = await tx.organisation.findMany({ where: { partnershipId: ctx.partnershipId, id: { in: ids } }, select: { id: true } });
    const known = new Set(found.map((o) => o.id));
    const errors: Record<string, string[]> = {};
    if (input.backboneOrganisationId && !known.has(input.backboneOrganisationId)) errors.backboneOrganisationId = ["Choose an organisation of this partnership"];
    if (input.researchPartnerId && !known.has(input.researchPartnerId)) errors.researchPartnerId = ["Choose an organisation of this partnership"];
    if (Object.keys(errors).length) throw validationError(errors);
    const key = { partnershipId_id: { partnershipId: ctx.partnershipId, id: ctx.area.id } };
    const select = { backboneOrganisationId: true, researchPartnerId: true } as const;
    const before = await tx.conveningPartnership.findUniqueOrThrow({ where: key, select });
    const after = await tx.conveningPartnership.update({ where: key, data: input, select });
    await audit(tx, ctx, { action: "blueprint.roles.saved", entityType: "ConveningPartnership", entityId: ctx.area.id, areaId: ctx.area.id, before, after });
  });
}
