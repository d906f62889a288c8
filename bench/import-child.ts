import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db/client";
import { closePgPool } from "@/lib/db/pg";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { stageUpload } from "@/lib/indicators/uploads/services/stage";
import { commitBatch } from "@/lib/indicators/uploads/services/batches";

/**
 * The import of bench/import.ts in a process of its own, so that its peak memory is the
 * pipeline's and not the generator's: stage the file through the real service, commit it,
 * print one JSON line.
 */
const file = process.env.BENCH_FILE!;
const actor = await loadActor(process.env.BENCH_USER!);
const ctx = actor ? await resolveTenant(actor, "bradford", { requestId: "bench" }) : null;
if (!ctx) throw new Error("the bench user is not a member of Bradford");

// The process as a server has it before any upload: Prisma's query compiler is loaded by the first query.
await db().$queryRaw`SELECT 1`;
const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
const started = performance.now();
const outcome = await stageUpload(ctx, {
  source: createReadStream(file, { highWaterMark: 1 << 16 }),
  fileName: "bench-template.csv",
  channel: "api",
  limits: { maxBytes: 2 * 1024 * 1024 * 1024, maxRows: 2_000_000 },
});
const staged = performance.now();
if (outcome.kind !== "staged") {
  console.log(JSON.stringify({ kind: outcome.kind, detail: outcome }));
  process.exit(0);
}
await commitBatch(ctx, { batchId: outcome.batchId });
const committed = performance.now();
console.log(
  JSON.stringify({
    kind: outcome.kind,
    stageSeconds: (staged - started) / 1000,
    commitSeconds: (committed - staged) / 1000,
    values: outcome.summary.values,
    rowsRead: outcome.summary.rows.read,
    rejected: outcome.summary.rows.rejected,
    // ru_maxrss: the process's peak resident memory, in kilobytes on Linux.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb,
  }),
);
await closePgPool();
await db().$disconnect();
