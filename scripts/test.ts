import { childEnv } from "@/lib/env";
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceHash } from "@/lib/launcher/source-hash";

/**
 * `npm test`: every check, in the order a failure is cheapest to find. Needs no database
 * server (integration tests use embedded PGlite unless TEST_DATABASE_URL is set) and no
 * downloaded browser (end-to-end tests use Debian's chromium or CHROMIUM_PATH).
 */
type Step = { name: string; command: string; args: string[]; after?: () => void };

const steps: Step[] = [
  { name: "generate the Prisma client", command: "npm", args: ["run", "prisma:generate"] },
  { name: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npx", args: ["eslint", "--max-warnings=0", "."] },
  { name: "security audit", command: "npx", args: ["tsx", "scripts/security-audit.ts"] },
  { name: "unit tests", command: "npx", args: ["vitest", "run", "--project", "unit"] },
  { name: "integration tests", command: "npx", args: ["vitest", "run", "--project", "integration"] },
  {
    name: "production build",
    command: "npm",
    args: ["run", "build"],
    // `npm start` (and so the end-to-end run) reuses this build instead of making another.
    after: () => writeFileSync(path.join(".next", "act-locally-source-hash"), sourceHash()),
  },
  { name: "end-to-end tests", command: "npx", args: ["playwright", "test"], after: undefined },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.includes(o))) continue;
  if (step.name === "end-to-end tests") rmSync(path.join(".data", "e2e"), { recursive: true, force: true });
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: childEnv({ NEXT_TELEMETRY_DISABLED: "1" }) });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status === 0) {
    step.after?.();
    passed += 1;
    console.log(`✔ ${step.name} (${seconds} s)`);
  } else {
    failed += 1;
    console.log(`✘ ${step.name} failed (${seconds} s)`);
    break;
  }
}
console.log(`\nchecks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
