"use client";

import { useActionState, useLayoutEffect, useRef, useState } from "react";
import type { ActionResult, FormAction } from "@/lib/action/result";

export type RankablePriority = { id: string; title: string };

type Props = {
  action: FormAction<void>;
  partnership: string;
  area: string;
  /** Every priority of the area: candidates and those ranked now. */
  priorities: RankablePriority[];
  /** The ids ranked now, most urgent first (as saved). */
  ranked: string[];
  /** Once the area delivers (phase 3 or later) the focus issue is fixed for the cycle. */
  lockedFocus?: RankablePriority | null;
};

const MAX = 3;

type Control = "up" | "down" | "remove" | "add";
/** Where focus goes after a change: `exact` keeps it on that very button, otherwise the first usable one. */
type FocusTarget = { id: string; control: Control; exact: boolean };

function describeOrder(ids: string[], titles: Map<string, string>): string {
  if (ids.length === 0) return "No priorities ranked.";
  return `New order: ${ids.map((id, i) => `${i + 1}, ${titles.get(id) ?? ""}`).join("; ")}.`;
}

/**
 * Ranks up to three focus priorities by urgency. Everything works from the keyboard:
 * each control is a real button named after its priority ("Move 'Knife crime' up"),
 * focus stays with the priority that moved, and every change is announced in a
 * polite live region. Buttons that cannot act at the moment are aria-disabled, not
 * disabled, so focus never drops out of the list when an item reaches the top.
 * Nothing is saved until "Save ranking", which posts the ids in order.
 */
