import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/blueprint/today";
import { latestRatings, type Completeness, type RatedCell } from "@/lib/review/ratings";
import { listEvaluationAreas } from "@/lib/review/services/self-evaluation";
import type { TenantContext } from "@/lib/tenancy/context";

export type HeatmapRow = {
  area: { id: string; slug: string; name: string };
  /** The area's latest capability analysis, or null when it has none yet. */
  assessment: { id: string; assessedOn: string; completeness: Completeness } | null;
  /** By self-evaluation area id: its rating in that assessment and how it moved since the area's previous rating; null when unrated. */
  cells: Record<string, RatedCell | null>;
};

export type CapabilityHeatmap = { evaluationAreas: { id: string; name: string }[]; rows: HeatmapRow[] };

/**
 * The latest capability ratings of every area the context can read, for the board's
 * heatmap: one row per area, one column per self-evaluation area in use. The same pure
 * rule (lib/review/ratings.ts latestRatings) feeds the area's own page and its review pack.
 */
export async function latestCapabilityByArea(ctx: TenantContext): Promise<CapabilityHeatmap> {
  const areas = await db().conveningPartnership.findMany({
    where: { partnershipId: ctx.partnershipId, archivedAt: null, ...(ctx.areaIds === "all" ? {} : { id: { in: ctx.areaIds } }) },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
  const evaluationAreas = (await listEvaluationAreas(db(), ctx.partnershipId)).filter((a) => !a.retired && a.id !== null).map((a) => ({ id: a.id!, name: a.name }));
  const assessments = areas.length
    ? await db().capabilityAssessment.findMany({
        where: { partnershipId: ctx.partnershipId, areaId: { in: areas.map((a) => a.id) } },
        select: { id: true, areaId: true, assessedOn: true, createdAt: true, ratings: { select: { evaluationAreaId: true, rating: true } } },
      })
    : [];
  const rows = areas.map((area) => {
    const own = assessments.filter((a) => a.areaId === area.id).map((a) => ({ ...a, assessedOn: isoDate(a.assessedOn) }));
    const latest = latestRatings(own, evaluationAreas);
    return {
      area,
      assessment: latest.assessment && latest.completeness ? { ...latest.assessment, completeness: latest.completeness } : null,
      cells: latest.cells,
    };
  });
  return { evaluationAreas, rows };
}
