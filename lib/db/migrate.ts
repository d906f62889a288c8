import { getEnv } from "@/lib/env";
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { schemaEngineAdapterFactory } from "@/lib/db/engine-pool";

const ROOT = process.cwd();
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const SCHEMA_DIR = path.join(ROOT, "prisma", "schema");
const FILTERS = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

/**
 * Prisma's WebAssembly schema engine: the native one is a download these machines
 * cannot make. Instantiated once per process.
 */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The engine reports a Rust panic through this global before throwing; surface it in the error output.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => console.error(`Prisma schema engine panicked: ${message}`),
    };
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const wasmModule = await WebAssembly.compile(readFileSync(wasmPath));
    const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports });
    (runtime as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return wasmReady;
}

async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const log = (message: string) => {
    if (getEnv().LOG_LEVEL === "debug") console.error(message);
  };
  const factory = schemaEngineAdapterFactory(url);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await runtime.SchemaEngine.new({ datamodels: undefined }, log, adapter);
  try {
    return await work(engine);
  } finally {
    (engine as unknown as { free?: () => void }).free?.();
    await factory.close();
  }
}

export function schemaFiles(): { path: string; content: string }[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => ({ path: path.join(SCHEMA_DIR, f), content: readFileSync(path.join(SCHEMA_DIR, f), "utf8") }));
}

export function migrationsList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const dirs = existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => statSync(path.join(dir, d)).isDirectory() && existsSync(path.join(dir, d, "migration.sql")))
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(dir, d, "migration.sql"), "utf8") } },
    })),
  } as MigrationList;
}

/** Applies pending migrations, recording them in _prisma_migrations; a no-op when up to date. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the migrations up to the schema: empty when they agree.
 * The WASM engine has no shadow database for PostgreSQL, so the migrations are replayed
 * into a throwaway in-memory PGlite and that database is diffed against the schema.
 */
export async function diffSchemaAgainstMigrations(): Promise<string> {
  const scratch = await startEmbeddedDatabase({ memory: true });
  try {
    await applyMigrations(scratch.url);
    return await withEngine(scratch.url, async (engine) => {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: schemaFiles(), configDir: ROOT },
        to: { tag: "schemaDatamodel", files: schemaFiles() },
        script: true,
        exitCode: false,
        filters: FILTERS,
      });
      const printed = (result as unknown as { stdout?: string }).stdout;
      return (printed ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
    });
  } finally {
    await scratch.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the current diff, or returns null when there is none. */
export async function createMigration(name: string): Promise<string | null> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!slug) throw new Error("Name the migration, e.g. `npm run db:migration:create -- add_meetings`");
  const sql = await diffSchemaAgainstMigrations();
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${slug}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) {
    writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  return dir;
}