export function PriorityRanking({ action, partnership, area, priorities, ranked: saved, lockedFocus }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<void>, FormData>(action, { status: "idle" });
  const titles = new Map(priorities.map((p) => [p.id, p.title]));
  const [order, setOrder] = useState<string[]>(saved);
  // The order last sent: once the save succeeds, that is the saved state, even before the page's data refreshes.
  const [submitted, setSubmitted] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<FocusTarget | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  // When the saved ranking changes on the server (after a save, or another co-ordinator's), start from it again.
  const savedKey = saved.join(",");
  const [lastSaved, setLastSaved] = useState(savedKey);
  if (lastSaved !== savedKey) {
    setLastSaved(savedKey);
    setOrder(saved);
    setSubmitted(null);
  }

  // A priority removed since the page loaded simply drops out.
  const ranked = order.filter((id) => titles.has(id));
  const baseline = (state.status === "success" && submitted ? submitted : saved).filter((id) => titles.has(id));
  const changed = ranked.join(",") !== baseline.join(",");
  const unranked = priorities.filter((p) => !ranked.includes(p.id));
  const full = ranked.length >= MAX;
  // While the area delivers, the focus issue stays first: it cannot move down or out, nor be overtaken.
  const pinned = lockedFocus != null && ranked[0] === lockedFocus.id;

  const canMove = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= ranked.length) return false;
    return !(pinned && (index === 0 || to === 0));
  };
  const canRemove = (index: number) => !(pinned && index === 0);

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const button = (control: Control) => controls.current.get(`${target.id}:${control}`);
    if (target.exact) {
      button(target.control)?.focus();
      return;
    }
    const candidates = [target.control, "up", "down", "remove"] as const;
    const usable = candidates.map(button).find((b) => b && b.getAttribute("aria-disabled") !== "true");
    (usable ?? button(target.control))?.focus();
  });

  useLayoutEffect(() => {
    if (state.status === "error") errorRef.current?.focus();
  }, [state]);

  function bind(id: string, control: Control) {
    return (el: HTMLButtonElement | null) => {
      const key = `${id}:${control}`;
      if (el) controls.current.set(key, el);
      else controls.current.delete(key);
    };
  }

  function move(id: string, by: -1 | 1) {
    const from = ranked.indexOf(id);
    if (from < 0 || !canMove(from, by)) return;
    const to = from + by;
    const next = [...ranked];
    next.splice(from, 1);
    next.splice(to, 0, id);
    setOrder(next);
    pendingFocus.current = { id, control: by < 0 ? "up" : "down", exact: true };
    setAnnouncement(`'${titles.get(id)}' moved ${by < 0 ? "up" : "down"} to number ${to + 1}. ${describeOrder(next, titles)}`);
  }

  function add(id: string) {
    if (full || ranked.includes(id)) return;
    const next = [...ranked, id];
    setOrder(next);
    pendingFocus.current = { id, control: "up", exact: false };
    setAnnouncement(`'${titles.get(id)}' added to the ranking at number ${next.length}. ${describeOrder(next, titles)}`);
  }

  function remove(id: string) {
    const index = ranked.indexOf(id);
    if (index < 0 || !canRemove(index)) return;
    const next = ranked.filter((r) => r !== id);
    setOrder(next);
    pendingFocus.current = { id, control: "add", exact: true };
    setAnnouncement(`'${titles.get(id)}' taken out of the ranking. ${describeOrder(next, titles)}`);
  }

  function undo() {
    setOrder(baseline);
    // The undo button goes away with the changes: keep focus in the form rather than lose it to the page.
    saveRef.current?.focus();
    setAnnouncement(`Changes undone. ${describeOrder(baseline, titles)}`);
  }

  const isFocus = (id: string, index: number) => (lockedFocus ? id === lockedFocus.id : index === 0);

  return (
    <div className="ranking">
      <div className="ranking-columns">
        <div>
          <h3 className="subsection-title">Ranked focus priorities</h3>
          {ranked.length === 0 ? (
            <p className="muted">None ranked yet. Add three from the candidates, most urgent first.</p>
          ) : (
            <ol className="ranking-list">
              {ranked.map((id, index) => {
                const title = titles.get(id) ?? "";
                return (
                  <li key={id} className="ranking-item">
                    <span className="ranking-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="ranking-title">
                      <span className="visually-hidden">Number {index + 1}: </span>
                      {title}
                      {isFocus(id, index) ? (
                        <>
                          {" "}
                          <span className="ranking-tag">Focus issue</span>
                        </>
                      ) : null}
                    </span>
                    <span className="ranking-actions">
                      <button
                        ref={bind(id, "up")}
                        type="button"
                        className="button button-secondary"
                        onClick={() => move(id, -1)}
                        aria-disabled={!canMove(index, -1)}
                        aria-label={`Move '${title}' up`}
                      >
                        <span aria-hidden="true">↑</span> Up
                      </button>
                      <button
                        ref={bind(id, "down")}
                        type="button"
                        className="button button-secondary"
                        onClick={() => move(id, 1)}
                        aria-disabled={!canMove(index, 1)}
                        aria-label={`Move '${title}' down`}
                      >
                        <span aria-hidden="true">↓</span> Down
                      </button>
                      <button
                        ref={bind(id, "remove")}
                        type="button"
                        className="button button-secondary"
                        onClick={() => remove(id)}
                        aria-disabled={!canRemove(index)}
                        aria-label={`Remove '${title}' from the ranking`}
                      >
                        Remove
                      </button>
                    </span>
                    {pinned && index === 0 ? <span className="ranking-note muted">Fixed as the focus issue for this cycle.</span> : null}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
        <div>
          <h3 className="subsection-title">Candidates not ranked</h3>
          {unranked.length === 0 ? (
            <p className="muted">{priorities.length === 0 ? "No candidate priorities yet: add them above first." : "Every candidate is ranked."}</p>
          ) : (
            <>
              {full ? <p className="muted">Three are ranked. Remove one from the ranking to add another.</p> : null}
              <ul className="ranking-list">
                {unranked.map((p) => (
                  <li key={p.id} className="ranking-item">
                    <span className="ranking-title">{p.title}</span>
                    <span className="ranking-actions">
                      <button
                        ref={bind(p.id, "add")}
                        type="button"
                        className="button button-secondary"
                        onClick={() => add(p.id)}
                        aria-disabled={full}
                        aria-label={`Add '${p.title}' to the ranking`}
                      >
                        Add
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>

      <p aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </p>

      <form action={formAction} onSubmit={() => setSubmitted(ranked)} className="ranking-save">
        <input type="hidden" name="partnership" value={partnership} />
        <input type="hidden" name="area" value={area} />
        {ranked.map((id) => (
          <input key={id} type="hidden" name="priorityIds" value={id} />
        ))}
        {state.status === "error" ? (
          <div ref={errorRef} tabIndex={-1} role="alert" className="notice notice-error error-summary">
            <p className="notice-title">{state.message}</p>
            {Object.values(state.fieldErrors ?? {})
              .flat()
              .map((message, i) => (
                <p key={i}>{message}</p>
              ))}
          </div>
        ) : null}
        <p className={ranked.length === MAX ? "muted" : "ranking-warning"}>
          {ranked.length === MAX
            ? "Three priorities ranked, as Plan & Prioritise needs."
            : `${ranked.length} of 3 ranked. You can save fewer, but Plan & Prioritise needs exactly three before the area can move on.`}
        </p>
        <div className="form-actions">
          <button ref={saveRef} type="submit" className="button button-primary" disabled={pending} aria-disabled={pending}>
            {pending ? "Saving…" : "Save ranking"}
          </button>
          {changed ? (
            <>
              <button type="button" className="button button-secondary" onClick={undo} disabled={pending}>
                Undo changes
              </button>
              <span className="ranking-warning">Not saved yet</span>
            </>
          ) : null}
        </div>
        <div role="status" className="form-status">
          {state.status === "success" && state.message && !changed ? <p className="notice notice-success form-success">{state.message}</p> : null}
        </div>
      </form>
    </div>
  );
}
