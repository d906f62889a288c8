import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { getEnv } from "@/lib/env";

/**
 * `npm run db:reset`: the embedded database's data folder is removed (the next start
 * migrates and seeds afresh). On a server it needs `--yes`, and drops the public schema.
 */
const env = getEnv();
if (!env.DATABASE_URL) {
  rmSync(path.join(env.DATA_DIR, "pg"), { recursive: true, force: true });
  console.log(`Removed ${env.DATA_DIR}/pg: the next npm start creates and seeds a fresh database.`);
} else if (!process.argv.includes("--yes")) {
  console.error("This drops every table in DATABASE_URL. Run `npm run db:reset -- --yes` to confirm.");
  process.exitCode = 2;
} else {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  console.log("Dropped and recreated the public schema. Run npm run db:migrate next.");
}
