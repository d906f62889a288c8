"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> section that starts open or closed and then stays as the user left it: a form
 * inside it keeps showing its success message after the page's data refreshes, even when the
 * page would now start it closed (the first session is added, so "Add a session" is no longer
 * the obvious next step).
 */
export function Disclosure({ summary, initiallyOpen = false, children, className = "hub-details" }: { summary: ReactNode; initiallyOpen?: boolean; children: ReactNode; className?: string }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
