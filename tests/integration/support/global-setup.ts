import { getEnv } from "@/lib/env";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";

export type TemplateDatabase = { kind: "server"; url: string; template: string } | { kind: "embedded"; dumpFile: string };

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: TemplateDatabase;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Migrates one template database for the whole run (Epic Stack's pattern): on the
 * server in TEST_DATABASE_URL as a PostgreSQL template, otherwise as a PGlite data
 * dump. Each test file then starts from its own copy (tests/integration/support/database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = getEnv().TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `act_locally_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
    await admin.query(`CREATE DATABASE "${template}"`);
    await prepareDatabase(withDatabase(serverUrl, template));
    project.provide("templateDatabase", { kind: "server", url: serverUrl, template });
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.end();
    };
  }

  const scratch = await startEmbeddedDatabase({ memory: true });
  await prepareDatabase(scratch.url);
  const dump = await scratch.db.dumpDataDir("gzip");
  await scratch.close();
  const dir = mkdtempSync(path.join(tmpdir(), "act-locally-template-"));
  const dumpFile = path.join(dir, "template.tar.gz");
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  project.provide("templateDatabase", { kind: "embedded", dumpFile });
  return async () => rmSync(dir, { recursive: true, force: true });
}
