import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { createDb } from "@/lib/db/client";

/**
 * Child process for the crash test: opens the embedded database in a data folder the way
 * `npm start` does, then writes audit rows one transaction at a time and prints each id
 * only after its COMMIT has returned. The parent kills it with SIGKILL mid-stream.
 */
const dataDir = process.argv[2]!;
const embedded = await startEmbeddedDatabase({ dataDir });
await prepareDatabase(embedded.url);
const db = createDb(embedded.url, 4);
console.log("READY");
for (let i = 0; ; i += 1) {
  const row = await db.$transaction(async (tx) => {
    const event = await tx.auditEvent.create({ data: { action: "crash.write", entityType: "Crash", entityId: String(i), after: { i, padding: "x".repeat(2_000) } } });
    return event;
  });
  console.log(`COMMITTED ${row.id}`);
}
