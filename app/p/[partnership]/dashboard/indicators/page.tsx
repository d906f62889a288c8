import type { Metadata } from "next";
import { boardQuery, loadBoardPage } from "@/lib/indicators/board-page";
import { BoardPage, boardTitle } from "@/components/indicators/board/board-page";
import { BoardComparison } from "@/components/indicators/board/board-sections";

type Props = { params: Promise<{ partnership: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: boardTitle("indicators") };

export default async function BoardIndicatorsPage({ params, searchParams }: Props) {
  const { base, data } = await loadBoardPage((await params).partnership, boardQuery(await searchParams));
  return (
    <BoardPage base={base} section="indicators" description="An indicator for one period, every area beside the local authority and England, with the figures as a table and a CSV download.">
      <BoardComparison data={data} base={base} />
    </BoardPage>
  );
}
