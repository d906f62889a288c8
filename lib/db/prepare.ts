import { applyMigrations } from "@/lib/db/migrate";
import { createDb } from "@/lib/db/client";
import { loadReferenceData } from "@/lib/db/reference-data";

/**
 * Brings a database to the shape the app needs: every migration applied, then the global
 * reference data (the national indicator catalogue, geographies) loaded. The one entry point
 * for `npm start`, `npm run db:migrate`, the seed and the test template.
 */
export async function prepareDatabase(url: string): Promise<string[]> {
  const applied = await applyMigrations(url);
  const db = createDb(url, 2);
  try {
    await loadReferenceData(db, url);
  } finally {
    await db.$disconnect();
  }
  return applied;
}
