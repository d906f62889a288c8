import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

test("a partnership admin reads, filters and exports the audit log", async ({ page }) => {
  await signIn(page, users.admin);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Person (email)").fill("admin@bradford");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();

  const response = await page.request.get("/p/bradford/audit/export?person=admin%40bradford");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  expect(csv.split("\r\n")[0]).toBe("id,time_utc,actor,action,entity_type,entity_id,area_id,before,after,request_id");
  expect(csv).toContain("auth.sign_in");
});

test("a co-ordinator has no audit log", async ({ page }) => {
  await signIn(page, users.coordinator);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  expect((await page.goto("/p/bradford/audit"))?.status()).toBe(404);
});
