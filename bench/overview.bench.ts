import { performance } from "node:perf_hooks";
import { db } from "@/lib/db/client";
import { listAreas } from "@/lib/areas/services/list-areas";
import { getBlueprintView, listAreaProgress } from "@/lib/blueprint/services/blueprint-view";
import type { TenantContext } from "@/lib/tenancy/context";
import { perSecond, type Row } from "./report";
import { countRoundTrips } from "./round-trips";
import { summarise } from "./stats";

/** Statements sent for one area's view and for the whole overview, counted in an untimed pass. */
export async function roundTrips(ctx: TenantContext): Promise<{ view: number; overview: number; areas: number }> {
  const areas = await listAreas(ctx);
  const last = areas[areas.length - 1];
  const view = last ? await countRoundTrips(() => getBlueprintView(ctx, last.id)) : 0;
  const overview = await countRoundTrips(() => overviewPage(ctx));
  return { view, overview, areas: areas.length };
}

/** b. One area's blueprint view (what the area page loads), every area in turn, one after another. */
export async function benchBlueprintView(ctx: TenantContext, rounds = 5): Promise<Row> {
  const areas = await listAreas(ctx);
  for (const a of areas) await getBlueprintView(ctx, a.id);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const a of areas) {
      const t0 = performance.now();
      await getBlueprintView(ctx, a.id);
      samples.push(performance.now() - t0);
    }
  }
  const summary = summarise(samples);
  return { name: `b. getBlueprintView, one area (${areas.length} areas x ${rounds})`, unit: "ms", summary, throughput: perSecond(samples.length, summary.total, "views") };
}

/** The partnership overview page's data, as app/p/[partnership]/page.tsx loads it. */
async function overviewPage(ctx: TenantContext): Promise<number> {
  const [, areas] = await Promise.all([
    db().localAuthorityPartnership.findUniqueOrThrow({ where: { id: ctx.partnershipId }, select: { name: true } }),
    listAreas(ctx),
  ]);
  const progress = await listAreaProgress(ctx, areas);
  return progress.length;
}

/** c. The board overview: listAreaProgress over every area at once; and the whole page's data. */
export async function benchOverview(ctx: TenantContext, rounds = 10): Promise<Row[]> {
  const areas = await listAreas(ctx);
  await listAreaProgress(ctx, areas);
  const progressSamples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const t0 = performance.now();
    await listAreaProgress(ctx, areas);
    progressSamples.push(performance.now() - t0);
  }

  await overviewPage(ctx);
  const pageSamples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const t0 = performance.now();
    await overviewPage(ctx);
    pageSamples.push(performance.now() - t0);
  }
  const progress = summarise(progressSamples);
  const page = summarise(pageSamples);
  return [
    { name: `c. listAreaProgress, all ${areas.length} areas at once`, unit: "ms", summary: progress, throughput: perSecond(areas.length * rounds, progress.total, "area views") },
    { name: "   overview page data (+ listAreas, name)", unit: "ms", summary: page, throughput: perSecond(rounds, page.total, "pages") },
  ];
}
