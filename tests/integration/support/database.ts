import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { setEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";

/** This test file's own database, copied from the migrated template: no test sees another file's rows. */
const template = inject("templateDatabase");
let cleanup: () => Promise<void>;

if (template.kind === "server") {
  const name = `act_locally_test_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  // PostgreSQL copies a template for one CREATE DATABASE at a time: workers take turns.
  await admin.query("SELECT pg_advisory_lock(7460001)");
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock(7460001)");
  }
  const url = new URL(template.url);
  url.pathname = `/${name}`;
  setEnv({ DATABASE_URL: url.toString() });
  cleanup = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
} else {
  const embedded = await startEmbeddedDatabase({ memory: true, loadDataDir: new Blob([readFileSync(template.dumpFile)]) });
  setEnv({ DATABASE_URL: embedded.url });
  cleanup = () => embedded.close();
}
setEnv({ NEXTAUTH_SECRET: "integration-tests-secret-of-at-least-32-chars", LOG_LEVEL: "error" });

afterAll(async () => {
  await db().$disconnect();
  await cleanup();
});
