import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { LOCAL_SERVER_URL, type BenchConfig } from "./config";

export type BenchDatabase = {
  /** What was used, for the report, e.g. "PostgreSQL server 127.0.0.1:5432 (found running)". */
  kind: string;
  url: string;
  /** Drops the throwaway database (server) or stops PGlite (embedded). Safe to call twice. */
  close(): Promise<void>;
};

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** host:port of a URL, never its password. */
function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}`;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh database `act_locally_bench_<pid>` on a server, migrated; dropped on close. */
async function onServer(adminUrl: string, kind: string): Promise<BenchDatabase> {
  const name = `act_locally_bench_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  const url = withDatabase(adminUrl, name);
  try {
    await prepareDatabase(url);
  } catch (error) {
    await close();
    throw error;
  }
  return { kind: `${kind}, database ${name}`, url, close };
}

/** In-memory PGlite on a loopback socket, migrated; gone on close. */
async function embedded(reason: string): Promise<BenchDatabase> {
  const database = await startEmbeddedDatabase({ memory: true });
  try {
    await prepareDatabase(database.url);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { kind: `embedded PGlite, in memory (${reason})`, url: database.url, close: () => database.close() };
}

/**
 * BENCH_EMBEDDED=1 → PGlite; else BENCH_DATABASE_URL → that server; else the local
 * server at 127.0.0.1:5432 if it answers; else PGlite.
 */
export async function openBenchDatabase(config: BenchConfig): Promise<BenchDatabase> {
  if (config.embedded) return embedded("BENCH_EMBEDDED=1");
  if (config.databaseUrl) return onServer(config.databaseUrl, `PostgreSQL server ${where(config.databaseUrl)} (BENCH_DATABASE_URL)`);
  if (await answers(LOCAL_SERVER_URL)) return onServer(LOCAL_SERVER_URL, `PostgreSQL server ${where(LOCAL_SERVER_URL)} (found running)`);
  return embedded(`no server at ${where(LOCAL_SERVER_URL)}`);
}
