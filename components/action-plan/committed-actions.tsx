"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { addStatementActionToPlanAction } from "@/lib/action-plan/actions";
import type { AddedToPlan } from "@/lib/action-plan/services/from-sources";
import type { ActionResult } from "@/lib/action/result";

type Props = {
  partnership: string;
  area: string;
  statementId: string;
  /** The committed actions not yet in the plan, each with the name of its button. */
  actions: { id: string; text: string; buttonLabel: string }[];
  /** Where an item's page lives: `${itemBase}/${id}`. */
  itemBase: string;
  canWrite: boolean;
  /** Said instead of the list when every committed action is in the plan (or there are none). */
  emptyText: string;
};

/**
 * The committed actions still to add, one button each. The list holds the one action
 * state: an added action leaves the list when the page refreshes, and its message must
 * outlive its row. Each button is its own small form, so it works before hydration too.
 */
export function CommittedActionList({ partnership, area, statementId, actions, itemBase, canWrite, emptyText }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<AddedToPlan>, FormData>(addStatementActionToPlanAction, { status: "idle" });
  const messageRef = useRef<HTMLDivElement>(null);

  // The button just pressed leaves the page; the message takes focus so keyboard users are not dropped at the top.
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  return (
    <>
      <div ref={messageRef} tabIndex={-1} className="ap-one-click-message">
        <div role="status">
          {state.status === "success" ? (
            <p className="notice notice-success">
              {state.message}{" "}
              {state.data ? <Link href={`${itemBase}/${state.data.id}`}>Open the item to give it an owner and a due date</Link> : null}
            </p>
          ) : null}
        </div>
        {state.status === "error" ? (
          <p role="alert" className="notice notice-error">
            {state.message}
          </p>
        ) : null}
      </div>
      {actions.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="ap-committed-list">
          {actions.map((a) => (
            <li key={a.id}>
              <p className="record-prewrap">{a.text}</p>
              {canWrite ? (
                <form action={formAction}>
                  <input type="hidden" name="partnership" value={partnership} />
                  <input type="hidden" name="area" value={area} />
                  <input type="hidden" name="statementId" value={statementId} />
                  <input type="hidden" name="actionId" value={a.id} />
                  <button type="submit" className="button button-secondary" disabled={pending} aria-disabled={pending}>
                    {a.buttonLabel}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
