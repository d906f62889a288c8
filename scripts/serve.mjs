// @ts-check
import cluster from "node:cluster";
import http from "node:http";
import next from "next";

/**
 * The production server that `npm start` runs: the built app in WEB_CONCURRENCY worker
 * processes sharing one port (node:cluster hands each new connection to the next worker).
 * One Node process renders on one core; the app keeps no state of its own between
 * requests (sessions are signed cookies, everything else is in the database, the read
 * cache re-checks the database snapshot), so any worker can answer any request.
 * Plain JavaScript, so that the workers start without the TypeScript loader.
 * Settings come from scripts/start.ts, already validated: PORT, WEB_CONCURRENCY.
 */
const port = Number(process.env.PORT ?? 3000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1));

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
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
} else {
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => void handle(request, response));
  // Longer than the usual proxy's idle timeout, so a reverse proxy never reuses a connection we just closed.
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Serving on port ${port} with ${workers} worker${workers === 1 ? "" : "s"}.`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 8_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
