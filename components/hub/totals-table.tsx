import { DataTable } from "@/components/ui/data-table";
import { OUTPUT_FIELDS, OUTPUT_LABELS } from "@/lib/hub/totals";
import type { TotalsTable } from "@/lib/hub/services/outputs-queries";

const count = (n: number) => n.toLocaleString("en-GB");

/** Totals of recorded outputs, one line per service or place, with the sum of them all. */
export function OutputTotals({ caption, first, table }: { caption: string; first: string; table: TotalsTable }) {
  if (!table.lines.length) return <p className="muted">{caption}: nothing recorded yet.</p>;
  const cells = (label: string, t: TotalsTable["all"]) => ({ label, sessions: count(t.sessions), ...Object.fromEntries(OUTPUT_FIELDS.map((f) => [f, count(t[f])])) });
  return (
    <DataTable
      caption={caption}
      columns={[{ key: "label", header: first }, { key: "sessions", header: "Sessions held", numeric: true }, ...OUTPUT_FIELDS.map((f) => ({ key: f, header: OUTPUT_LABELS[f], numeric: true }))]}
      rows={[...table.lines.map((l) => ({ key: l.key, cells: cells(l.label, l.totals) })), { key: "all", cells: cells("All", table.all) }]}
    />
  );
}
