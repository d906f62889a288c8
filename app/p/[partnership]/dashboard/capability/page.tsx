import type { Metadata } from "next";
import { loadBoardPage } from "@/lib/indicators/board-page";
import { BoardPage, boardTitle } from "@/components/indicators/board/board-page";
import { BoardCapability } from "@/components/indicators/board/board-sections";

type Props = { params: Promise<{ partnership: string }> };

export const metadata: Metadata = { title: boardTitle("capability") };

export default async function BoardCapabilityPage({ params }: Props) {
  const { base, data } = await loadBoardPage((await params).partnership);
  return (
    <BoardPage base={base} section="capability" description="Each area's latest capability ratings, in words as well as colour, and how they moved.">
      <BoardCapability data={data} base={base} />
    </BoardPage>
  );
}
