import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(connectionString: string, max = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForDb = globalThis as unknown as { actLocallyDb?: { url: string; client: Db } };

/**
 * The application's client. DATABASE_URL is always set by the time this runs:
 * by the operator, or by the launcher after starting the embedded database.
 */
export function db(): Db {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  const cached = globalForDb.actLocallyDb;
  if (cached && cached.url === url) return cached.client;
  const client = createDb(url);
  globalForDb.actLocallyDb = { url, client };
  return client;
}
