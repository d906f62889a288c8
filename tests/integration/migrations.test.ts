import { describe, expect, it } from "vitest";
import { diffSchemaAgainstMigrations } from "@/lib/db/migrate";

describe("prisma/migrations", () => {
  it("agree with prisma/schema: a schema change without its migration fails here", async () => {
    // Replays every migration into a scratch database and diffs it against the schema.
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });
});
