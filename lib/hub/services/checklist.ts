import type { Db, Tx } from "@/lib/db/client";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { OFFER_MODEL_LABELS, OFFER_MODELS } from "@/lib/hub/labels";

/**
 * Each area's School Health Hub, for phase 3's checklist: "identified" is a hub with a host
 * school or setting; "offer planned" is an offer model and at least one service with a
 * session on the timetable. Two queries for any number of areas, on the caller's client
 * (the advance action's transaction, or the board's progress table).
 */
export async function loadHubSnapshotsForAreas(tx: Tx | Db, partnershipId: string, areaIds: readonly string[]): Promise<Map<string, AreaSnapshot["hub"]>> {
  const hubs = await tx.schoolHealthHub.findMany({
    where: { partnershipId, areaId: { in: [...areaIds] } },
    select: { id: true, areaId: true, offerModels: true, host: { select: { name: true } } },
  });
  const withSessions = hubs.length
    ? await tx.hubService.groupBy({ by: ["hubId"], where: { partnershipId, hubId: { in: hubs.map((h) => h.id) }, sessions: { some: {} } }, _count: { _all: true } })
    : [];
  const countOf = new Map(withSessions.map((r) => [r.hubId, r._count._all]));
  const out = new Map<string, AreaSnapshot["hub"]>(areaIds.map((id) => [id, null]));
  for (const hub of hubs) {
    out.set(hub.areaId, {
      host: hub.host.name,
      offer: OFFER_MODELS.filter((m) => hub.offerModels.includes(m)).map((m) => OFFER_MODEL_LABELS[m]),
      servicesWithSessions: countOf.get(hub.id) ?? 0,
    });
  }
  return out;
}
