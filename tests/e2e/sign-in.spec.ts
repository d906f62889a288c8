import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(users.coordinator);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Sign-in failed" })).toContainText("The email or password is not right");
  await page.goto("/p/bradford");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a co-ordinator signs in, reaches their partnership and an area, and signs out", async ({ page }) => {
  await signIn(page, users.coordinator);
  await expect(page).toHaveURL(/\/p\/bradford$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bradford");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Holme Wood" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Holme Wood" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/p/bradford");
  await expect(page).toHaveURL(/\/sign-in/);
});
