"use server";

import { defineAction } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";
import { batchInput, chooseIndicatorInput, mappingInput } from "@/lib/indicators/uploads/inputs";
import { chooseIndicator, commitBatch, discardBatch, rollbackBatch } from "@/lib/indicators/uploads/services/batches";
import { deleteMapping } from "@/lib/indicators/uploads/services/mappings";

/** Committed figures show on the catalogue, the dashboards and every area. */
const revalidate = (ctx: TenantContext) => [`/p/${ctx.partnershipSlug}`];
const upload = { scope: "partnership", capability: "indicators.upload", revalidate } as const;

export const commitBatchAction = defineAction({
  ...upload,
  name: "indicators.upload.commit",
  input: batchInput,
  run: commitBatch,
  // The commit form goes away with the preview, so the batch page itself says what happened.
  redirectTo: (ctx: TenantContext, r: { batchId: string; values: number; created: number }) => `/p/${ctx.partnershipSlug}/indicators/uploads/${r.batchId}?committed=${r.values}&created=${r.created}`,
});

export const rollbackBatchAction = defineAction({
  ...upload,
  name: "indicators.upload.rollback",
  input: batchInput,
  run: rollbackBatch,
  success: (r) => `${r.fileName} is rolled back: its cells show what they showed before it.`,
});

export const discardBatchAction = defineAction({
  ...upload,
  name: "indicators.upload.discard",
  input: batchInput,
  run: discardBatch,
  redirectTo: (ctx: TenantContext) => `/p/${ctx.partnershipSlug}/indicators/uploads?discarded=1`,
});

export const chooseIndicatorAction = defineAction({
  ...upload,
  name: "indicators.upload.choose_indicator",
  input: chooseIndicatorInput,
  run: chooseIndicator,
  success: (r) => (r.choice === "skip" ? `Rows for "${r.name}" will be left out.` : r.choice === "existing" ? `Rows will go to "${r.name}".` : `"${r.name}" will be added when you commit.`),
});

export const deleteMappingAction = defineAction({
  ...upload,
  name: "indicators.mapping.delete",
  input: mappingInput,
  run: deleteMapping,
  success: (r) => `The mapping "${r.name}" is deleted.`,
});
