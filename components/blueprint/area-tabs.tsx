import Link from "next/link";

export type AreaTab = "overview" | "access-connect" | "plan-prioritise" | "statement" | "action-plan" | "theory-of-change" | "budget" | "hub" | "indicators" | "meetings" | "review";

const TABS: { key: AreaTab; label: string; path: string }[] = [
  { key: "overview", label: "Overview", path: "" },
  { key: "access-connect", label: "Access & Connect", path: "/access-connect" },
  { key: "plan-prioritise", label: "Plan & Prioritise", path: "/plan-prioritise" },
  { key: "statement", label: "Statement of Intent", path: "/statement" },
  { key: "action-plan", label: "Action plan", path: "/action-plan" },
  { key: "theory-of-change", label: "Theory of change", path: "/theory-of-change" },
  { key: "budget", label: "Community budget", path: "/budget" },
  { key: "hub", label: "School Health Hub", path: "/hub" },
  { key: "indicators", label: "Indicators", path: "/indicators" },
  { key: "meetings", label: "Meetings", path: "/meetings" },
  { key: "review", label: "Review & learn", path: "/review" },
];

/**
 * The area's own pages, shown at the top of each of them. `base` is the area's address,
 * `/p/{partnership}/areas/{area}`. The current page is marked for assistive technology
 * as well as visually. A page below one of them (a meeting's own page) passes
 * `within` so its section is marked as current without claiming to be that page.
 */
export function AreaTabs({ base, current, within = false }: { base: string; current: AreaTab; within?: boolean }) {
  return (
    <nav aria-label="Area sections" className="area-tabs">
      <ul className="area-tabs-list">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={`${base}${tab.path}`}
              className={tab.key === current ? "area-tabs-link area-tabs-link-current" : "area-tabs-link"}
              aria-current={tab.key === current ? (within ? "true" : "page") : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
