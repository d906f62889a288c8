"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { addDecisionToPlanAction } from "@/lib/action-plan/actions";
import type { AddedToPlan } from "@/lib/action-plan/services/from-sources";
import type { ActionResult } from "@/lib/action/result";

type Props = {
  partnership: string;
  area: string;
  decisionId: string;
  /** A few words of the decision, so each button's accessible name is different. */
  decisionSummary: string;
  /** The item's page when the decision is already in the action plan. */
  itemHref: string | null;
  canWrite: boolean;
  itemBase: string;
};

/**
 * On a meeting's page, beside each decision: "In the action plan" (a link to the item),
 * or a one-click button that makes the decision an item. The component stays mounted
 * when the page refreshes after the click, so its message and focus carry over.
 */
export function DecisionToItem({ partnership, area, decisionId, decisionSummary, itemHref, canWrite, itemBase }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<AddedToPlan>, FormData>(addDecisionToPlanAction, { status: "idle" });
  const linkRef = useRef<HTMLAnchorElement>(null);
  const href = itemHref ?? (state.status === "success" && state.data ? `${itemBase}/${state.data.id}` : null);

  useEffect(() => {
    if (state.status === "success") linkRef.current?.focus();
  }, [state]);

  return (
    <div className="decision-to-item">
      <div role="status">{state.status === "success" ? <p className="notice notice-success">{state.message}</p> : null}</div>
      {state.status === "error" ? (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      ) : null}
      {href ? (
        <p>
          <span className="badge badge-met">In the action plan</span>{" "}
          <Link ref={linkRef} href={href}>
            Open the action item<span className="visually-hidden">: {decisionSummary}</span>
          </Link>
        </p>
      ) : canWrite ? (
        <form action={formAction}>
          <input type="hidden" name="partnership" value={partnership} />
          <input type="hidden" name="area" value={area} />
          <input type="hidden" name="decisionId" value={decisionId} />
          <button type="submit" className="button button-secondary" disabled={pending} aria-disabled={pending}>
            Make this an action item<span className="visually-hidden">: {decisionSummary}</span>
          </button>
        </form>
      ) : null}
    </div>
  );
}
