import path from "node:path";
import { createDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { createPlatformAdmin, platformAdminInput } from "@/lib/platform/services/create-platform-admin";

/** `npm run admin:create -- <email> "<name>"`: the first platform admin of an install, with a one-time password. */
const parsed = platformAdminInput.safeParse({ email: process.argv[2], name: process.argv[3] });
if (!parsed.success) {
  console.error(`Usage: npm run admin:create -- <email> "<full name>"\n  ${parsed.error.issues.map((i) => i.message).join("\n  ")}`);
  process.exit(2);
}
const env = getEnv();
const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase({ dataDir: path.join(env.DATA_DIR, "pg") });
const url = env.DATABASE_URL ?? embedded!.url;
await prepareDatabase(url);
const db = createDb(url, 2);
try {
  const { created, password } = await createPlatformAdmin(db, parsed.data);
  console.log(
    created
      ? `Created platform admin ${parsed.data.email}. One-time password (shown only now): ${password}`
      : `${parsed.data.email} already has an account: it is now a platform admin; its password is unchanged.`,
  );
} finally {
  await db.$disconnect();
  await embedded?.close();
}
