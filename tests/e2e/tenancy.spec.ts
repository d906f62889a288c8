import { expect, test } from "@playwright/test";
import { signIn, users } from "./support";

test("another partnership's pages answer 404 and show nothing of that tenant", async ({ page }) => {
  await signIn(page, users.kirkleesAdmin);
  for (const path of ["/p/bradford", "/p/bradford/areas/holme-wood", "/p/bradford/members", "/p/bradford/audit", "/p/bradford/organisations"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    // The slug the visitor typed comes back in the URL; nothing the tenant holds may.
    const html = await page.content();
    expect(html, path).not.toMatch(/Education Alliance|Holme Wood|Aisha Khan|Sarah Hughes|Youth Partnership/i);
    expect(["", "Page not found · Act Locally"], path).toContain(await page.title());
  }
  const csv = await page.request.get("/p/bradford/audit/export");
  expect(csv.status()).toBe(404);
});

test("a co-ordinator scoped to one area cannot open another area", async ({ page }) => {
  await signIn(page, users.mgCoordinator);
  const response = await page.goto("/p/bradford/areas/holme-wood");
  expect(response?.status()).toBe(404);
  const own = await page.goto("/p/bradford/areas/manningham-girlington");
  expect(own?.status()).toBe(200);
});

test("platform administration is a 404 for everyone but platform admins", async ({ page }) => {
  await signIn(page, users.admin);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  expect(["", "Page not found · Act Locally"]).toContain(await page.title());
});
