import type { DataTableColumn } from "@/components/ui/data-table";

/** The columns that say which cell of an upload a row is about: the upload pages' tables start with them. */
export const UPLOAD_CELL_COLUMNS: DataTableColumn[] = [
  { key: "line", header: "Line", numeric: true },
  { key: "indicator", header: "Indicator" },
  { key: "geography", header: "Geography" },
  { key: "period", header: "Period" },
  { key: "breakdown", header: "Breakdown" },
];

export function uploadCellCells(v: { line: number | null; geographyCode: string; period: string; breakdown: string }, indicatorName: string): Record<string, string> {
  return { line: v.line === null ? "" : String(v.line), indicator: indicatorName, geography: v.geographyCode, period: v.period, breakdown: v.breakdown || "All" };
}
