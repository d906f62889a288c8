import pg from "pg";
import { getEnv } from "@/lib/env";

/**
 * A plain `pg` pool beside Prisma's, for what Prisma cannot do: COPY (bulk loading indicator
 * uploads and reference data). Same DATABASE_URL; small, because bulk loads are few and long.
 */
const globalForPg = globalThis as unknown as { actLocallyPg?: { url: string; pool: pg.Pool } };

export function pgPool(): pg.Pool {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  const cached = globalForPg.actLocallyPg;
  if (cached && cached.url === url) return cached.pool;
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  // An idle client's error (the server restarting) must not take the process down; the next checkout reconnects.
  pool.on("error", () => undefined);
  globalForPg.actLocallyPg = { url, pool };
  return pool;
}

/** Closes the pool (scripts and tests, before dropping their database). */
export async function closePgPool(): Promise<void> {
  const cached = globalForPg.actLocallyPg;
  globalForPg.actLocallyPg = undefined;
  await cached?.pool.end();
}

export async function withPgClient<T>(work: (client: pg.PoolClient) => Promise<T>, pool: pg.Pool = pgPool()): Promise<T> {
  const client = await pool.connect();
  let failed = false;
  try {
    return await work(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // After a failure the connection may be mid-protocol (a COPY cut short): never hand it out again.
    client.release(failed);
  }
}
