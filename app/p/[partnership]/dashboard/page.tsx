import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadBoardSummary } from "@/lib/indicators/board-page";
import { BoardPage } from "@/components/indicators/board/board-page";
import { BoardSummaryView } from "@/components/indicators/board/board-summary-view";

type Props = { params: Promise<{ partnership: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Board dashboard" };

export default async function BoardDashboardPage({ params, searchParams }: Props) {
  const { partnership } = await params;
  const query = await searchParams;
  // Addresses shared before the comparison had its own page keep working.
  if (query.indicator !== undefined || query.period !== undefined) {
    const search = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
    redirect(`/p/${encodeURIComponent(partnership)}/dashboard/indicators?${search}`);
  }
  const { base, summary } = await loadBoardSummary(partnership);
  return (
    <BoardPage base={base} section="summary" description="The Act Locally areas at a glance: where they stand in the blueprint, an indicator against England, community budgets, School Health Hub reach and capability ratings. Each card leads to a page with every area.">
      <BoardSummaryView summary={summary} base={base} />
    </BoardPage>
  );
}
