import type { Metadata } from "next";
import { loadBoardPage } from "@/lib/indicators/board-page";
import { BoardPage, boardTitle } from "@/components/indicators/board/board-page";
import { BoardBudgets } from "@/components/indicators/board/board-sections";

type Props = { params: Promise<{ partnership: string }> };

export const metadata: Metadata = { title: boardTitle("budgets") };

export default async function BoardBudgetsPage({ params }: Props) {
  const { base, data } = await loadBoardPage((await params).partnership);
  return (
    <BoardPage base={base} section="budgets" description="Each area's community budget this financial year: what is in the pot, awarded and spent.">
      <BoardBudgets data={data} />
    </BoardPage>
  );
}
