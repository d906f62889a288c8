import { SectionTabs } from "@/components/ui/section-tabs";

export type BoardSection = "summary" | "indicators" | "progress" | "budgets" | "hub-reach" | "capability";

export const BOARD_SECTIONS: { key: BoardSection; label: string; path: string }[] = [
  { key: "summary", label: "Summary", path: "" },
  { key: "indicators", label: "Areas side by side", path: "/indicators" },
  { key: "progress", label: "Phase progress", path: "/progress" },
  { key: "budgets", label: "Community budgets", path: "/budgets" },
  { key: "hub-reach", label: "School Health Hub reach", path: "/hub-reach" },
  { key: "capability", label: "Capability (RAG)", path: "/capability" },
];

/** The board dashboard's pages: the summary, then one page per section with every area. `base` is `/p/{partnership}/dashboard`. */
export function BoardTabs({ base, current }: { base: string; current: BoardSection }) {
  return <SectionTabs label="Board dashboard sections" tabs={BOARD_SECTIONS.map((s) => ({ key: s.key, label: s.label, href: `${base}${s.path}` }))} current={current} />;
}
