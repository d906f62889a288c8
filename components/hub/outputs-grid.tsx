"use client";

import { ActionForm } from "@/components/ui/action-form";
import { fieldId, useFormState } from "@/components/ui/form-context";
import { saveOutputsAction } from "@/lib/hub/actions";
import { OUTPUT_FIELDS, OUTPUT_LABELS, OUTPUT_SHORT_LABELS, type OutputCounts, type OutputField } from "@/lib/hub/totals";

export type GridLine = { sessionId: string; date: string; dateLabel: string; time: string; service: string; place: string; counts: OutputCounts | null };

/** One count box: its name carries the row, so a refused save keeps what was typed and shows the error beside it. */
function CountInput({ index, field, line }: { index: number; field: OutputField; line: GridLine }) {
  const { formId, fieldErrors, values, version } = useFormState();
  const name = `rows.${index}.${field}`;
  const id = fieldId(formId ?? "grid", name);
  const errors = fieldErrors[name] ?? [];
  const saved = line.counts ? String(line.counts[field]) : "";
  return (
    <td className={errors.length ? "hub-grid-cell field-invalid" : "hub-grid-cell"}>
      <input
        key={version}
        id={id}
        name={name}
        className="input hub-grid-input"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values ? (values[name] ?? "") : saved}
        aria-label={`${OUTPUT_LABELS[field]}, ${line.service}, ${line.dateLabel}`}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      />
      {errors.length ? (
        <p id={`${id}-error`} className="field-error hub-grid-error">
          <span className="visually-hidden">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
    </td>
  );
}

/**
 * Outputs for many sessions at once: one row per session held, one box per count, Tab
 * from box to box. Counts only: the grid has nowhere to put a child's details.
 */
export function OutputsGrid({ hidden, lines, caption }: { hidden: { partnership: string; area: string }; lines: GridLine[]; caption: string }) {
  return (
    <ActionForm action={saveOutputsAction} {...hidden} submitLabel="Save the outputs">
      <p className="field-hint">
        Type the counts for each session held. Blank boxes in a row you fill count as 0; leave a whole row empty if the figures are not in yet. Saving an empty row clears what was recorded for it.
      </p>
      <div className="data-table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table className="data-table hub-grid">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              {OUTPUT_FIELDS.map((f) => (
                <th key={f} scope="col" className="numeric">
                  <abbr title={OUTPUT_LABELS[f]}>{OUTPUT_SHORT_LABELS[f]}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={`${line.sessionId}-${line.date}`} className={line.counts ? "hub-grid-recorded" : undefined}>
                <th scope="row" className="hub-grid-session">
                  <input type="hidden" name={`rows.${i}.session`} value={line.sessionId} />
                  <input type="hidden" name={`rows.${i}.date`} value={line.date} />
                  <span className="hub-grid-date">{line.dateLabel}</span> <span>{line.service}</span>
                  <span className="hub-grid-meta">
                    {line.time}, {line.place}
                    {line.counts ? "" : " · not recorded yet"}
                  </span>
                </th>
                {OUTPUT_FIELDS.map((f) => (
                  <CountInput key={f} index={i} field={f} line={line} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ActionForm>
  );
}
