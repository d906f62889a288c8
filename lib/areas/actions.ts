"use server";

import { defineAction } from "@/lib/action/define-action";
import { createArea, createAreaInput } from "@/lib/areas/services/create-area";
import { updateArea, updateAreaInput } from "@/lib/areas/services/update-area";

export const createAreaAction = defineAction({
  name: "areas.create",
  scope: "partnership",
  capability: "partnership.manage",
  input: createAreaInput,
  run: createArea,
  revalidate: (ctx) => [`/p/${ctx.partnershipSlug}`, `/p/${ctx.partnershipSlug}/areas`],
  redirectTo: (ctx, area) => `/p/${ctx.partnershipSlug}/areas/${area.slug}`,
});

export const updateAreaAction = defineAction({
  name: "areas.update",
  scope: "partnership",
  capability: "partnership.manage",
  input: updateAreaInput,
  run: updateArea,
  success: "Area saved.",
  revalidate: (ctx) => [`/p/${ctx.partnershipSlug}`, `/p/${ctx.partnershipSlug}/areas`],
  redirectTo: (ctx, area) => `/p/${ctx.partnershipSlug}/areas/${area.slug}/settings?saved=1`,
});
