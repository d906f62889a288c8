"use server";

import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import { theoryFormInput } from "@/lib/theory-of-change/form-input";
import { saveAreaTheory, savePartnershipTheory, type SavedTheory } from "@/lib/theory-of-change/services/save";
import type { TenantContext } from "@/lib/tenancy/context";

/** A theory of change shows on its page, the area's checklist (phase 3 and 5) and the action plan's outcome choices. */
const revalidate = (ctx: TenantContext | AreaActionContext) => [`/p/${ctx.partnershipSlug}`];

function savedMessage(r: SavedTheory): string {
  if (!r.changed) return "No changes to save.";
  return r.missing.length ? `Saved as version ${r.number}. It still needs ${r.missing.join(", ")}.` : `Saved as version ${r.number}.`;
}

export const saveAreaTheoryAction = defineAction({
  scope: "area",
  capability: "area.write",
  name: "theory_of_change.save",
  input: theoryFormInput,
  run: saveAreaTheory,
  revalidate,
  success: savedMessage,
});

export const savePartnershipTheoryAction = defineAction({
  scope: "partnership",
  capability: "partnership.manage",
  name: "theory_of_change.save_partnership",
  input: theoryFormInput,
  run: savePartnershipTheory,
  revalidate,
  success: savedMessage,
});
