"use client";

import { useEffect, useState, type ReactNode, type SyntheticEvent } from "react";

/**
 * Asks before the page is left with edits that were not saved: typing, ticking, or
 * adding, moving and removing rows (their buttons carry data-control). Mounted afresh
 * for each saved revision, so a successful save clears it.
 */
export function UnsavedGuard({ children, className }: { children: ReactNode; className?: string }) {
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const mark = () => setDirty(true);
  const onClick = (event: SyntheticEvent) => {
    if (event.target instanceof Element && event.target.closest("[data-control]")) mark();
  };

  return (
    <div className={className} onInput={mark} onChange={mark} onClick={onClick}>
      {children}
    </div>
  );
}
