import type { Metadata } from "next";
import { loadBoardPage } from "@/lib/indicators/board-page";
import { BoardPage, boardTitle } from "@/components/indicators/board/board-page";
import { BoardHubReach } from "@/components/indicators/board/board-sections";

type Props = { params: Promise<{ partnership: string }> };

export const metadata: Metadata = { title: boardTitle("hub-reach") };

export default async function BoardHubReachPage({ params }: Props) {
  const { base, data } = await loadBoardPage((await params).partnership);
  return (
    <BoardPage base={base} section="hub-reach" description="The children and families each area's School Health Hub reached this academic year.">
      <BoardHubReach data={data} />
    </BoardPage>
  );
}
