import Link from "next/link";

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
  return (
    <nav aria-label="Board dashboard sections" className="area-tabs">
      <ul className="area-tabs-list">
        {BOARD_SECTIONS.map((s) => (
          <li key={s.key}>
            <Link href={`${base}${s.path}`} className={s.key === current ? "area-tabs-link area-tabs-link-current" : "area-tabs-link"} aria-current={s.key === current ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
