import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { EmbeddedSocketServer } from "@/lib/db/embedded-socket";

export type EmbeddedDatabase = { url: string; port: number; db: PGlite; close(): Promise<void> };

export type EmbeddedOptions =
  | { dataDir: string; host?: string; port?: number }
  | { memory: true; loadDataDir?: Blob; host?: string; port?: number };

/**
 * PostgreSQL in-process (PGlite) served on a loopback socket, so the app talks to it
 * through the same driver (pg / adapter-pg) as to a real server. Port 0 picks a free
 * port: never 5432, which a real server may hold. lib/db/embedded-socket.ts serves the
 * wire protocol and keeps each connection's message groups and transactions whole.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  let db: PGlite;
  if ("memory" in options) {
    db = await PGlite.create({ loadDataDir: options.loadDataDir });
  } else {
    mkdirSync(options.dataDir, { recursive: true });
    db = await PGlite.create({ dataDir: options.dataDir });
  }
  const host = options.host ?? "127.0.0.1";
  const server = new EmbeddedSocketServer(db);
  const port = await server.listen(options.port ?? 0, host);
  let closed = false;
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    db,
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      await db.close();
    },
  };
}
