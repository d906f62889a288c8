import Link from "next/link";
import type { CapabilityView } from "@/lib/review/services/capability";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { formatDate } from "@/components/ui/format";
import { MovementNote, RatingTag } from "@/components/review/rating-tag";

/**
 * Each self-evaluation area's rating in each assessment, oldest on the left, with how it
 * moved since that area's previous rating: the area's history at a glance, in words.
 */
export function RatingHistory({ view, assessmentHref }: { view: CapabilityView; assessmentHref: (id: string) => string }) {
  const caption = "Ratings over time, by self-evaluation area";
  return (
    <div className="data-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table rv-heatmap">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Self-evaluation area</th>
            {view.assessments.map((a) => (
              <th key={a.id} scope="col">
                <Link href={assessmentHref(a.id)}>{formatDate(new Date(`${a.assessedOn}T00:00:00Z`))}</Link>
                {a.completeness.complete ? null : <span className="rv-movement">Incomplete</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.areas.map((area) => {
            const row = area.id ? view.history.get(area.id) : undefined;
            return (
              <tr key={area.key}>
                <th scope="row">
                  {area.name}
                  {area.retired ? <span className="rv-movement">No longer rated</span> : null}
                </th>
                {view.assessments.map((a, i) => {
                  const cell = row?.[i] ?? null;
                  return (
                    <td key={a.id} className={cell ? `rv-cell-${cell.rating}` : undefined}>
                      {cell ? (
                        <>
                          <RatingTag rating={cell.rating} />
                          <MovementNote movement={cell.movement} previous={cell.previous ? RAG_LABELS[cell.previous] : null} />
                        </>
                      ) : (
                        <span className="muted">Not rated</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
