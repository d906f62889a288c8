import type { ReactNode } from "react";

/** What to show instead of an empty list: why it is empty and, where the user can, what to do next. */
export function EmptyState({ title, text, action }: { title: string; text: string; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      <p className="empty-state-text">{text}</p>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}
