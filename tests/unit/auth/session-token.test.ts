import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionCookieName, userIdFromSessionToken } from "@/lib/auth/current-user";

const secret = "unit-tests-secret-of-at-least-32-characters";

describe("reading the session cookie", () => {
  it("gives the user id a token sealed with the app's secret carries", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret, maxAge: 3600 });
    expect(await userIdFromSessionToken(token, secret)).toBe("user-1");
  });

  it("gives nobody for a token sealed with another secret, as an attacker without the secret would make", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret: "another-secret-of-at-least-32-characters!", maxAge: 3600 });
    expect(await userIdFromSessionToken(token, secret)).toBeNull();
  });

  it("gives nobody for a token with a character changed", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret, maxAge: 3600 });
    const i = Math.floor(token.length / 2);
    const tampered = `${token.slice(0, i)}${token[i] === "A" ? "B" : "A"}${token.slice(i + 1)}`;
    expect(await userIdFromSessionToken(tampered, secret)).toBeNull();
  });

  it("gives nobody once the session has expired", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret, maxAge: -60 });
    expect(await userIdFromSessionToken(token, secret)).toBeNull();
  });

  it("gives nobody without a cookie, or with garbage in it", async () => {
    expect(await userIdFromSessionToken(undefined, secret)).toBeNull();
    expect(await userIdFromSessionToken("not-a-token", secret)).toBeNull();
  });

  it("reads the __Secure- cookie behind https, as next-auth sets it", () => {
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
});
