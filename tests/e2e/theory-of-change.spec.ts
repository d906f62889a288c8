import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const holmeWood = "/p/bradford/areas/holme-wood/theory-of-change";

test("a co-ordinator links a new activity into the chain, saves a version with a reason and compares it with the last", async ({ page }) => {
  await signIn(page, users.coordinator);
  await page.goto(holmeWood);
  const diagram = page.locator("#diagram");
  await expect(diagram.getByRole("heading", { name: /If we…/ })).toBeVisible();
  await expect(diagram).toContainText("Detached and school-based youth work");
  await expectAccessible(page);
  // Other journeys may have refined this theory already (phase 5 of the review journey): count from where it stands.
  const before = (await page.locator("#versions").getByRole("row").count()) - 1;
  const next = before + 1;

  await page.getByRole("button", { name: "Add an activity" }).click();
  const added = page.getByRole("group", { name: "Activity 4", exact: true });
  // Focus goes straight into the new entry.
  await expect(added.getByLabel("Activity", { exact: true })).toBeFocused();
  await page.keyboard.type("Mentoring by older pupils");
  // The choices of the column before follow the text as it is typed.
  const fromWay = page.getByRole("group", { name: "Way of working 2 leads to activities" });
  await fromWay.getByLabel(/A4 Mentoring by older pupils/).check();
  await added.getByRole("group", { name: "Activity 4 leads to outcomes" }).getByLabel(/^O1 /).check();

  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.locator(".error-summary")).toContainText("Say what changed and why");
  // Nothing typed is lost on a refused save.
  await expect(added.getByLabel("Activity", { exact: true })).toHaveValue("Mentoring by older pupils");
  await page.getByLabel("What changed and why").fill("Pupils asked for mentors at the summer symposium.");
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved as version ${next}.` })).toBeVisible();

  await expect(diagram).toContainText("Mentoring by older pupils");
  await expect(page.locator("#diagram [id='toc-W2']")).toContainText("A4");
  const versions = page.locator("#versions");
  await expect(versions.getByRole("row")).toHaveCount(next + 1);
  await expect(versions).toContainText("Pupils asked for mentors at the summer symposium.");

  await versions.getByRole("link", { name: `Compare version ${next} with ${before}` }).click();
  const compare = page.getByRole("region", { name: "Activities", exact: true });
  await expect(compare).toContainText("Added");
  await expect(compare).toContainText("Mentoring by older pupils");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the latest version" }).click();
  await page.locator("#versions").getByRole("link", { name: "View version 1" }).click();
  await expect(page.getByText(`You are reading version 1. The latest is version ${next}.`)).toBeVisible();
  await expect(page.locator("#diagram")).not.toContainText("Mentoring by older pupils");
});

test("a board member reads the area's and the partnership's theory of change but cannot change them", async ({ page }) => {
  await signIn(page, users.board);
  await page.goto(holmeWood);
  await expect(page.locator("#diagram")).toContainText("Fewer children and young people involved in crime");
  await expect(page.getByRole("heading", { name: "Change the theory of change" })).toHaveCount(0);
  await expect(page.getByText("Only a co-ordinator of Holme Wood can change it.")).toBeVisible();

  await page.getByRole("navigation").getByRole("link", { name: "Theory of change", exact: true }).first().click();
  await expect(page).toHaveURL(/\/p\/bradford\/theory-of-change$/);
  await expect(page.locator("#diagram")).toContainText("Challenging and supporting the 'research and development'");
  await expect(page.locator("#diagram")).toContainText("By 2040");
  await expect(page.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await page.getByText("Read it as sentences").click();
  await expect(page.locator(".toc-chains li").first()).toContainText("If we… Challenging and supporting");
  await expectAccessible(page);
});
