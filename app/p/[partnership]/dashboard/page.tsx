import type { Metadata } from "next";
import { requirePartnership } from "@/lib/tenancy/page";
import { loadBoardDashboard } from "@/lib/indicators/services/board-dashboard";
import { keptRead } from "@/lib/db/read-cache";
import { PageHeader } from "@/components/ui/page-header";
import { BoardDashboardView } from "@/components/indicators/board-dashboard-view";
import "@/app/indicators.css";

type Props = { params: Promise<{ partnership: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Board dashboard" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 100);

export default async function BoardDashboardPage({ params, searchParams }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  const query = await searchParams;
  const indicator = first(query.indicator);
  const period = first(query.period);
  const data = await keptRead(ctx, "board-dashboard", [indicator, period], () => loadBoardDashboard(ctx, { indicator, period }));
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <>
      <PageHeader
        title="Board dashboard"
        description="The Act Locally areas side by side: an indicator for one period, each area's progress through the blueprint, its community budget, School Health Hub reach and capability ratings."
        breadcrumbs={[{ label: "Overview", href: base }, { label: "Board dashboard" }]}
      />
      <BoardDashboardView data={data} base={base} />
    </>
  );
}
