import type { Metadata } from "next";
import { loadBoardPage } from "@/lib/indicators/board-page";
import { BoardPage, boardTitle } from "@/components/indicators/board/board-page";
import { BoardProgress } from "@/components/indicators/board/board-sections";

type Props = { params: Promise<{ partnership: string }> };

export const metadata: Metadata = { title: boardTitle("progress") };

export default async function BoardProgressPage({ params }: Props) {
  const { base, data } = await loadBoardPage((await params).partnership);
  return (
    <BoardPage base={base} section="progress" description="Where each area stands in the five-phase blueprint: its phase, the required items done and its focus issue.">
      <BoardProgress data={data} base={base} />
    </BoardPage>
  );
}
