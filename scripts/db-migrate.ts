import path from "node:path";
import { getEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";

/** `npm run db:migrate`: apply prisma/migrations to DATABASE_URL, or to the embedded database. */
const env = getEnv();
const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase({ dataDir: path.join(env.DATA_DIR, "pg") });
try {
  const applied = await prepareDatabase(env.DATABASE_URL ?? embedded!.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await embedded?.close();
}
