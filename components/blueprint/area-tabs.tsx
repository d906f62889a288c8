import { SectionTabs } from "@/components/ui/section-tabs";

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

/** The area's own pages, shown at the top of each of them. `base` is the area's address, `/p/{partnership}/areas/{area}`. */
export function AreaTabs({ base, current, within = false }: { base: string; current: AreaTab; within?: boolean }) {
  return <SectionTabs label="Area sections" tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: `${base}${t.path}` }))} current={current} within={within} />;
}
