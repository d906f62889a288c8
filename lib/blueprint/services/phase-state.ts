import type { Tx } from "@/lib/db/client";
import { CURRENT_TEMPLATE_VERSION } from "@/lib/blueprint/template";

type Scope = { partnershipId: string; areaId: string };

/**
 * The area's phase row, created on first use, and locked for the rest of the
 * transaction: two advances, waivers or cycle starts on one area run one after the other.
 */
export async function lockPhaseState(tx: Tx, scope: Scope) {
  await tx.$executeRaw`
    INSERT INTO "PhaseState" ("partnershipId", "areaId", "templateVersion", "updatedAt")
    VALUES (${scope.partnershipId}::uuid, ${scope.areaId}::uuid, ${CURRENT_TEMPLATE_VERSION}, now())
    ON CONFLICT ("partnershipId", "areaId") DO NOTHING`;
  await tx.$queryRaw`SELECT 1 FROM "PhaseState" WHERE "partnershipId" = ${scope.partnershipId}::uuid AND "areaId" = ${scope.areaId}::uuid FOR UPDATE`;
  return tx.phaseState.findUniqueOrThrow({ where: { partnershipId_areaId: scope } });
}
