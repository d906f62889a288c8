import { childEnv } from "@/lib/env";
import { spawnSync } from "node:child_process";
import path from "node:path";

// `prisma generate` needs no engine but insists on finding one; the stub explains why it is never run.
const stub = path.resolve("scripts/schema-engine-stub.sh");
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
});
process.exit(result.status ?? 1);
