import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { BOARD_SECTIONS, BoardTabs, type BoardSection } from "@/components/indicators/board/board-tabs";
import "@/app/indicators.css";

/** The frame of every board dashboard page: its heading, the way back, and the section tabs. */
export function BoardPage({ base, section, description, children }: { base: string; section: BoardSection; description: string; children: ReactNode }) {
  const label = BOARD_SECTIONS.find((s) => s.key === section)!.label;
  const summary = section === "summary";
  return (
    <>
      <PageHeader
        title={summary ? "Board dashboard" : label}
        description={description}
        breadcrumbs={[{ label: "Overview", href: base }, summary ? { label: "Board dashboard" } : { label: "Board dashboard", href: `${base}/dashboard` }, ...(summary ? [] : [{ label }])]}
      />
      <BoardTabs base={`${base}/dashboard`} current={section} />
      {children}
    </>
  );
}

export const boardTitle = (section: BoardSection) => `${BOARD_SECTIONS.find((s) => s.key === section)!.label} · Board dashboard`;
