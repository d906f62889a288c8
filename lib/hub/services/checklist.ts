import type { Db, Tx } from "@/lib/db/client";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { OFFER_MODEL_LABELS, OFFER_MODELS } from "@/lib/hub/labels";

/**
 * The area's School Health Hub, for phase 3's checklist: "identified" is a hub with a host
 * school or setting; "offer planned" is an offer model and at least one service with a
 * session on the timetable. Runs on the caller's transaction when the gate is evaluated.
 */
export async function loadHubSnapshot(tx: Tx | Db, scope: { partnershipId: string; areaId: string }): Promise<AreaSnapshot["hub"]> {
  const hub = await tx.schoolHealthHub.findUnique({
    where: { partnershipId_areaId: scope },
    select: { id: true, offerModels: true, host: { select: { name: true } } },
  });
  if (!hub) return null;
  const servicesWithSessions = await tx.hubService.count({ where: { partnershipId: scope.partnershipId, hubId: hub.id, sessions: { some: {} } } });
  return {
    host: hub.host.name,
    offer: OFFER_MODELS.filter((m) => hub.offerModels.includes(m)).map((m) => OFFER_MODEL_LABELS[m]),
    servicesWithSessions,
  };
}
