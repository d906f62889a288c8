import { displayFigure, WITHHELD } from "@/lib/indicators/uploads/display";
import { UPLOAD_CELL_COLUMNS, uploadCellCells } from "@/components/indicators/upload-cell";
import { GEOGRAPHY_LABELS } from "@/lib/indicators/uploads/geography";
import { UNIT_LABELS } from "@/lib/indicators/uploads/units";
import type { SummaryIndicator, UploadSummary } from "@/lib/indicators/uploads/summary";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { FigureCell } from "@/components/indicators/figure-cell";
import { IndicatorChoices } from "@/components/indicators/indicator-choices";

/**
 * A staged batch's preview: what was read, which indicators it writes (and creates),
 * geographies and periods found, codes outside the partnership, the values it would
 * replace and the rows it refused. The same summary the commit acts on.
 */
type Names = Map<string, { name: string; code: string; unit: IndicatorUnit | null; threshold: number }>;

const ACTION_TEXT: Record<SummaryIndicator["action"], string> = {
  existing: "One of the partnership's indicators",
  adopt: "Added from the national catalogue when you commit",
  create: "New: created for the partnership when you commit",
  skip: "Left out: its rows are not kept",
};

export function Figures({ items }: { items: [string, string][] }) {
  return (
    <dl className="upload-figures">
      {items.map(([label, value]) => (
        <div key={label} className="upload-figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const n = (x: number) => x.toLocaleString("en-GB");

export function BatchPreview({
  partnership,
  batchId,
  summary,
  names,
  existing,
  rejections,
  rejectionsHref,
  editable,
}: {
  partnership: string;
  batchId: string;
  summary: UploadSummary;
  names: Names;
  existing: { id: string; name: string; code: string }[];
  rejections: { line: number; reason: string }[];
  rejectionsHref: string;
  editable: boolean;
}) {
  const r = summary.rows;
  const toCreate = summary.indicators.filter((i) => (i.action === "create" || i.action === "adopt") && i.values > 0);
  const unitMissing = summary.indicators.filter((i) => i.action === "create" && !i.unit && i.values > 0);
  return (
    <>
      <Figures
        items={[
          ["Rows read", n(r.read)],
          ["Rows accepted", n(r.accepted)],
          ["Rows rejected", n(r.rejected)],
          ["Outside the partnership's areas", n(r.outside)],
          ["Values to write", n(summary.values)],
          ["Values it would replace", n(summary.replaced.cells)],
        ]}
      />
      <p className="muted">
        {summary.description} Encoding {summary.encoding}
        {summary.bom ? " with a byte order mark" : ""}, separated by {summary.delimiter === "," ? "commas" : summary.delimiter === ";" ? "semicolons" : "tabs"}.
      </p>
      {summary.warnings.length ? (
        <Notice tone="info" title="Read with care">
          <ul>
            {summary.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {editable && toCreate.length ? (
        <Notice tone="warning" title={`Committing will add ${toCreate.length} indicator${toCreate.length === 1 ? "" : "s"} to the partnership`}>
          <ul>
            {toCreate.map((i) => (
              <li key={i.key}>
                {i.name} ({i.code}, {i.unit ? UNIT_LABELS[i.unit] : "unit not chosen yet"}){i.action === "adopt" ? ", from the national catalogue" : ""}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {editable && unitMissing.length ? (
        <Notice tone="warning" title="Choose a unit before committing">
          <p>The file does not say what unit {unitMissing.map((i) => `“${i.name}”`).join(", ")} is in. Choose it below.</p>
        </Notice>
      ) : null}

      <section aria-labelledby="preview-indicators" className="record-section">
        <h2 id="preview-indicators" className="section-title">
          Indicators
        </h2>
        <DataTable
          caption="Indicators found in the file"
          columns={[
            { key: "name", header: "In the file" },
            { key: "becomes", header: "Goes to" },
            { key: "what", header: "What happens" },
            { key: "values", header: "Values", numeric: true },
            { key: "missing", header: "Of which missing", numeric: true },
          ]}
          rows={summary.indicators.map((i) => ({
            key: i.key,
            cells: {
              name: i.sourceName,
              becomes: `${i.name} (${i.code}${i.unit ? `, ${UNIT_LABELS[i.unit]}` : ""})`,
              what: (
                <>
                  {ACTION_TEXT[i.action]}
                  {i.mappedFrom ? " (you chose it)" : ""}
                  {editable && (i.action !== "existing" || i.mappedFrom) ? <IndicatorChoices partnership={partnership} batchId={batchId} entry={i} existing={existing} /> : null}
                </>
              ),
              values: n(i.values),
              missing: n(i.missing),
            },
          }))}
        />
      </section>

      <section aria-labelledby="preview-geographies" className="record-section">
        <h2 id="preview-geographies" className="section-title">
          Geographies and periods
        </h2>
        <div className="upload-columns">
          <DataTable
            caption="Geographies written"
            columns={[
              { key: "type", header: "Kind" },
              { key: "count", header: "Codes", numeric: true },
              { key: "examples", header: "For example" },
            ]}
            rows={summary.geographies.map((g) => ({ key: g.type, cells: { type: GEOGRAPHY_LABELS[g.type], count: n(g.count), examples: g.examples.join(", ") } }))}
          />
          <DataTable
            caption={`Periods (${summary.periods.length})`}
            columns={[
              { key: "label", header: "Period" },
              { key: "range", header: "Covers" },
              { key: "values", header: "Values", numeric: true },
            ]}
            rows={summary.periods.map((p) => ({ key: p.label, cells: { label: p.label, range: `${p.start} to ${p.end}`, values: n(p.values) } }))}
          />
        </div>
      </section>

      <section aria-labelledby="preview-outside" className="record-section">
        <h2 id="preview-outside" className="section-title">
          Outside the partnership&apos;s areas
        </h2>
        {summary.outside.codes === 0 ? (
          <p className="muted">Every geography in the file belongs to the partnership or is a comparator (England, a region).</p>
        ) : (
          <>
            <p>
              {n(summary.outside.rows)} rows for {n(summary.outside.codes)} geography codes that are not the partnership&apos;s areas, its local authority or a comparator are left out.
              {summary.outside.codes > summary.outside.top.length ? ` The ${summary.outside.top.length} with the most rows:` : ""}
            </p>
            <DataTable
              caption="Geography codes left out"
              columns={[
                { key: "code", header: "Code" },
                { key: "type", header: "Kind" },
                { key: "rows", header: "Rows", numeric: true },
              ]}
              rows={summary.outside.top.map((o) => ({ key: o.code, cells: { code: o.code, type: GEOGRAPHY_LABELS[o.type], rows: n(o.rows) } }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby="preview-replaced" className="record-section">
        <h2 id="preview-replaced" className="section-title">
          Values it would replace
        </h2>
        {summary.replaced.cells === 0 ? (
          <p className="muted">None: every value in this file is for a cell that has no value yet.</p>
        ) : (
          <>
            <p>
              {n(summary.replaced.cells)} cells already have a value; {n(summary.replaced.changed)} of them would change.
              {summary.replaced.changed > summary.replaced.examples.length ? ` The first ${summary.replaced.examples.length}:` : ""}
            </p>
            {summary.replaced.examples.length ? (
              <DataTable
                caption="Values that would change (small counts show as c)"
                columns={[
                  ...UPLOAD_CELL_COLUMNS,
                  { key: "before", header: "Now", numeric: true },
                  { key: "after", header: "After commit", numeric: true },
                ]}
                rows={summary.replaced.examples.map((e) => {
                  const meta = names.get(e.indicatorId);
                  const figure = (value: number | null, missing: typeof e.beforeMissing, numerator: number | null) => <FigureCell figure={displayFigure({ value, missingReason: missing, numerator, unit: meta?.unit ?? null, threshold: meta?.threshold ?? 5 })} />;
                  return {
                    key: `${e.line}-${e.indicatorId}`,
                    cells: {
                      ...uploadCellCells(e, meta?.name ?? ""),
                      before: e.withheld ? <FigureCell figure={WITHHELD} /> : figure(e.before, e.beforeMissing, e.beforeNumerator),
                      after: figure(e.after, e.afterMissing, e.afterNumerator),
                    },
                  };
                })}
              />
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="preview-rejected" className="record-section">
        <h2 id="preview-rejected" className="section-title">
          Rejected rows
        </h2>
        {r.rejected === 0 ? (
          <p className="muted">No row was rejected.</p>
        ) : (
          <>
            <p>
              {n(r.rejected)} rows were rejected and will not be kept{r.rejected > rejections.length ? `; the first ${rejections.length} are below` : ""}.{" "}
              <a href={rejectionsHref} download>
                Download all rejected rows (CSV)
              </a>
            </p>
            <DataTable
              caption="Rejected rows, by line of the file"
              columns={[
                { key: "line", header: "Line", numeric: true },
                { key: "reason", header: "Reason" },
              ]}
              rows={rejections.map((x) => ({ key: String(x.line), cells: { line: String(x.line), reason: x.reason } }))}
            />
          </>
        )}
      </section>
    </>
  );
}
