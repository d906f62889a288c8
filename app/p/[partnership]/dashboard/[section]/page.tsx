import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { boardQuery, loadBoardPage } from "@/lib/indicators/board-page";
import type { BoardDashboard } from "@/lib/indicators/services/board-dashboard";
import { BoardPage, boardTitle } from "@/components/indicators/board/board-page";
import type { BoardSection } from "@/components/indicators/board/board-tabs";
import { BoardBudgets, BoardCapability, BoardComparison, BoardHubReach, BoardProgress } from "@/components/indicators/board/board-sections";

type Props = { params: Promise<{ partnership: string; section: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The board dashboard's area-by-area pages: one address each (/dashboard/<section>), one way to load them. */
const SECTIONS: Record<Exclude<BoardSection, "summary">, { description: string; body: (data: BoardDashboard, base: string) => ReactNode }> = {
  indicators: {
    description: "An indicator for one period, every area beside the local authority and England, with the figures as a table and a CSV download.",
    body: (data, base) => <BoardComparison data={data} base={base} />,
  },
  progress: {
    description: "Where each area stands in the five-phase blueprint: its phase, the required items done and its focus issue.",
    body: (data, base) => <BoardProgress data={data} base={base} />,
  },
  budgets: {
    description: "Each area's community budget this financial year: what is in the pot, awarded and spent.",
    body: (data) => <BoardBudgets data={data} />,
  },
  "hub-reach": {
    description: "The children and families each area's School Health Hub reached this academic year.",
    body: (data) => <BoardHubReach data={data} />,
  },
  capability: {
    description: "Each area's latest capability ratings, in words as well as colour, and how they moved.",
    body: (data, base) => <BoardCapability data={data} base={base} />,
  },
};

const sectionOf = (name: string) => (Object.hasOwn(SECTIONS, name) ? (name as keyof typeof SECTIONS) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = sectionOf((await params).section);
  if (!section) notFound();
  return { title: boardTitle(section) };
}

export default async function BoardSectionPage({ params, searchParams }: Props) {
  const { partnership, section: name } = await params;
  const section = sectionOf(name);
  if (!section) notFound();
  // Only the comparison reads the indicator and period from the address.
  const { base, data } = await loadBoardPage(partnership, section === "indicators" ? boardQuery(await searchParams) : {});
  return (
    <BoardPage base={base} section={section} description={SECTIONS[section].description}>
      {SECTIONS[section].body(data, base)}
    </BoardPage>
  );
}
