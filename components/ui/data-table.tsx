import type { ReactNode } from "react";

export type DataTableColumn = { key: string; header: string; numeric?: boolean };
export type DataTableRow = { key: string; cells: Record<string, ReactNode> };

/**
 * A table in a scrollable region: wide tables scroll sideways on small screens rather
 * than squeezing the page, and the region is focusable so keyboard users can scroll it.
 */
export function DataTable({ caption, columns, rows }: { caption: string; columns: DataTableColumn[]; rows: DataTableRow[] }) {
  return (
    <div className="data-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? "numeric" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? "numeric" : undefined}>
                  {row.cells[c.key] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
