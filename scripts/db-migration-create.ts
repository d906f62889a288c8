import { createMigration } from "@/lib/db/migrate";

/** `npm run db:migration:create -- <name>`: diff prisma/schema against the migrations and write the next one. */
const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_meetings)");
  process.exit(2);
}
const dir = await createMigration(name);
console.log(dir ? `Wrote ${dir}/migration.sql — review it, then npm run db:migrate.` : "The migrations already match prisma/schema: nothing to write.");
