import { defineConfig } from "prisma/config";

// Migrations are created and applied by lib/db/migrate.ts (WASM schema engine);
// this config is for `prisma generate` and for `prisma migrate deploy` where the native engine exists.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
