"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createShareLinkAction } from "@/lib/statement/actions";
import type { ActionResult } from "@/lib/action/result";

type Created = { id: string; path: string };

/**
 * Creates a read-only link and shows its full address once, with a copy button. The
 * token lives only in this component's state: after leaving the page it cannot be shown
 * again (only its hash is stored), so a lost link is revoked and replaced.
 */
export function ShareLinkCreator({ partnership, area, statementId }: { partnership: string; area: string; statementId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<Created>, FormData>(createShareLinkAction, { status: "idle" });
  const [copied, setCopied] = useState("");
  const urlRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const created = state.status === "success" ? state.data : undefined;
  const url = created ? new URL(created.path, typeof window === "undefined" ? "http://localhost" : window.location.origin).href : "";

  useEffect(() => {
    if (state.status === "success") {
      urlRef.current?.focus();
      urlRef.current?.select();
    }
    if (state.status === "error") errorRef.current?.focus();
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Link copied.");
    } catch {
      urlRef.current?.select();
      setCopied("Copying was blocked by the browser: the link is selected, press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  return (
    <div className="soi-share-create">
      <form action={formAction} onSubmit={() => setCopied("")}>
        <input type="hidden" name="partnership" value={partnership} />
        <input type="hidden" name="area" value={area} />
        <input type="hidden" name="statementId" value={statementId} />
        <button type="submit" className="button button-primary" disabled={pending} aria-disabled={pending}>
          {pending ? "Creating…" : "Create a share link"}
        </button>
      </form>
      {state.status === "error" ? (
        <div ref={errorRef} tabIndex={-1} role="alert" className="notice notice-error">
          <p className="notice-title">{state.message}</p>
        </div>
      ) : null}
      {created ? (
        <div className="notice notice-success soi-share-new">
          <p className="notice-title" role="status">
            {state.status === "success" ? state.message : null}
          </p>
          <label htmlFor="soi-share-url" className="field-label">
            New share link
          </label>
          <div className="soi-share-url">
            <input ref={urlRef} id="soi-share-url" className="input" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button button-secondary" onClick={copy}>
              Copy link
            </button>
          </div>
          <p role="status" className="soi-share-copied">
            {copied}
          </p>
        </div>
      ) : null}
    </div>
  );
}
