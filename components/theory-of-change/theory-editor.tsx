"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { fieldId, useFormState } from "@/components/ui/form-context";
import { FieldShell } from "@/components/ui/fields";
import { UnsavedGuard } from "@/components/ui/unsaved-guard";
import { COLUMN_CODES, COLUMN_NOUNS, COLUMNS, nextColumn, type ColumnKey, type TheoryContent } from "@/lib/theory-of-change/content";
import type { ActionResult } from "@/lib/action/result";
import type { SavedTheory } from "@/lib/theory-of-change/services/save";

type Node = { id: string; text: string; leadsTo: string[]; indicatorCodes: string };
type Entry = { id: string; text: string };
type Draft = Record<ColumnKey, Node[]> & { assumptions: Entry[]; foundations: Entry[] };
type ListKey = ColumnKey | "assumptions" | "foundations";

type Props = {
  action: (previous: ActionResult<SavedTheory>, formData: FormData) => Promise<ActionResult<SavedTheory>>;
  partnership: string;
  area?: string;
  content: TheoryContent;
  /** The latest version number (0 before the first save): a save from an older one is refused. */
  baseVersion: number;
  /** "Focus issue" for an area, "Purpose" for the partnership. */
  focusLabel: string;
};

/** crypto.randomUUID exists only on secure origins; a deployment on plain http still needs ids. */
function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function toDraft(content: TheoryContent): Draft {
  const nodes = (key: ColumnKey): Node[] =>
    content[key].map((n) => ({ id: n.id, text: n.text, leadsTo: n.leadsTo, indicatorCodes: "indicatorCodes" in n ? n.indicatorCodes.join(", ") : "" }));
  return {
    waysOfWorking: nodes("waysOfWorking"),
    activities: nodes("activities"),
    outcomes: nodes("outcomes"),
    impacts: nodes("impacts"),
    assumptions: content.assumptions.map((a) => ({ ...a })),
    foundations: content.foundations.map((f) => ({ ...f })),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const short = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);

function FieldError({ name }: { name: string }) {
  const { formId, fieldErrors } = useFormState();
  const errors = fieldErrors[name];
  if (!errors?.length || !formId) return null;
  return (
    <p id={`${fieldId(formId, name)}-error`} className="field-error">
      <span className="visually-hidden">Error: </span>
      {errors.join(" ")}
    </p>
  );
}

/** A controlled text box: the links of the column before show its text as it is typed. */
function TextBox({ name, label, value, onChange, rows = 2, hint }: { name: string; label: string; value: string; onChange: (v: string) => void; rows?: number; hint?: string }) {
  const { formId, fieldErrors } = useFormState();
  const id = fieldId(formId ?? "toc", name);
  const errors = fieldErrors[name] ?? [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const control = { id, name, value, className: "input", "aria-invalid": errorId ? true : undefined, "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined };
  return (
    <FieldShell id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId}>
      {rows > 1 ? (
        <textarea {...control} rows={rows} className="input textarea" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...control} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/**
 * The theory of change as one form: the four columns, then what it rests on. Each entry
 * of a column ticks the entries of the next column it leads to; the choices follow the
 * text as it is typed, and a new entry can be linked to before it is saved (ids are made
 * here and kept by the server when well formed). One "Save a new version" saves it all.
 */
export function TheoryEditor({ action, partnership, area, content, baseVersion, focusLabel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(content));
  const [focus, setFocus] = useState(content.focus);
  const [vision, setVision] = useState(content.vision);
  const [mission, setMission] = useState(content.mission);
  const [changeNote, setChangeNote] = useState("");
  const [announcement, setAnnouncement] = useState("");
  // A saved version comes back as a new baseVersion: its note is kept with it, so the box empties.
  const [savedBase, setSavedBase] = useState(baseVersion);
  if (savedBase !== baseVersion) {
    setSavedBase(baseVersion);
    setChangeNote("");
  }

  // A selector to focus once React has drawn the change (a new row's text box, the moved row's button).
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    document.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const update = (key: ListKey, index: number, patch: Partial<Node>) =>
    setDraft((d) => ({ ...d, [key]: (d[key] as Node[]).map((n, i) => (i === index ? { ...n, ...patch } : n)) }));

  function add(key: ListKey, noun: string) {
    const id = newId();
    setDraft((d) => ({ ...d, [key]: [...(d[key] as Node[]), { id, text: "", leadsTo: [], indicatorCodes: "" }] }));
    setAnnouncement(`${capitalise(noun)} ${draft[key].length + 1} added.`);
    focusNext.current = `[data-entry="${id}"] textarea`;
  }

  function remove(key: ListKey, index: number, noun: string) {
    const removed = draft[key][index]!.id;
    setDraft((d) => {
      const next: Draft = { ...d, [key]: (d[key] as Node[]).filter((_, i) => i !== index) };
      // Links into the removed entry go with it.
      for (const column of COLUMNS) if (nextColumn(column.key) === key) next[column.key] = next[column.key].map((n) => ({ ...n, leadsTo: n.leadsTo.filter((l) => l !== removed) }));
      return next;
    });
    setAnnouncement(`${capitalise(noun)} ${index + 1} removed. Not saved until you save a new version.`);
    focusNext.current = `[data-add="${key}"]`;
  }

  function move(key: ListKey, index: number, by: -1 | 1, noun: string) {
    const to = index + by;
    const list = draft[key] as Node[];
    if (to < 0 || to >= list.length) return;
    const next = [...list];
    const [row] = next.splice(index, 1);
    next.splice(to, 0, row!);
    setDraft((d) => ({ ...d, [key]: next }));
    setAnnouncement(`${capitalise(noun)} ${index + 1} moved ${by < 0 ? "up" : "down"}: it is now ${noun} ${to + 1}. Not saved yet.`);
    focusNext.current = `[data-entry="${row!.id}"] [data-move="${by}"]`;
  }

  function rowControls(key: ListKey, index: number, count: number, noun: string): ReactNode {
    const label = `${noun} ${index + 1}`;
    return (
      <div className="toc-entry-actions">
        <button type="button" data-control data-move="-1" className="button button-secondary toc-small-button" onClick={() => move(key, index, -1, noun)} aria-disabled={index === 0}>
          <span aria-hidden="true">↑ </span>Move up<span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" data-control data-move="1" className="button button-secondary toc-small-button" onClick={() => move(key, index, 1, noun)} aria-disabled={index === count - 1}>
          <span aria-hidden="true">↓ </span>Move down<span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" data-control className="button button-secondary toc-small-button" onClick={() => remove(key, index, noun)}>
          Remove<span className="visually-hidden"> {label}</span>
        </button>
      </div>
    );
  }

  return (
    <ActionForm action={action} partnership={partnership} area={area} submitLabel={baseVersion === 0 ? "Save the first version" : "Save a new version"} className="toc-editor">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <UnsavedGuard key={baseVersion} className="toc-edit-sections">
        <TextBox name="focus" label={focusLabel} value={focus} onChange={setFocus} rows={1} />

        {COLUMNS.map((column) => {
          const key = column.key;
          const noun = COLUMN_NOUNS[key];
          const next = nextColumn(key);
          const list = draft[key];
          return (
            <section key={key} className="toc-edit-column" aria-labelledby={`toc-edit-${key}`}>
              <h3 id={`toc-edit-${key}`} className="toc-edit-title">
                <span className="toc-edit-lead">{column.label}</span> {column.heading}
              </h3>
              <FieldError name={key} />
              {list.length === 0 ? <p className="muted">None yet.</p> : null}
              <ol className="toc-entry-list">
                {list.map((node, index) => {
                  const code = `${COLUMN_CODES[key]}${index + 1}`;
                  const legend = `${capitalise(noun)} ${index + 1}`;
                  return (
                    <li key={node.id} data-entry={node.id}>
                      <fieldset className="toc-entry">
                        <legend className="toc-entry-legend">
                          <span className="toc-code" aria-hidden="true">
                            {code}
                          </span>{" "}
                          {legend}
                        </legend>
                        <input type="hidden" name={`${key}.${index}.id`} value={node.id} />
                        <TextBox name={`${key}.${index}.text`} label={capitalise(noun)} value={node.text} onChange={(text) => update(key, index, { text })} />
                        {key === "outcomes" ? (
                          <TextBox
                            name={`${key}.${index}.indicatorCodes`}
                            label="Indicators that will show it (optional)"
                            hint="Indicator codes separated by commas, e.g. KS2-RWM, FSM-ATTENDANCE."
                            value={node.indicatorCodes}
                            onChange={(indicatorCodes) => update(key, index, { indicatorCodes })}
                            rows={1}
                          />
                        ) : null}
                        {next ? (
                          <fieldset className="toc-links">
                            <legend className="toc-links-legend">
                              {legend} leads to {COLUMN_NOUNS[next] === "activity" ? "activities" : `${COLUMN_NOUNS[next]}s`}
                            </legend>
                            {draft[next].length === 0 ? (
                              <p className="muted">Add {COLUMNS.find((c) => c.key === next)!.heading.toLowerCase()} below first.</p>
                            ) : (
                              <ul className="toc-link-choices">
                                {draft[next].map((target, t) => {
                                  const boxId = `toc-${node.id}-${target.id}`;
                                  return (
                                    <li key={target.id} className="checkbox">
                                      <input
                                        id={boxId}
                                        className="checkbox-input"
                                        type="checkbox"
                                        name={`${key}.${index}.leadsTo`}
                                        value={target.id}
                                        checked={node.leadsTo.includes(target.id)}
                                        onChange={(e) =>
                                          update(key, index, { leadsTo: e.target.checked ? [...node.leadsTo, target.id] : node.leadsTo.filter((l) => l !== target.id) })
                                        }
                                      />
                                      <label htmlFor={boxId} className="checkbox-label">
                                        <span className="toc-code">{`${COLUMN_CODES[next]}${t + 1}`}</span> {target.text.trim() ? short(target.text.trim()) : <em>not written yet</em>}
                                      </label>
                                    </li>
                                  );
                                })}
                              </ul>
                            )}
                          </fieldset>
                        ) : null}
                        {rowControls(key, index, list.length, noun)}
                      </fieldset>
                    </li>
                  );
                })}
              </ol>
              <button type="button" data-control data-add={key} className="button button-secondary" onClick={() => add(key, noun)}>
                Add {noun === "activity" || noun === "outcome" || noun === "impact" ? "an" : "a"} {noun}
              </button>
            </section>
          );
        })}

        {(
          [
            ["assumptions", "assumption", "Grounded in our key assumptions", "What must hold true for the chain to work."],
            ["foundations", "foundation", "Based on our theoretic foundations", "The fields of knowledge the approach draws on (optional)."],
          ] as const
        ).map(([key, noun, heading, intro]) => (
          <section key={key} className="toc-edit-column" aria-labelledby={`toc-edit-${key}`}>
            <h3 id={`toc-edit-${key}`} className="toc-edit-title">
              {heading}
            </h3>
            <p className="muted">{intro}</p>
            <FieldError name={key} />
            <ol className="toc-entry-list">
              {draft[key].map((entry, index) => (
                <li key={entry.id} data-entry={entry.id}>
                  <fieldset className="toc-entry">
                    <legend className="toc-entry-legend">{`${capitalise(noun)} ${index + 1}`}</legend>
                    <input type="hidden" name={`${key}.${index}.id`} value={entry.id} />
                    <TextBox name={`${key}.${index}.text`} label={capitalise(noun)} value={entry.text} onChange={(text) => update(key, index, { text })} />
                    {rowControls(key, index, draft[key].length, noun)}
                  </fieldset>
                </li>
              ))}
            </ol>
            <button type="button" data-control data-add={key} className="button button-secondary" onClick={() => add(key, noun)}>
              Add {noun === "assumption" ? "an" : "a"} {noun}
            </button>
          </section>
        ))}

        <section className="toc-edit-column" aria-labelledby="toc-edit-vision">
          <h3 id="toc-edit-vision" className="toc-edit-title">
            <span className="toc-edit-lead">And so…</span> the vision
          </h3>
          <TextBox name="vision" label="Our vision" value={vision} onChange={setVision} rows={3} />
          <TextBox name="mission" label="Our mission (optional)" value={mission} onChange={setMission} rows={3} />
        </section>

        <TextBox
          name="changeNote"
          label={baseVersion === 0 ? "Note on this version (optional)" : "What changed and why"}
          hint={baseVersion === 0 ? undefined : "Kept with the version, so the board can follow how the theory was refined (phase 5 asks for this)."}
          value={changeNote}
          onChange={setChangeNote}
          rows={2}
        />
      </UnsavedGuard>
      <p aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </p>
    </ActionForm>
  );
}
