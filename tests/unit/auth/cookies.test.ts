import { afterEach, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { authOptions } from "@/lib/auth/options";

const secret = "unit-tests-secret-of-at-least-32-characters";

afterEach(() => setEnv({ NEXTAUTH_URL: undefined, NEXTAUTH_SECRET: undefined }));

describe("session cookies", () => {
  it("are Secure behind https", () => {
    setEnv({ NEXTAUTH_URL: "https://act-locally.example.gov.uk", NEXTAUTH_SECRET: secret });
    expect(authOptions().useSecureCookies).toBe(true);
  });

  it("are not marked Secure on a plain-http evaluation install, where a browser would drop them", () => {
    setEnv({ NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: secret });
    expect(authOptions().useSecureCookies).toBe(false);
  });
});
