import type { Db, Tx } from "@/lib/db/client";
import { catalogueEntry, NATIONAL_CATALOGUE } from "@/lib/indicators/catalogue";

/** Loads the national catalogue into its reference table; safe to run on every start. */
export async function loadCatalogue(db: Db): Promise<void> {
  for (const entry of NATIONAL_CATALOGUE) {
    const { code, recognise, ...fields } = entry;
    const data = { ...fields, recognise: recognise ?? undefined };
    await db.catalogueIndicator.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
}

/**
 * The partnership's own definition of a catalogue indicator, created from the catalogue
 * the first time the partnership uses it (an upload, an outcome measure, a target).
 * Returns the definition's id and whether this call created it; null when the code is not
 * in the catalogue. `id` is the id to create it with (an upload's staged rows already carry it).
 * The insert skips a definition that exists (ON CONFLICT DO NOTHING): two adoptions at the
 * same moment wait on the unique key, one creates it and the other finds it, and neither
 * fails on the constraint (which would abort its transaction).
 */
export async function adoptCatalogueIndicator(tx: Tx | Db, partnershipId: string, code: string, options: { id?: string } = {}): Promise<{ id: string; created: boolean } | null> {
  const key = { partnershipId_code: { partnershipId, code } };
  const existing = await tx.indicatorDefinition.findUnique({ where: key, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const entry = catalogueEntry(code);
  if (!entry) return null;
  const inserted = await tx.indicatorDefinition.createMany({
    data: {
      partnershipId,
      id: options.id,
      code,
      name: entry.name,
      description: entry.description,
      unit: entry.unit,
      polarity: entry.polarity,
      source: entry.source,
      suppressionThreshold: entry.suppressionThreshold,
      catalogueCode: code,
    },
    skipDuplicates: true,
  });
  const row = await tx.indicatorDefinition.findUniqueOrThrow({ where: key, select: { id: true } });
  return { id: row.id, created: inserted.count === 1 };
}
