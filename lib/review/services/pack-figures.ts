import type { PackFigure } from "@/lib/review/pack";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The review pack's figures that other modules own. Until they are merged these answer
 * null and the pack says so; each is the one place to wire its module in:
 * - key indicators: the focus issue's indicators for the area, latest period against the
 *   one before, suppressed on the server (counts 1..threshold as "c") before they are returned;
 * - hub: the School Health Hub's reach and budget for the area (e.g. from `hubReachByArea`).
 */
export async function packIndicatorFigures(_ctx: TenantContext, _areaId: string): Promise<PackFigure[] | null> {
  return null;
}

export async function packHubFigures(_ctx: TenantContext, _areaId: string): Promise<PackFigure[] | null> {
  return null;
}
