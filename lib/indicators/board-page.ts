import { requirePartnership } from "@/lib/tenancy/page";
import { keptRead } from "@/lib/db/read-cache";
import { loadBoardDashboard, type BoardDashboard, type BoardQuery } from "@/lib/indicators/services/board-dashboard";
import { summariseBoard, type BoardSummary } from "@/lib/indicators/board-summary";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * What every board dashboard page loads: the member's tenant (404 for anyone else) and the
 * dashboard, kept between requests while the database has not changed (lib/db/read-cache.ts).
 */
export type BoardPageData = { ctx: TenantContext; base: string; data: BoardDashboard };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 100);

export function boardQuery(query: Record<string, string | string[] | undefined>): BoardQuery {
  return { indicator: first(query.indicator), period: first(query.period) };
}

const keptDashboard = (ctx: TenantContext, query: BoardQuery) => keptRead(ctx, "board-dashboard", [query.indicator, query.period], () => loadBoardDashboard(ctx, query));

export async function loadBoardPage(partnershipSlug: string, query: BoardQuery = {}): Promise<BoardPageData> {
  const { ctx } = await requirePartnership(partnershipSlug);
  return { ctx, base: `/p/${ctx.partnershipSlug}`, data: await keptDashboard(ctx, query) };
}

/**
 * The summary keeps only its own small figures, so a hit clones kilobytes rather than the
 * whole dashboard; a miss builds them from the section pages' kept dashboard when there is one.
 */
export async function loadBoardSummary(partnershipSlug: string): Promise<{ ctx: TenantContext; base: string; summary: BoardSummary }> {
  const { ctx } = await requirePartnership(partnershipSlug);
  const summary = await keptRead(ctx, "board-summary", [], async () => summariseBoard(await keptDashboard(ctx, {})));
  return { ctx, base: `/p/${ctx.partnershipSlug}`, summary };
}
