"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/action/result";
import { fieldId, FormStateProvider, type FormState } from "@/components/ui/form-context";

type Props<T> = {
  action: (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** The partnership slug the action checks membership of; sent as a hidden field. */
  partnership?: string;
  /** The area slug for area-scoped actions; sent as a hidden field. */
  area?: string;
  submitLabel: string;
  pendingLabel?: string;
  /** Clear the fields after a success (for "add" forms); edit forms show the saved values instead. */
  resetOnSuccess?: boolean;
  children: ReactNode;
  className?: string;
};

/** Moves focus to the field an error-summary link names, without adding the fragment to the address. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

/**
 * A form bound to a server action (see lib/action/define-action.ts). The action is
 * passed straight to useActionState so the form also works before hydration.
 */
export function ActionForm<T>({ action, partnership, area, submitLabel, pendingLabel = "Saving…", resetOnSuccess, children, className }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionResult<T>, FormData>(action, { status: "idle" });
  const formId = useId();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // Counts results so fields can re-mount with echoed values even when two results look alike.
  const [seen, setSeen] = useState({ state, version: 0 });
  if (seen.state !== state) setSeen({ state, version: seen.version + 1 });
  const version = seen.state === state ? seen.version : seen.version + 1;

  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
    if (state.status === "success") {
      if (resetOnSuccess) formRef.current?.reset();
      if (state.redirectTo) router.push(state.redirectTo);
    }
  }, [state, resetOnSuccess, router]);

  const fieldState: FormState = {
    formId,
    fieldErrors: state.status === "error" ? (state.fieldErrors ?? {}) : {},
    values: state.status === "error" ? state.values : undefined,
    version,
  };
  const fieldErrors = Object.entries(fieldState.fieldErrors).filter(([, messages]) => messages.length > 0);

  return (
    <form ref={formRef} action={formAction} noValidate className={className ? `action-form ${className}` : "action-form"}>
      {partnership ? <input type="hidden" name="partnership" value={partnership} /> : null}
      {area ? <input type="hidden" name="area" value={area} /> : null}
      {state.status === "error" ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="notice notice-error error-summary">
          <p className="notice-title">{state.message}</p>
          {fieldErrors.length > 0 ? (
            <ul className="error-summary-list">
              {fieldErrors.map(([name, messages]) =>
                name === "_form" ? (
                  <li key={name}>{messages.join(" ")}</li>
                ) : (
                  <li key={name}>
                    <a href={`#${fieldId(formId, name)}`} onClick={(e) => focusField(e, fieldId(formId, name))}>
                      {messages.join(" ")}
                    </a>
                  </li>
                ),
              )}
            </ul>
          ) : null}
          {state.code === "unauthenticated" ? (
            <p>
              <Link href="/sign-in">Sign in again</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <FormStateProvider value={fieldState}>{children}</FormStateProvider>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending} aria-disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
      {/* Always present, so screen readers announce the message when it appears. */}
      <div role="status" className="form-status">
        {state.status === "success" && state.message ? (
          <p key={version} className="notice notice-success form-success">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
