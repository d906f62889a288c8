import type { ReactNode } from "react";

export type NoticeTone = "success" | "warning" | "error" | "info";

/** Errors interrupt (alert); success and info are announced politely (status); warnings are static page content. */
const ROLE: Record<NoticeTone, "alert" | "status" | undefined> = { success: "status", info: "status", error: "alert", warning: undefined };

export function Notice({ tone, title, children }: { tone: NoticeTone; title: string; children?: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={ROLE[tone]}>
      <p className="notice-title">{title}</p>
      {children ? <div className="notice-body">{children}</div> : null}
    </div>
  );
}
