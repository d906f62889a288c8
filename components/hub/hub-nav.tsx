import Link from "next/link";

export type HubSection = "overview" | "timetable" | "outputs" | "budget";

const SECTIONS: { key: HubSection; label: string; path: string }[] = [
  { key: "overview", label: "Hub and services", path: "" },
  { key: "timetable", label: "Timetable", path: "/timetable" },
  { key: "outputs", label: "Outputs", path: "/outputs" },
  { key: "budget", label: "Budget and sustainability", path: "/budget" },
];

/** The hub's own pages, under the area's tabs; `hubBase` is `/p/{partnership}/areas/{area}/hub`. */
export function HubNav({ hubBase, current, within = false }: { hubBase: string; current: HubSection; within?: boolean }) {
  return (
    <nav aria-label="School Health Hub sections" className="hub-nav">
      <ul className="hub-nav-list">
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link
              href={`${hubBase}${s.path}`}
              className={s.key === current ? "hub-nav-link hub-nav-link-current" : "hub-nav-link"}
              aria-current={s.key === current ? (within ? "true" : "page") : undefined}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
