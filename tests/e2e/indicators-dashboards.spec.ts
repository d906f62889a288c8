import { expect, test, type Locator, type Page } from "@playwright/test";
import { csvOf, expectAccessible, signIn, users } from "./support";

const holmeWood = "/p/bradford/areas/holme-wood/indicators";

/** The figure (chart frame) with this title. */
function figure(page: Page, title: string): Locator {
  return page.getByRole("figure", { name: title });
}

test("a co-ordinator sees the area dashboard with small numbers as c, the table alternative, the CSV and the deprivation profile", async ({ page }) => {
  await signIn(page, users.coordinator);
  await page.goto(holmeWood);
  await expect(page.getByRole("heading", { name: "Indicators", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Area sections" }).getByRole("link", { name: "Indicators" })).toHaveAttribute("aria-current", "page");

  // The trend, with its plain-language caption against England and Bradford.
  const trend = figure(page, "Persistent absence (synthetic demo): Holme Wood over time");
  await expect(trend).toContainText(/In \d{4}\/\d{2}, the figure for Holme Wood was \d+\.\d%, higher than England's/);
  await expect(trend).toContainText("Source: Synthetic demo data — not real figures");

  // The latest year by LSOA: the small LSOA and the next smallest are c; the area's figure is worked out from numerators.
  const breakdown = page.getByRole("figure", { name: /^Persistent absence \(synthetic demo\) by LSOA/ });
  await expect(breakdown).toContainText("worked out from the numerators and denominators of its 4 LSOAs");
  // Keyboard: the table alternative opens from its summary.
  const summary = breakdown.getByText("Show the figures as a table");
  await summary.focus();
  await page.keyboard.press("Enter");
  const table = breakdown.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("row", { name: /E01010804/ })).toContainText("c");
  await expect(table.getByRole("row", { name: /E01010801/ })).toContainText("c");
  const csv = await csvOf(breakdown);
  expect(csv).toContain("E01010804,Bradford 033A,c,42,c");
  expect(csv).toContain("E01010801,Bradford 036E,c,151,c");

  // Police contact is a count: the small year shows c in the trend table and its CSV.
  const police = figure(page, "Children in contact with the police (synthetic demo): Holme Wood over time");
  expect((await csvOf(police)).split("\n").some((line) => /^\d{4}\/\d{2},c,/.test(line))).toBe(true);

  // The deprivation profile, from IMD 2019.
  const deprivation = figure(page, "Holme Wood's LSOAs by IMD 2019 decile");
  await expect(deprivation).toContainText("3 of Holme Wood's 4 ranked LSOAs are among the 20% most deprived in England (IMD 2019 deciles 1 and 2), 1 of them in the most deprived 10%.");
  expect(await csvOf(deprivation)).toContain("1 (most deprived),1");

  await expectAccessible(page);
});

test("a board member sees the partnership at a glance, compares the areas for an indicator and period, and opens each section", async ({ page }) => {
  await signIn(page, users.board);
  await page.goto("/p/bradford");
  await page.getByRole("link", { name: "Board dashboard" }).first().click();
  await expect(page.getByRole("heading", { name: "Board dashboard", level: 1 })).toBeVisible();

  // The summary: a card per section, each leading to every area.
  const phases = page.getByRole("table", { name: "Where the 3 areas stand in the five-phase blueprint" });
  await expect(phases.getByRole("row", { name: /3\. Deliver & Act/ })).toContainText(/\d/);
  await expect(page.getByText("Areas with a pot")).toBeVisible();
  await expect(page.getByText("Areas with a hub")).toBeVisible();
  // The indicator most areas track, its latest period against England (or why not), and the way to every area's figure.
  const indicatorCard = page.locator(".card", { has: page.getByRole("heading", { name: "Areas side by side", level: 2 }) });
  await expect(indicatorCard.getByText(/^.+ \(synthetic demo\), \d{4}\/\d{2}(: England \d+\.\d%)?\.$/)).toBeVisible();
  await expect(indicatorCard.getByText(/^(Higher than England|No England figure for this period)/).first()).toBeVisible();
  await expect(indicatorCard.getByRole("link", { name: "Compare the areas on an indicator" })).toHaveAttribute("href", /\/dashboard\/indicators\?indicator=demo-[a-z-]+$/);
  await expectAccessible(page);

  // The GET form: choose with the keyboard and submit.
  await page.getByRole("navigation", { name: "Board dashboard sections" }).getByRole("link", { name: "Areas side by side" }).click();
  await expect(page.getByRole("heading", { name: "Areas side by side", level: 1 })).toBeVisible();
  await page.getByLabel("Indicator").selectOption({ label: "Persistent absence (synthetic demo)" });
  await page.getByRole("button", { name: "Show" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/indicators\?indicator=demo-persistent-absence/);
  const compare = page.getByRole("figure", { name: /^Persistent absence \(synthetic demo\), \d{4}\/\d{2}, by area$/ });
  await expect(compare).toContainText(/the highest figure was .+'s \(\d+\.\d%\) and the lowest .+'s/);
  const csv = await csvOf(compare);
  for (const area of ["Holme Wood", "Keighley", "Manningham & Girlington", "England"]) expect(csv).toContain(area);

  // Another indicator, where one area's small count is c; an address from before the comparison had its own page still leads there.
  await page.goto("/p/bradford/dashboard?indicator=demo-police-contact");
  await expect(page).toHaveURL(/\/dashboard\/indicators\?indicator=demo-police-contact/);
  const police = page.getByRole("figure", { name: /Children in contact with the police \(synthetic demo\), \d{4}\/\d{2}, by area/ });
  expect(await csvOf(police)).toMatch(/Keighley,c,/);
  await expect(police).toContainText("One area's figure is not shown (c) to protect small numbers.");
  await expectAccessible(page);

  const sections = page.getByRole("navigation", { name: "Board dashboard sections" });
  await sections.getByRole("link", { name: "Phase progress" }).click();
  await expect(page.getByRole("table", { name: "Where each area stands in the five-phase blueprint" }).getByRole("row", { name: /Holme Wood/ })).toContainText("3. Deliver & Act");
  await sections.getByRole("link", { name: "Community budgets" }).click();
  await expect(page.getByRole("table", { name: /Community budget per area/ }).getByRole("row", { name: /Holme Wood/ })).toContainText("£15,000");
  // The hub module's reach (the seeded hubs of Holme Wood and Manningham & Girlington) and the review module's heatmap.
  await sections.getByRole("link", { name: "School Health Hub reach" }).click();
  const reach = page.getByRole("table", { name: /School Health Hub reach per area this academic year/ });
  await expect(reach.getByRole("row", { name: /Holme Wood/ })).toBeVisible();
  await expect(reach.getByRole("row", { name: /Manningham & Girlington/ })).toBeVisible();
  await sections.getByRole("link", { name: "Capability (RAG)" }).click();
  await expect(sections.getByRole("link", { name: "Capability (RAG)" })).toHaveAttribute("aria-current", "page");
  const heatmap = page.getByRole("table", { name: "Latest capability ratings by area" });
  await expect(heatmap.getByRole("row", { name: /Holme Wood/ })).toContainText(/Red|Amber|Green/);
  await expectAccessible(page);
});

test("a research partner defines an indicator and sets an area's target; forms are accessible", async ({ page }) => {
  await signIn(page, users.research);
  await page.goto("/p/bradford/indicators");
  await expectAccessible(page);
  const define = page.locator("form", { has: page.getByRole("button", { name: "Add indicator" }) });
  await define.getByLabel("Code").fill("e2e-school-readiness");
  await define.getByLabel("Name").fill("School readiness (e2e)");
  await define.getByLabel("Unit").selectOption({ label: "Percentage (%)" });
  await define.getByLabel("Which way is better").selectOption({ label: "Higher is better" });
  await define.getByLabel("Source").fill("Bradford Council EYFS profile");
  await define.getByLabel("Suppression threshold").fill("0");
  await define.getByRole("button", { name: "Add indicator" }).click();
  await expect(define.getByRole("alert")).toContainText("at least 1");
  await expect(define.getByLabel("Name")).toHaveValue("School readiness (e2e)");
  await define.getByLabel("Suppression threshold").fill("5");
  await define.getByRole("button", { name: "Add indicator" }).click();
  await expect(define.getByRole("status")).toContainText("School readiness (e2e) (e2e-school-readiness) added.");

  await page.goto("/p/bradford/indicators/e2e-school-readiness");
  await page.getByText("Set a target for Keighley").click();
  const target = page.locator("form", { has: page.getByRole("button", { name: "Save target for Keighley" }) });
  await target.getByLabel("Target value").fill("72.5");
  await target.getByLabel("By period (optional)").fill("2027/28");
  await target.getByRole("button", { name: "Save target for Keighley" }).click();
  await expect(target.getByRole("status")).toContainText("Target for School readiness (e2e) saved: 72.5% by 2027/28.");
  await page.reload();
  await expect(page.getByRole("table", { name: "Targets for School readiness (e2e)" }).getByRole("row", { name: /Keighley/ })).toContainText("72.5%");
  await expectAccessible(page);
});
