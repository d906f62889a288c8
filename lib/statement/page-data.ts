import { cache } from "react";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getStatementWorkspace } from "@/lib/statement/services/queries";

/**
 * What every statement page starts from, once per request (metadata and page share it):
 * the area (a 404 unless the viewer may read it), the focus priority and its statement,
 * and whether the viewer may change it.
 */
export const loadStatementPage = cache(async (partnership: string, areaSlug: string) => {
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const workspace = await getStatementWorkspace(ctx, area.id);
  return {
    ctx,
    area,
    workspace,
    base: `/p/${ctx.partnershipSlug}/areas/${area.slug}`,
    canWrite: can(ctx.grants, "area.write", area.id),
  };
});

/** `?version=3` → 3, `?version=draft` → "draft", anything else → undefined (the default). */
export function versionParam(value: string | string[] | undefined): number | "draft" | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === "draft") return "draft";
  if (v && /^\d{1,6}$/.test(v)) return Number(v);
  return undefined;
}
