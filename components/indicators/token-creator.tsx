"use client";

import { useActionState, useId, useState } from "react";
import type { ActionResult } from "@/lib/action/result";

/**
 * Creates an API token and shows its secret exactly once, with a copy button. The secret
 * never reaches the page again: only its first characters are listed.
 */
type Created = { id: string; name: string; token: string; prefix: string };

export function TokenCreator({ action, partnership }: { action: (p: ActionResult<Created>, f: FormData) => Promise<ActionResult<Created>>; partnership: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<Created>, FormData>(action, { status: "idle" });
  const [copied, setCopied] = useState(false);
  const id = useId();
  const error = state.status === "error" ? state : null;
  const nameError = error?.fieldErrors?.name?.join(" ");
  return (
    <div className="token-creator">
      <form action={formAction} className="action-form" noValidate>
        <input type="hidden" name="partnership" value={partnership} />
        {error && !nameError ? (
          <div role="alert" className="notice notice-error">
            <p className="notice-title">{error.message}</p>
          </div>
        ) : null}
        <div className={nameError ? "field field-invalid" : "field"}>
          <label htmlFor={`${id}-name`} className="field-label">
            Name
          </label>
          <p id={`${id}-hint`} className="field-hint">
            What will use it, e.g. “R script on the analysis server”.
          </p>
          {nameError ? (
            <p id={`${id}-error`} className="field-error">
              <span className="visually-hidden">Error: </span>
              {nameError}
            </p>
          ) : null}
          <input id={`${id}-name`} name="name" className="input" maxLength={100} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `${id}-hint ${id}-error` : `${id}-hint`} defaultValue={error?.values?.name} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending} aria-disabled={pending}>
            {pending ? "Creating…" : "Create a token"}
          </button>
        </div>
      </form>
      <div role="status" className="form-status">
        {state.status === "success" && state.data ? (
          <div className="notice notice-success token-secret">
            <p className="notice-title">{state.message}</p>
            <p>
              <label htmlFor={`${id}-secret`}>Token “{state.data.name}”</label>
            </p>
            <input id={`${id}-secret`} className="input token-value" readOnly value={state.data.token} onFocus={(e) => e.currentTarget.select()} />
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  void navigator.clipboard?.writeText(state.data!.token).then(() => setCopied(true));
                }}
              >
                {copied ? "Copied" : "Copy the token"}
              </button>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
