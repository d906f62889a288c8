"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action/result";

type Props<T> = {
  action: (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields posted to the action, e.g. { partnership, membershipId }. */
  fields: Record<string, string>;
  label: string;
  confirmTitle: string;
  confirmText: string;
  confirmLabel: string;
  /** Where to go after success (e.g. the list, once the record is gone); otherwise the page refreshes. */
  redirectTo?: string;
};

/** A destructive action behind a modal confirmation; nothing is posted until the user confirms. */
export function ConfirmButton<T>({ action, fields, label, confirmTitle, confirmText, confirmLabel, redirectTo }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionResult<T>, FormData>(action, { status: "idle" });
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  // The result current when the dialog opened: an error from an earlier attempt is not shown again.
  const [openedWith, setOpenedWith] = useState<ActionResult<T> | null>(null);

  function open() {
    setOpenedWith(state);
    dialogRef.current?.showModal();
    // The least destructive choice takes focus, so an accidental Enter does no harm.
    cancelRef.current?.focus();
  }

  useEffect(() => {
    if (state.status !== "success") return;
    dialogRef.current?.close();
    if (redirectTo) router.push(redirectTo);
    else router.refresh();
  }, [state, redirectTo, router]);

  const error = state.status === "error" && state !== openedWith ? state.message : null;

  return (
    <>
      <button type="button" className="button button-danger" onClick={open} aria-haspopup="dialog">
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        // Escape mid-request would hide the outcome; keep the dialog until the result is in.
        onCancel={(e) => {
          if (pending) e.preventDefault();
        }}
      >
        <h2 id={`${id}-title`} className="dialog-title">
          {confirmTitle}
        </h2>
        <p id={`${id}-text`}>{confirmText}</p>
        {error ? (
          <div role="alert" className="notice notice-error">
            <p className="notice-title">It did not work</p>
            <p>{error}</p>
          </div>
        ) : null}
        <form action={formAction} className="dialog-actions">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending}>
            {pending ? "Working…" : confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </form>
      </dialog>
    </>
  );
}
