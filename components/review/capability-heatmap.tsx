import Link from "next/link";
import type { CapabilityHeatmap as HeatmapData } from "@/lib/review/services/heatmap";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { movementText } from "@/lib/review/ratings";
import { formatDate } from "@/components/ui/format";
import { EmptyState } from "@/components/ui/empty-state";
import "@/app/review.css";

/**
 * The board's heatmap of capability ratings: a row per area, a column per self-evaluation
 * area, each cell the latest rating in words ("Amber") with how it moved, its colour
 * only repeating the word. Fed by latestCapabilityByArea (lib/review/services/heatmap.ts).
 * `areaHref` links each area's name, e.g. to its review page.
 */
export function CapabilityHeatmap({ heatmap, areaHref, caption = "Latest capability ratings by area" }: { heatmap: HeatmapData; areaHref?: (slug: string) => string; caption?: string }) {
  if (heatmap.rows.length === 0) return <EmptyState title="No areas to show" text="There are no Act Locally areas you can see yet." />;
  if (heatmap.rows.every((r) => r.assessment === null)) {
    return <EmptyState title="No capability analysis yet" text="Once an area's convening partnership rates its self-evaluation areas, the latest ratings of every area show here." />;
  }
  return (
    <div className="data-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table rv-heatmap">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            {heatmap.evaluationAreas.map((e) => (
              <th key={e.id} scope="col">
                {e.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.area.id}>
              <th scope="row">
                {areaHref ? <Link href={areaHref(row.area.slug)}>{row.area.name}</Link> : row.area.name}
                <span className="rv-movement">
                  {row.assessment
                    ? `Assessed ${formatDate(new Date(`${row.assessment.assessedOn}T00:00:00Z`))}${row.assessment.completeness.complete ? "" : ` (${row.assessment.completeness.rated} of ${row.assessment.completeness.required} rated)`}`
                    : "Not assessed yet"}
                </span>
              </th>
              {heatmap.evaluationAreas.map((e) => {
                const cell = row.cells[e.id] ?? null;
                return (
                  <td key={e.id} className={cell ? `rv-cell-${cell.rating}` : undefined}>
                    {cell ? (
                      <>
                        <span className="rv-cell-label">{RAG_LABELS[cell.rating]}</span>
                        <span className={`rv-movement rv-movement-${cell.movement}`}>{movementText(cell.movement, cell.previous ? RAG_LABELS[cell.previous] : null)}</span>
                      </>
                    ) : (
                      <span className="muted">Not rated</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
