import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

test("an admin invites a member, who joins with the link and loses access when removed", async ({ browser }) => {
  const email = `new.member.${Date.now()}@example.org`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, users.admin);
  await admin.goto("/p/bradford/members");
  await expectAccessible(admin);

  const invite = admin.locator("form", { has: admin.getByRole("button", { name: "Send invitation" }) });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByText("Enter an email address").first()).toBeVisible();

  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role", { exact: true }).selectOption({ label: "Member" });
  await invite.getByLabel("Scope").selectOption({ label: "Holme Wood" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  const status = invite.getByRole("status");
  await expect(status).toContainText("single-use link");
  const link = (await status.textContent())!.match(/https?:\/\/\S+\/invitations\/[\w-]+/)![0];

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(link);
  await expect(member.getByRole("heading", { level: 1 })).toContainText("Join");
  await expectAccessible(member);
  await member.getByLabel("Your name").fill("Nadia Ahmed");
  await member.getByLabel("Choose a password").fill("short");
  await member.getByRole("button", { name: "Accept and join" }).click();
  await expect(member.getByText(/at least 12 characters/i).first()).toBeVisible();
  await expect(member.getByLabel("Your name")).toHaveValue("Nadia Ahmed");
  await member.getByLabel("Choose a password").fill("bradford river kite lantern");
  await member.getByRole("button", { name: "Accept and join" }).click();
  await expect(member).toHaveURL(/\/sign-in\?accepted=1/);
  await member.getByLabel("Password").fill("bradford river kite lantern");
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member).toHaveURL(/\/p\/bradford$/);

  // The link is single-use.
  const reused = await member.goto(link);
  expect(reused?.status()).toBe(404);

  await admin.reload();
  const row = admin.getByRole("row", { name: new RegExp(email) });
  await row.getByRole("button", { name: /Remove Nadia Ahmed/ }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);

  // The member's very next request is refused: memberships are re-read on every request.
  const after = await member.goto("/p/bradford");
  expect(after?.status()).toBe(404);
  await adminContext.close();
  await memberContext.close();
});

test("a platform admin creates a partnership and its first admin's invitation", async ({ page }) => {
  await signIn(page, users.platform);
  await page.goto("/admin");
  await expectAccessible(page);
  const name = `Calderdale Partnership ${Date.now()}`;
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create partnership" }) });
  await form.getByLabel("Partnership name").fill(name);
  await form.getByLabel("First partnership admin's email").fill(`admin.${Date.now()}@calderdale.example.org`);
  await form.getByRole("button", { name: "Create partnership" }).click();
  await expect(form.getByRole("status")).toContainText("Partnership created");
  await expect(page.getByRole("cell", { name })).toBeVisible();
});
