import Link from "next/link";
import { displayFigure, WITHHELD } from "@/lib/indicators/uploads/display";
import type { BatchValue } from "@/lib/indicators/uploads/services/queries";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import { DataTable } from "@/components/ui/data-table";
import { FigureCell } from "@/components/indicators/figure-cell";
import { UPLOAD_CELL_COLUMNS, uploadCellCells } from "@/components/indicators/upload-cell";

/**
 * A batch's values beside what each cell shows now and which upload it comes from: after a
 * rollback the two columns part, and the second is the value from before the batch.
 */
export function BatchValues({
  batchId,
  rows,
  names,
  caption,
  hrefFor,
}: {
  batchId: string;
  rows: BatchValue[];
  names: Map<string, { name: string; unit: IndicatorUnit | null; threshold: number }>;
  caption: string;
  hrefFor: (batchId: string) => string;
}) {
  return (
    <DataTable
      caption={caption}
      columns={[
        ...UPLOAD_CELL_COLUMNS,
        { key: "value", header: "In this upload", numeric: true },
        { key: "current", header: "Shown now", numeric: true },
        { key: "from", header: "Shown from" },
      ]}
      rows={rows.map((v, i) => {
        const meta = names.get(v.indicatorId);
        const unit = meta?.unit ?? null;
        const threshold = meta?.threshold ?? 5;
        const from = v.currentBatchId === null ? "Nothing shown" : v.currentBatchId === batchId ? "This upload" : <Link href={hrefFor(v.currentBatchId)}>{v.currentFileName}</Link>;
        return {
          key: `${v.line}-${v.indicatorId}-${i}`,
          cells: {
            ...uploadCellCells(v, meta?.name ?? ""),
            // A cell the dashboards withhold is withheld here too, in both columns, so no total gives it away.
            value: <FigureCell figure={v.withheld ? WITHHELD : displayFigure({ value: v.value, missingReason: v.missingReason, numerator: v.numerator, unit, threshold })} />,
            current: v.currentBatchId === null ? "" : <FigureCell figure={v.withheld ? WITHHELD : displayFigure({ value: v.currentValue, missingReason: v.currentMissing, numerator: v.currentNumerator, unit, threshold })} />,
            from,
          },
        };
      })}
    />
  );
}
