import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { ServiceInput, UpdateServiceInput } from "@/lib/hub/inputs";
import { ownHub, ownService } from "@/lib/hub/services/own";

/** The parts of a service that must be the partnership's own: its type, provider and place. */
async function resolveServiceFields(tx: Tx, ctx: AreaActionContext, hubId: string, input: ServiceInput) {
  const scope = { partnershipId: ctx.partnershipId };
  const type = await tx.hubServiceType.findUnique({ where: { partnershipId_id: { ...scope, id: input.typeId } }, select: { id: true, name: true } });
  if (!type) throw validationError({ typeId: ["Choose one of the partnership's kinds of service"] });
  const provider = await tx.organisation.findUnique({ where: { partnershipId_id: { ...scope, id: input.providerOrganisationId } }, select: { id: true, name: true } });
  if (!provider) throw validationError({ providerOrganisationId: ["Choose one of the partnership's organisations"] });
  let spokeId: string | null = null;
  if (input.place !== "host") {
    const spoke = await tx.hubSpoke.findUnique({ where: { partnershipId_id: { ...scope, id: input.place } }, select: { id: true, hubId: true } });
    if (!spoke || spoke.hubId !== hubId) throw validationError({ place: ["Choose the host or one of the hub's spokes"] });
    spokeId = spoke.id;
  }
  return { typeId: type.id, typeName: type.name, providerOrganisationId: provider.id, spokeId };
}

export async function addService(ctx: AreaActionContext, input: ServiceInput): Promise<{ id: string; name: string }> {
  return db().$transaction(async (tx) => {
    const hub = await ownHub(tx, ctx);
    const { typeName, ...fields } = await resolveServiceFields(tx, ctx, hub.id, input);
    const service = await tx.hubService.create({ data: { partnershipId: ctx.partnershipId, hubId: hub.id, ...fields, description: input.description } });
    await audit(tx, ctx, { action: "hub.service_added", entityType: "HubService", entityId: service.id, areaId: ctx.area.id, after: { ...service, type: typeName } });
    return { id: service.id, name: typeName };
  });
}

export async function updateService(ctx: AreaActionContext, input: UpdateServiceInput): Promise<{ name: string }> {
  return db().$transaction(async (tx) => {
    const before = await ownService(tx, ctx, input.serviceId);
    const { typeName, ...fields } = await resolveServiceFields(tx, ctx, before.hubId, input);
    const after = await tx.hubService.update({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } }, data: { ...fields, description: input.description } });
    await audit(tx, ctx, { action: "hub.service_updated", entityType: "HubService", entityId: before.id, areaId: ctx.area.id, before, after });
    return { name: typeName };
  });
}

/** Only a service with no recorded outputs can go: its figures count in the hub's reach. */
export async function removeService(ctx: AreaActionContext, input: { serviceId: string }): Promise<{ name: string }> {
  return db().$transaction(async (tx) => {
    const service = await ownService(tx, ctx, input.serviceId);
    const outputs = await tx.hubSessionOutput.count({ where: { partnershipId: ctx.partnershipId, session: { serviceId: service.id } } });
    if (outputs > 0) throw new AppError("conflict", `${service.type.name} has outputs recorded for ${outputs} session${outputs === 1 ? "" : "s"}: it stays on the record.`);
    await tx.hubService.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: service.id } } });
    await audit(tx, ctx, { action: "hub.service_removed", entityType: "HubService", entityId: service.id, areaId: ctx.area.id, before: service });
    return { name: service.type.name };
  });
}
