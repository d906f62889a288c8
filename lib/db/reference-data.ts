import type { Db } from "@/lib/db/client";
import { loadCatalogue } from "@/lib/indicators/services/adopt";

/** Global reference data (no partnershipId), loaded idempotently after migrations. */
export async function loadReferenceData(db: Db): Promise<void> {
  await loadCatalogue(db);
}
