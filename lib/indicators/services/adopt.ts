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
 * Returns the definition's id; null when the code is not in the catalogue. `id` is the id
 * to create it with (an upload's staged rows already carry it).
 */
export async function adoptCatalogueIndicator(tx: Tx | Db, partnershipId: string, code: string, options: { id?: string } = {}): Promise<string | null> {
  const existing = await tx.indicatorDefinition.findUnique({ where: { partnershipId_code: { partnershipId, code } }, select: { id: true } });
  if (existing) return existing.id;
  const entry = catalogueEntry(code);
  if (!entry) return null;
  const created = await tx.indicatorDefinition.upsert({
    where: { partnershipId_code: { partnershipId, code } },
    create: {
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
    update: {},
    select: { id: true },
  });
  return created.id;
}
