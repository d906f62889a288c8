import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { createDb } from "@/lib/db/client";

/**
 * The embedded database killed with SIGKILL while it writes (issue 9): the next start must
 * open the same data folder, and every change whose COMMIT returned must be there.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), "act-locally-crash-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function writeUntilKilled(afterCommits: number): Promise<bigint[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join("tests", "integration", "support", "crash-writer.ts"), dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    const committed: bigint[] = [];
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const match = /^COMMITTED (\d+)$/.exec(line);
        if (match) committed.push(BigInt(match[1]!));
        if (committed.length === afterCommits && child.exitCode === null) child.kill("SIGKILL");
      }
    });
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(committed) : reject(new Error(`writer ended without being killed (${signal ?? _code})`))));
  });
}

describe("the embedded database killed mid-write", () => {
  it("starts again on the same data with every committed change present", async () => {
    const first = await writeUntilKilled(150);
    // A second crash on the recovered folder: recovery itself must leave a usable database.
    const second = await writeUntilKilled(150);

    const embedded = await startEmbeddedDatabase({ dataDir });
    const db = createDb(embedded.url, 2);
    try {
      const stored = new Set((await db.auditEvent.findMany({ where: { action: "crash.write" }, select: { id: true } })).map((e) => e.id));
      const lost = [...first, ...second].filter((id) => !stored.has(id));
      expect(first.length + second.length).toBeGreaterThanOrEqual(300);
      expect(lost).toEqual([]);
      // And it takes new writes.
      await db.auditEvent.create({ data: { action: "crash.after", entityType: "Crash" } });
      expect(await db.auditEvent.count({ where: { action: "crash.after" } })).toBe(1);
    } finally {
      await db.$disconnect();
      await embedded.close();
    }
  }, 240_000);
});
