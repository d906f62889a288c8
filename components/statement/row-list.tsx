"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { fieldId, useFormState } from "@/components/ui/form-context";

type Row<T> = { key: string; value: T };
type Control = "up" | "down" | "remove" | "add" | "row";

type Props<T> = {
  /** The field-name prefix, e.g. "voices": inputs are named voices.0.quote, voices.1.quote… */
  section: string;
  /** What one row is, in a sentence: "community voice". */
  noun: string;
  max: number;
  initial: T[];
  idOf: (value: T) => string;
  /** Post the row's id (to keep it across versions); off for rows identified by their own field, like partners. */
  postId?: boolean;
  blank: () => T;
  /** A row's inputs; `name("quote")` gives the field name at the row's current place. */
  children: (row: { value: T; index: number; name: (field: string) => string }) => ReactNode;
  /** Shown under a row (for example a warning about the saved text). */
  note?: (value: T) => ReactNode;
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? "an" : "a");

/**
 * Repeated rows of the statement (voices, figures, actions…), each in its own fieldset,
 * added, removed and reordered in the page and saved with the whole form. Inputs are
 * named by position, so the action's messages and echoed values land on the right row.
 * Every control is a real button named after its row, focus follows the row that moved,
 * and each change is announced; nothing is saved until "Save statement".
 */
export function RowList<T>({ section, noun, max, initial, idOf, postId = true, blank, children, note }: Props<T>) {
  const { formId, fieldErrors } = useFormState();
  const counter = useRef(0);
  const [rows, setRows] = useState<Row<T>[]>(() => initial.map((value, i) => ({ key: idOf(value) || `saved-${i}`, value })));
  const [announcement, setAnnouncement] = useState("");
  const container = useRef<HTMLDivElement>(null);
  const focusNext = useRef<{ key: string; control: Control } | null>(null);
  const sectionErrors = fieldErrors[section] ?? [];

  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const el = container.current?.querySelector<HTMLElement>(`[data-control="${CSS.escape(`${target.key}:${target.control}`)}"]`);
    // A new row: straight into its first input.
    if (target.control === "row") el?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")?.focus();
    else el?.focus();
  });

  // Found again after React has moved the rows, so focus follows the row that moved.
  const bind = (key: string, control: Control) => ({ "data-control": `${key}:${control}` });

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    if (to < 0 || to >= rows.length) return;
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(to, 0, row!);
    setRows(next);
    // Focus stays on the button pressed, even when it can go no further (it is aria-disabled, not disabled).
    focusNext.current = { key: row!.key, control: by < 0 ? "up" : "down" };
    setAnnouncement(`${capitalise(noun)} ${index + 1} moved ${by < 0 ? "up" : "down"}: it is now ${noun} ${to + 1} of ${next.length}. Not saved yet.`);
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    setRows(next);
    const after = next[index] ?? next[index - 1];
    focusNext.current = after ? { key: after.key, control: "remove" } : { key: "", control: "add" };
    setAnnouncement(`${capitalise(noun)} ${index + 1} removed. ${next.length} left. Not saved until you save the statement.`);
  }

  function add() {
    if (rows.length >= max) return;
    counter.current += 1;
    const key = `new-${counter.current}`;
    setRows([...rows, { key, value: blank() }]);
    focusNext.current = { key, control: "row" };
    setAnnouncement(`${capitalise(noun)} ${rows.length + 1} added.`);
  }

  return (
    <div ref={container} className="soi-rows" id={formId ? fieldId(formId, section) : undefined} tabIndex={-1}>
      {sectionErrors.length ? (
        <p className="field-error">
          <span className="visually-hidden">Error: </span>
          {sectionErrors.join(" ")}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="muted">None yet.</p> : null}
      <ol className="soi-row-list">
        {rows.map((row, index) => {
          const label = `${noun} ${index + 1}`;
          return (
            <li key={row.key}>
              <fieldset className="soi-row" {...bind(row.key, "row")}>
                <legend className="soi-row-legend">{capitalise(label)}</legend>
                {postId ? <input type="hidden" name={`${section}.${index}.id`} value={idOf(row.value)} /> : null}
                <div className="soi-row-fields">{children({ value: row.value, index, name: (field) => `${section}.${index}.${field}` })}</div>
                {note?.(row.value)}
                <div className="soi-row-actions">
                  <button {...bind(row.key, "up")} type="button" className="button button-secondary soi-row-button" onClick={() => move(index, -1)} aria-disabled={index === 0}>
                    <span aria-hidden="true">↑ </span>Move up<span className="visually-hidden"> {label}</span>
                  </button>
                  <button
                    {...bind(row.key, "down")}
                    type="button"
                    className="button button-secondary soi-row-button"
                    onClick={() => move(index, 1)}
                    aria-disabled={index === rows.length - 1}
                  >
                    <span aria-hidden="true">↓ </span>Move down<span className="visually-hidden"> {label}</span>
                  </button>
                  <button {...bind(row.key, "remove")} type="button" className="button button-secondary soi-row-button" onClick={() => remove(index)}>
                    Remove<span className="visually-hidden"> {label}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button {...bind("", "add")} type="button" className="button button-secondary soi-add" onClick={add} aria-disabled={rows.length >= max}>
        Add {article(noun)} {noun}
      </button>
      {rows.length >= max ? <p className="muted">That is the most this section can hold ({max}).</p> : null}
      <p aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
