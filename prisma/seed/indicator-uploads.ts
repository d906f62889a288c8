import { createReadStream } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { stageUpload } from "@/lib/indicators/uploads/services/stage";
import { commitBatch } from "@/lib/indicators/uploads/services/batches";
import { DATA_DIR } from "@/lib/indicators/reference/geographies";

/**
 * Indicator data for the demo: the real Fingertips and DfE files loaded for Bradford through
 * the real upload pipeline, as committed batches by the demo research partner (only
 * Bradford's rows and the England and regional comparators get in; every other authority is
 * "outside the partnership"). IMD 2019 is reference data, loaded for everyone on start.
 *
 * Manningham & Girlington and Keighley get a handful of real Bradford LSOAs (Holme Wood's
 * come with the blueprint seed), so their deprivation profiles have something to show. They
 * are a believable demo choice from the IMD file, not an official ward-to-LSOA lookup.
 */
const AREA_LSOAS: Record<string, string[]> = {
  "manningham-girlington": ["E01010752", "E01010755", "E01010762", "E01010763"],
  keighley: ["E01010700", "E01010701", "E01010702", "E01010710", "E01010712"],
};

const FILES = ["la_hospital_admissions_2324.csv", "absence_la.csv"];

export async function seedIndicatorUploads(db: Db, bradford: { id: string; areas: Map<string, string> }, researchPartnerUserId: string): Promise<void> {
  for (const [slug, codes] of Object.entries(AREA_LSOAS)) {
    const areaId = bradford.areas.get(slug);
    if (!areaId) continue;
    await db.areaGeography.createMany({ data: codes.map((code) => ({ partnershipId: bradford.id, areaId, type: "lsoa" as const, code })), skipDuplicates: true });
  }

  const actor = await loadActor(researchPartnerUserId);
  const ctx = actor ? await resolveTenant(actor, "bradford", { requestId: "seed" }) : null;
  if (!ctx) throw new Error("The demo research partner is not a member of Bradford: seed the members first.");
  for (const file of FILES) {
    const outcome = await stageUpload(ctx, { source: createReadStream(path.join(DATA_DIR, file), { highWaterMark: 1 << 16 }), fileName: file, channel: "web" });
    if (outcome.kind !== "staged") throw new Error(`The demo file ${file} did not stage: ${JSON.stringify(outcome).slice(0, 300)}`);
    await commitBatch(ctx, { batchId: outcome.batchId });
  }
}
