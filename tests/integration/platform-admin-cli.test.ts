import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createPlatformAdmin } from "@/lib/platform/services/create-platform-admin";

/** A production install starts with no users: `npm run admin:create` makes the first platform admin. */
describe("creating the first platform admin from the command line", () => {
  it("makes an account that signs in with the one-time password, and audits it", async () => {
    const { created, password } = await createPlatformAdmin(db(), { email: "ops@council.example.gov.uk", name: "Ops Lead" });
    expect(created).toBe(true);
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const outcome = await signInWithPassword({ email: "ops@council.example.gov.uk", password: password! }, { requestId: "cli-test" });
    expect(outcome).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { email: "ops@council.example.gov.uk" } })).isPlatformAdmin).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "platform.admin_created" } })).toBe(1);
  });

  it("promotes an existing person without touching their password", async () => {
    const before = await db().user.create({ data: { email: "existing@council.example.gov.uk", name: "Existing", passwordHash: "kept" } });
    expect(await createPlatformAdmin(db(), { email: "existing@council.example.gov.uk", name: "Ignored" })).toEqual({ created: false, password: null });
    const after = await db().user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ isPlatformAdmin: true, passwordHash: "kept", name: "Existing" });
  });
});
