import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "act-locally-demo";

export const users = {
  platform: "platform@act-locally.test",
  admin: "admin@bradford.act-locally.test",
  board: "board@bradford.act-locally.test",
  coordinator: "coordinator@bradford.act-locally.test",
  mgCoordinator: "mg.coordinator@bradford.act-locally.test",
  member: "member@bradford.act-locally.test",
  research: "research@bradford.act-locally.test",
  kirkleesAdmin: "admin@kirklees.act-locally.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** WCAG 2.2 AA: no serious or critical violation (DESIGN §5). */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams the page's metadata: after a form's action re-renders the page, its <title> can arrive a moment after the content.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A chart figure's CSV download, decoded from its data address. */
export async function csvOf(f: Locator): Promise<string> {
  const link = f.getByRole("link", { name: "Download the figures (CSV)" });
  await expect(link).toHaveAttribute("download", /\.csv$/);
  const href = (await link.getAttribute("href"))!;
  return decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ""));
}
