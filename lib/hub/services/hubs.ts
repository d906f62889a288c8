import { db, type Db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import { DEFAULT_SERVICE_TYPES, HUB_SETTING_TYPES } from "@/lib/hub/labels";
import type { HubInput } from "@/lib/hub/inputs";
import { isUniqueViolation, ownHub } from "@/lib/hub/services/own";
import type { HubOutcome } from "@/lib/generated/prisma/enums";

/** A school or early-years setting of this partnership, or a field error on `field`. */
async function setting(tx: Tx | Db, ctx: AreaActionContext, organisationId: string, field: string) {
  const org = await tx.organisation.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: organisationId } }, select: { id: true, name: true, type: true } });
  if (!org || !(HUB_SETTING_TYPES as readonly string[]).includes(org.type)) throw validationError({ [field]: ["Choose a school or early-years setting of the partnership"] });
  return org;
}

/** The guide's service types, added the first time a partnership sets up a hub. */
export async function ensureServiceTypes(tx: Tx, partnershipId: string): Promise<void> {
  await tx.hubServiceType.createMany({ data: DEFAULT_SERVICE_TYPES.map((t) => ({ partnershipId, name: t.name, outcome: t.outcome, builtIn: true })), skipDuplicates: true });
}

/** One hub per area, at a host school or early-years setting. */
export async function createHub(ctx: AreaActionContext, input: HubInput): Promise<{ name: string }> {
  const host = await setting(db(), ctx, input.hostOrganisationId, "hostOrganisationId");
  try {
    return await db().$transaction(async (tx) => {
      await ensureServiceTypes(tx, ctx.partnershipId);
      const hub = await tx.schoolHealthHub.create({
        data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, name: input.name, hostOrganisationId: host.id, space: input.space, offerModels: input.offerModels },
      });
      await audit(tx, ctx, { action: "hub.created", entityType: "SchoolHealthHub", entityId: hub.id, areaId: ctx.area.id, after: { ...hub, host: host.name } });
      return { name: hub.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `${ctx.area.name} already has a School Health Hub: change it instead.`);
    throw error;
  }
}

export async function updateHub(ctx: AreaActionContext, input: HubInput): Promise<{ name: string }> {
  const host = await setting(db(), ctx, input.hostOrganisationId, "hostOrganisationId");
  return db().$transaction(async (tx) => {
    const before = await ownHub(tx, ctx);
    const spoke = await tx.hubSpoke.findUnique({ where: { partnershipId_hubId_organisationId: { partnershipId: ctx.partnershipId, hubId: before.id, organisationId: host.id } } });
    if (spoke) throw validationError({ hostOrganisationId: [`${host.name} is one of the hub's spokes: remove it as a spoke first`] });
    const after = await tx.schoolHealthHub.update({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } },
      data: { name: input.name, hostOrganisationId: host.id, space: input.space, offerModels: input.offerModels },
    });
    await audit(tx, ctx, { action: "hub.updated", entityType: "SchoolHealthHub", entityId: before.id, areaId: ctx.area.id, before, after });
    return { name: after.name };
  });
}

export async function addSpoke(ctx: AreaActionContext, input: { organisationId: string }): Promise<{ name: string }> {
  const hub = await ownHub(db(), ctx);
  const org = await setting(db(), ctx, input.organisationId, "organisationId");
  if (org.id === hub.hostOrganisationId) throw validationError({ organisationId: [`${org.name} hosts the hub: choose another school or setting`] });
  try {
    return await db().$transaction(async (tx) => {
      const spoke = await tx.hubSpoke.create({ data: { partnershipId: ctx.partnershipId, hubId: hub.id, organisationId: org.id } });
      await audit(tx, ctx, { action: "hub.spoke_added", entityType: "HubSpoke", entityId: spoke.id, areaId: ctx.area.id, after: { ...spoke, organisation: org.name } });
      return { name: org.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validationError({ organisationId: [`${org.name} is already a spoke`] });
    throw error;
  }
}

/** A spoke with services running at it stays: move or remove those services first. */
export async function removeSpoke(ctx: AreaActionContext, input: { spokeId: string }): Promise<{ name: string }> {
  return db().$transaction(async (tx) => {
    const spoke = await tx.hubSpoke.findUnique({
      where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.spokeId } },
      include: { hub: { select: { areaId: true } }, organisation: { select: { name: true } }, _count: { select: { services: true } } },
    });
    if (!spoke || spoke.hub.areaId !== ctx.area.id) throw notFoundError();
    if (spoke._count.services > 0) throw new AppError("conflict", `Services run at ${spoke.organisation.name}: move them to another place, or remove them, first.`);
    await tx.hubSpoke.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: spoke.id } } });
    await audit(tx, ctx, { action: "hub.spoke_removed", entityType: "HubSpoke", entityId: spoke.id, areaId: ctx.area.id, before: spoke });
    return { name: spoke.organisation.name };
  });
}

/** A kind of service the partnership adds to the guide's list; every area of the partnership can then use it. */
export async function addServiceType(ctx: AreaActionContext, input: { name: string; outcome: string | null }): Promise<{ name: string }> {
  await ownHub(db(), ctx);
  const clash = await db().hubServiceType.findFirst({ where: { partnershipId: ctx.partnershipId, name: { equals: input.name, mode: "insensitive" } }, select: { name: true } });
  if (clash) throw validationError({ name: [`The partnership already has "${clash.name}"`] });
  try {
    return await db().$transaction(async (tx) => {
      const type = await tx.hubServiceType.create({ data: { partnershipId: ctx.partnershipId, name: input.name, outcome: input.outcome as HubOutcome | null } });
      await audit(tx, ctx, { action: "hub.service_type_added", entityType: "HubServiceType", entityId: type.id, areaId: ctx.area.id, after: type });
      return { name: type.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validationError({ name: ["The partnership already has a service type of this name"] });
    throw error;
  }
}
