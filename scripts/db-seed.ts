import { createDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";

/** `npm run db:seed`: demo data into DATABASE_URL (random passwords, printed once) or the embedded database (demo passwords). */
async function main(): Promise<void> {
  const env = getEnv();
  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase({ dataDir: `${env.DATA_DIR}/pg` });
  const url = env.DATABASE_URL ?? embedded!.url;
  await prepareDatabase(url);
  const db = createDb(url, 2);
  try {
    const result = await seed(db, { passwords: embedded ? "demo" : "random" });
    console.log(result.seeded ? "Seeded demo data." : "Demo data already present; nothing changed.");
    for (const s of result.signIns) console.log(`  ${s.role.padEnd(45)} ${s.email.padEnd(42)} ${s.password}`);
  } finally {
    await db.$disconnect();
    await embedded?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
