"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import type { AddedToPlan } from "@/lib/action-plan/services/from-sources";
import type { ActionResult, FormAction } from "@/lib/action/result";

type Props = {
  /** One of the action plan's one-click actions (lib/action-plan/actions.ts). */
  action: FormAction<AddedToPlan>;
  /** Hidden fields: the partnership and area claims, and the source's id. */
  fields: Record<string, string>;
  /** A few words of the source, so each button's accessible name is different. */
  summary: string;
  /** The item's page when the source is already in the action plan. */
  itemHref: string | null;
  canWrite: boolean;
  itemBase: string;
  label?: string;
};

/**
 * Beside something that can become an action item (a meeting's decision, a red or amber
 * capability rating): "In the action plan" with a link to the item, or a one-click button
 * that makes it one. The component stays mounted when the page refreshes after the click,
 * so its message and focus carry over.
 */
export function AddToPlan({ action, fields, summary, itemHref, canWrite, itemBase, label = "Make this an action item" }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<AddedToPlan>, FormData>(action, { status: "idle" });
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
            Open the action item<span className="visually-hidden">: {summary}</span>
          </Link>
        </p>
      ) : canWrite ? (
        <form action={formAction}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="button button-secondary" disabled={pending} aria-disabled={pending}>
            {label}
            <span className="visually-hidden">: {summary}</span>
          </button>
        </form>
      ) : null}
    </div>
  );
}
