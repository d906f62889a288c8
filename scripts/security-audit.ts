import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { newestOnMajor, readAudit } from "@/lib/security/audit";

/**
 * `npm test`'s security step: `npm audit --omit=dev` must report no high or critical
 * advisory. When the registry will not answer the audit (it refuses the POST here), the
 * security floor is checked instead: next, react, react-dom and next-auth on their newest
 * patch release of the installed major line.
 */
const FLOOR = ["next", "react", "react-dom", "next-auth"];

function npm(args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync("npm", args, { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout ?? "" };
}

const verdict = readAudit(npm(["audit", "--omit=dev", "--json"]).stdout);
if (verdict.kind === "findings") {
  console.error(`npm audit: high or critical advisories in production dependencies:\n  ${verdict.failing.join("\n  ")}`);
  process.exit(1);
}
if (verdict.kind === "clean") console.log(`npm audit: no high or critical advisory (${JSON.stringify(verdict.counts)}).`);
else console.log(`npm audit could not run (${verdict.reason}); checking the security floor instead.`);

const behind: string[] = [];
for (const name of FLOOR) {
  const installed = (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
  const published = npm(["view", name, "versions", "--json"]);
  if (published.status !== 0) {
    console.log(`  ${name} ${installed}: the registry did not answer; not checked`);
    continue;
  }
  const newest = newestOnMajor(installed, JSON.parse(published.stdout) as string[]);
  console.log(`  ${name} ${installed}${newest === installed ? " (newest on its line)" : `: ${newest} is out`}`);
  if (newest !== installed) behind.push(`${name} ${installed} → ${newest}`);
}
if (behind.length) {
  console.error(`Security floor: upgrade ${behind.join(", ")} (critical advisories are fixed in patch releases).`);
  process.exit(1);
}
