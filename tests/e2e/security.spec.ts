import { expect, test } from "@playwright/test";
import { signIn, users } from "./support";

test("every response carries a nonce-based CSP and the other security headers, and names no framework", async ({ page }) => {
  const first = await page.request.get("/sign-in");
  const second = await page.request.get("/sign-in");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  // A fresh nonce per response.
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  const headers = first.headers();
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("pages run under the policy without a single violation, and the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, users.coordinator);
  for (const path of ["/p/bradford", "/p/bradford/areas/holme-wood", "/p/bradford/areas/holme-wood/statement", "/p/bradford/areas/holme-wood/budget"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
  }
  // The framework's own scripts ran under the policy: the page hydrated.
  expect(await page.evaluate(() => "next" in window)).toBe(true);
  expect(violations).toEqual([]);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
