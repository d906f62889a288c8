import type { ReactNode } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { toCsvLine } from "@/lib/csv/escape";

export type FigureCell = string | number | null;
export type FigureTable = { columns: DataTableColumn[]; rows: Record<string, FigureCell>[] };

/** The figures as a CSV data address: built on the server from figures already suppressed, formula-safe, with a BOM for spreadsheets. */
function csvHref(table: FigureTable): string {
  const lines = [toCsvLine(table.columns.map((c) => c.header)), ...table.rows.map((row) => toCsvLine(table.columns.map((c) => row[c.key] ?? null)))];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join("")}`)}`;
}

/**
 * Every chart of the product sits in this frame (DESIGN §3.5): a heading, a plain-language
 * caption that says what the chart shows, the source and period, the same figures as a
 * table (the way in for screen-reader and keyboard users) and as a CSV download.
 * The chart itself is a picture of the table, so it is exposed as one image labelled by the caption.
 * Only figures that may leave the server (suppression applied) may be passed in.
 */
export function ChartFigure({
  id,
  title,
  caption,
  source,
  period,
  table,
  fileName,
  headingLevel = 3,
  children,
}: {
  id: string;
  title: string;
  caption: string;
  source: string;
  period: string;
  table: FigureTable;
  fileName: string;
  headingLevel?: 2 | 3 | 4;
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="chart-figure-title">
        {title}
      </Heading>
      <p id={`${id}-caption`} className="chart-figure-caption">
        {caption}
      </p>
      <div className="chart-figure-chart" role="img" aria-labelledby={`${id}-caption`}>
        {children}
      </div>
      <figcaption className="chart-figure-source muted">
        Source: {source}. Period: {period}.
      </figcaption>
      <details className="chart-figure-table">
        <summary>Show the figures as a table</summary>
        <DataTable
          caption={title}
          columns={table.columns}
          rows={table.rows.map((row, index) => ({ key: String(index), cells: Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? ""])) }))}
        />
      </details>
      <p className="chart-figure-download">
        <a href={csvHref(table)} download={fileName}>
          Download the figures (CSV)
        </a>
      </p>
    </figure>
  );
}
