import type { Db } from "@/lib/db/client";
import { loadCatalogue } from "@/lib/indicators/services/adopt";
import { loadGeographyReference } from "@/lib/indicators/reference/geographies";

/** Global reference data (no partnershipId), loaded idempotently after migrations. */
export async function loadReferenceData(db: Db, url: string): Promise<void> {
  await loadCatalogue(db);
  // Geographies and IMD 2019 by LSOA: bulk-loaded on a plain connection the first time, one count query after that.
  await loadGeographyReference(url);
}
