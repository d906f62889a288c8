import Link from "next/link";

export type SectionTab = { key: string; label: string; href: string };

/**
 * A row of links to the pages of one section (an area's pages, the board dashboard's),
 * the current one marked for assistive technology as well as visually. A page below one
 * of them passes `within`, so its section is marked current without claiming to be that page.
 */
export function SectionTabs({ label, tabs, current, within = false }: { label: string; tabs: SectionTab[]; current: string; within?: boolean }) {
  return (
    <nav aria-label={label} className="area-tabs">
      <ul className="area-tabs-list">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
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
