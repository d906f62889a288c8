"use client";

import { useId, useState } from "react";

/**
 * The column-mapping step for a CSV the importer does not recognise: each template field
 * from one of the file's columns or a fixed value, starting from what the column names
 * suggest, or from a mapping saved for files with the same columns. The mapping can be
 * saved by name for next time.
 */
export type MappingSpec = Record<string, { column: string } | { fixed: string }>;
export type Unrecognised = { header: string[]; suggestion: MappingSpec; missing: string[]; savedMappings: { id: string; name: string; spec: MappingSpec }[] };
export type MappingField = { field: string; required: boolean; explanation: string };

type Choice = { kind: "none" } | { kind: "column"; column: string } | { kind: "fixed"; value: string };

function choicesFrom(spec: MappingSpec, fields: MappingField[]): Record<string, Choice> {
  const out: Record<string, Choice> = {};
  for (const f of fields) {
    const s = spec[f.field];
    out[f.field] = !s ? { kind: "none" } : "column" in s ? { kind: "column", column: s.column } : { kind: "fixed", value: s.fixed };
  }
  return out;
}

export function MappingStep({ fileName, unrecognised, fields, onUpload }: { fileName: string; unrecognised: Unrecognised; fields: MappingField[]; onUpload(mapping: { id: string } | { spec: MappingSpec; saveAs: string }): void }) {
  const id = useId();
  const saved = unrecognised.savedMappings;
  const [savedId, setSavedId] = useState<string>(saved[0]?.id ?? "");
  const [choices, setChoices] = useState<Record<string, Choice>>(() => choicesFrom(saved[0]?.spec ?? unrecognised.suggestion, fields));
  const [saveAs, setSaveAs] = useState("");
  const [errors, setErrors] = useState<string[]>([]);

  function pickSaved(next: string) {
    setSavedId(next);
    const mapping = saved.find((m) => m.id === next);
    setChoices(choicesFrom(mapping?.spec ?? unrecognised.suggestion, fields));
  }

  function set(field: string, choice: Choice) {
    setSavedId("");
    setChoices((c) => ({ ...c, [field]: choice }));
  }

  function submit() {
    if (savedId) return onUpload({ id: savedId });
    const spec: MappingSpec = {};
    for (const [field, c] of Object.entries(choices)) {
      if (c.kind === "column") spec[field] = { column: c.column };
      else if (c.kind === "fixed" && c.value.trim()) spec[field] = { fixed: c.value.trim() };
    }
    const missing = fields.filter((f) => f.required && !spec[f.field]).map((f) => f.field);
    if (missing.length) {
      setErrors(missing.map((f) => `Give a column or a fixed value for ${f}`));
      document.getElementById(`${id}-${missing[0]}`)?.focus();
      return;
    }
    setErrors([]);
    onUpload({ spec, saveAs });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="record-section mapping-step">
      <h2 id={`${id}-title`} className="section-title">
        Map the columns of {fileName}
      </h2>
      <p>
        The importer does not recognise this layout. Say which column of the file holds each field of the platform&apos;s template, or give a fixed value for the whole file (for example the
        indicator code, or the period when the file is for one year). Fields marked required must be filled.
      </p>
      {saved.length ? (
        <div className="field">
          <label htmlFor={`${id}-saved`} className="field-label">
            Saved mapping for files with these columns
          </label>
          <select id={`${id}-saved`} className="input select" value={savedId} onChange={(e) => pickSaved(e.target.value)}>
            <option value="">Map the columns myself</option>
            {saved.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {errors.length ? (
        <div role="alert" className="notice notice-error error-summary">
          <p className="notice-title">Check the mapping</p>
          <ul className="error-summary-list">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="data-table-wrap" role="region" aria-label="Column mapping" tabIndex={0}>
        <table className="data-table mapping-table">
          <caption>Template fields and where they come from</caption>
          <thead>
            <tr>
              <th scope="col">Template field</th>
              <th scope="col">Comes from</th>
              <th scope="col">Fixed value</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => {
              const c = choices[f.field] ?? { kind: "none" };
              const selectValue = c.kind === "column" ? `column:${c.column}` : c.kind === "fixed" ? "fixed" : "";
              return (
                <tr key={f.field}>
                  <th scope="row">
                    <code>{f.field}</code>
                    {f.required ? <span className="tag-required"> required</span> : null}
                    <p className="field-hint mapping-hint">{f.explanation}</p>
                  </th>
                  <td>
                    <label htmlFor={`${id}-${f.field}`} className="visually-hidden">
                      Where {f.field} comes from
                    </label>
                    <select
                      id={`${id}-${f.field}`}
                      className="input select"
                      value={selectValue}
                      aria-invalid={errors.some((e) => e.endsWith(f.field)) || undefined}
                      onChange={(e) => {
                        const v = e.target.value;
                        set(f.field, v === "" ? { kind: "none" } : v === "fixed" ? { kind: "fixed", value: c.kind === "fixed" ? c.value : "" } : { kind: "column", column: v.slice(7) });
                      }}
                    >
                      <option value="">Not in this file</option>
                      <option value="fixed">A fixed value for every row</option>
                      {unrecognised.header.map((h) => (
                        <option key={h} value={`column:${h}`}>
                          Column: {h}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {c.kind === "fixed" ? (
                      <>
                        <label htmlFor={`${id}-${f.field}-fixed`} className="visually-hidden">
                          Fixed value for {f.field}
                        </label>
                        <input id={`${id}-${f.field}-fixed`} className="input" value={c.value} onChange={(e) => set(f.field, { kind: "fixed", value: e.target.value })} />
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!savedId ? (
        <div className="field">
          <label htmlFor={`${id}-save`} className="field-label">
            Save this mapping as (optional)
          </label>
          <p className="field-hint" id={`${id}-save-hint`}>
            A later file with the same columns will offer it.
          </p>
          <input id={`${id}-save`} className="input" aria-describedby={`${id}-save-hint`} value={saveAs} maxLength={100} onChange={(e) => setSaveAs(e.target.value)} />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={submit}>
          Upload with this mapping
        </button>
      </div>
    </section>
  );
}
