import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { childEnv, getEnv, setEnv } from "@/lib/env";
import { embeddedSecret } from "@/lib/launcher/secret";
import { sourceHash } from "@/lib/launcher/source-hash";

/**
 * `npm start`: the whole product on one machine. Without DATABASE_URL it runs the
 * embedded PostgreSQL (PGlite on a loopback port, data under DATA_DIR), applies
 * migrations, seeds the demo on first start, builds the app when its sources changed
 * and serves it with scripts/serve.mjs (WEB_CONCURRENCY workers; one per core by default on
 * a PostgreSQL server, one on the embedded database).
 * `--dev` serves with `next dev` instead.
 */
const dev = process.argv.includes("--dev");
const env = getEnv();
const HASH_FILE = path.join(".next", "act-locally-source-hash");

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: childEnv(extraEnv) });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with exit code ${result.status}`);
}

function ensureBuild(): void {
  const hash = sourceHash();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, "utf8") === hash;
  if (built) return;
  console.log("Building the app (a few minutes on two cores; later starts reuse the build)…");
  run("npm", ["run", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(HASH_FILE, hash);
}

async function main(): Promise<void> {
  // The generated client must exist before the modules that import it load.
  if (!existsSync("lib/generated/prisma/client.ts")) run("npm", ["run", "prisma:generate"]);
  const { startEmbeddedDatabase } = await import("@/lib/db/embedded");
  const { prepareDatabase } = await import("@/lib/db/prepare");

  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase({ dataDir: path.join(env.DATA_DIR, "pg") });
  const url = env.DATABASE_URL ?? embedded!.url;
  const secret = env.NEXTAUTH_SECRET ?? (embedded ? embeddedSecret(env.DATA_DIR) : undefined);
  if (!secret) throw new Error("NEXTAUTH_SECRET is required with DATABASE_URL (32+ random characters: openssl rand -base64 48).");
  setEnv({ DATABASE_URL: url, NEXTAUTH_SECRET: secret });

  let child: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
    await embedded?.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await prepareDatabase(url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    let signIns: { role: string; email: string; password: string }[] = [];
    if (embedded) {
      const { createDb } = await import("@/lib/db/client");
      const { seed } = await import("@/prisma/seed");
      const db = createDb(url, 2);
      const result = await seed(db, { passwords: "demo" });
      await db.$disconnect();
      if (result.seeded) console.log("Seeded the demo data.");
      signIns = result.signIns;
    }
    if (!dev) ensureBuild();

    const appUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
    // One worker per core on a PostgreSQL server (one Node process renders on one core). PGlite
    // runs one statement at a time for every connection, so the embedded database gets one.
    const workers = embedded ? 1 : (env.WEB_CONCURRENCY ?? availableParallelism());
    if (embedded && (env.WEB_CONCURRENCY ?? 1) > 1) console.log("WEB_CONCURRENCY is ignored on the embedded database: one app process serves it.");
    const next = path.join("node_modules", "next", "dist", "bin", "next");
    // A larger young generation: server rendering makes many short-lived objects, and the
    // default 16 MB semi-space had the workers collecting garbage several times per page
    // (bench:load, README "Benchmarks").
    const args = dev ? [next, "dev", "-p", String(env.PORT)] : ["--max-semi-space-size=64", path.join("scripts", "serve.mjs")];
    child = spawn(process.execPath, args, {
      stdio: "inherit",
      env: childEnv({
        DATABASE_URL: url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: appUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: dev ? "development" : "production",
        PORT: String(env.PORT),
        WEB_CONCURRENCY: String(workers),
      }),
    });
    child.once("exit", (code) => void stop(code ?? 1));

    console.log(`\nAct Locally is starting at ${appUrl} (${embedded ? `embedded PostgreSQL, data in ${env.DATA_DIR}/` : "PostgreSQL from DATABASE_URL"}).`);
    if (signIns.length) {
      console.log("Demo sign-ins (password for all: act-locally-demo):");
      for (const s of signIns) console.log(`  ${s.role.padEnd(46)} ${s.email}`);
    }
    console.log("Press Ctrl-C to stop.\n");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
