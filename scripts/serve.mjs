// @ts-check
import cluster from "node:cluster";
import { createRequire } from "node:module";

/**
 * The production server that `npm start` runs: `next start` in WEB_CONCURRENCY worker
 * processes sharing one port (node:cluster hands each new connection to the next worker).
 * One Node process renders on one core; the app keeps no state of its own between
 * requests (sessions are signed cookies, everything else is in the database, the read
 * cache re-checks the database snapshot), so any worker can answer any request.
 * Each worker runs Next's own CLI rather than a custom server: measured on the area page,
 * Next's custom-server request handler cost about 15% more CPU per request.
 * Plain JavaScript, so that the workers start without the TypeScript loader.
 * Settings come from scripts/start.ts, already validated: PORT, WEB_CONCURRENCY.
 */
const port = String(Number(process.env.PORT ?? 3000));
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1));
const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

// Longer than the usual proxy's idle timeout, so a reverse proxy never reuses a connection we just closed.
cluster.setupPrimary({ exec: nextCli, args: ["start", "--port", port, "--keepAliveTimeout", "65000"] });

let stopping = false;
for (let i = 0; i < workers; i++) cluster.fork();
console.log(`Serving on port ${port} with ${workers} worker${workers === 1 ? "" : "s"}.`);

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // A worker that dies is replaced, so one crash costs its own requests, not the service.
  console.error(`App worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`);
  cluster.fork();
});

const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
