import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

/**
 * The School Health Hub journey. Holme Wood's hub is in the demo data already, so the journey
 * sets up Keighley's the same way (a host, two spokes, three services), then checks Holme Wood's
 * seeded hub for its figures and family timetable.
 */
const keighley = "/p/bradford/areas/keighley/hub";
const holmeWood = "/p/bradford/areas/holme-wood/hub";

/** The <details> whose summary reads `summary`, within `scope`. */
function details(scope: Page | Locator, summary: string): Locator {
  const page = "goto" in scope ? scope : scope.page();
  return scope.locator("details").filter({ has: page.locator("summary", { hasText: summary }) });
}

async function open(scope: Page | Locator, summary: string): Promise<Locator> {
  const box = details(scope, summary).first();
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator("summary").first().click();
  return box;
}

async function addService(page: Page, type: string, provider: string, place: string) {
  await page.goto(keighley);
  const form = await open(page, "Add a service");
  await form.getByLabel("Kind of service").selectOption({ label: type });
  await form.getByLabel("Provider").selectOption({ label: provider });
  await form.getByLabel("Where it runs").selectOption({ label: place });
  await form.getByRole("button", { name: "Add the service" }).click();
  await expect(page.getByRole("heading", { level: 1, name: type })).toBeVisible();
  await expect(page.getByText(`${type} added to the hub.`)).toBeVisible();
}

async function addWeekly(page: Page, day: string, from: string, to: string) {
  const form = await open(page, "Add a session");
  await form.getByRole("radio", { name: /Every week/ }).check();
  await form.getByLabel("Day of the week").selectOption({ label: day });
  await form.getByLabel("From", { exact: true }).fill(from);
  await form.getByLabel("Until", { exact: true }).fill(to);
  await form.getByRole("button", { name: "Add to the timetable" }).click();
  await expect(form.getByRole("status")).toContainText("added to the timetable, in term time.");
}

test("a co-ordinator sets up a hub with two spokes and three services, enters a month of outputs in the grid, allocates and spends the budget and sees the taper", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, users.coordinator);

  // Identify the hub.
  await page.goto(keighley);
  await expect(page.getByText("No School Health Hub yet")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name of the hub").fill("Keighley School Health Hub");
  await page.getByLabel("Host school or early-years setting").selectOption({ label: "Keighley Central Primary" });
  await page.getByLabel("Room or space").fill("The family room beside the main entrance");
  await page.getByLabel("Services timetabled through the week").check();
  await page.getByLabel("One-stop shop on designated dates").check();
  await page.getByRole("button", { name: "Set up the hub" }).click();
  await expect(page.getByText("Keighley School Health Hub is set up.")).toBeVisible();

  // Two spokes.
  for (const spoke of ["Parkwood Primary School", "Strong Close Nursery School"]) {
    const form = await open(page, "Add a spoke");
    await form.getByLabel("School or setting the hub reaches").selectOption({ label: spoke });
    await form.getByRole("button", { name: "Add the spoke" }).click();
    await expect(page.getByText(`${spoke} is now a spoke of the hub.`)).toBeVisible();
    await page.reload();
  }
  await expect(page.locator(".hub-spokes li")).toHaveCount(2);
  await expectAccessible(page);

  // Three services: weekly dental at the host, fortnightly mental health support at a spoke, and a vaccination day.
  await addService(page, "Dental", "Bradford Community Dental Service", "Keighley Central Primary (host)");
  await addWeekly(page, "Tuesday", "2026-09-01", "2027-07-21");
  await expectAccessible(page);
  await addService(page, "Mental health support", "Bradford Mental Health Support Team in Schools", "Parkwood Primary School (spoke)");
  await addWeekly(page, "Wednesday", "2026-09-01", "2027-07-21");
  await addService(page, "Immunisation", "Bradford District Care NHS Foundation Trust", "Keighley Central Primary (host)");
  const once = await open(page, "Add a session");
  await once.getByRole("radio", { name: "On one date" }).check();
  await once.getByLabel("Date", { exact: true }).fill("2026-10-28");
  await once.getByLabel("Ends at").fill("15:00");
  await once.getByRole("button", { name: "Add to the timetable" }).click();
  // The half-term is refused, beside the date, and what was typed stays.
  await expect(once.locator(".field-error")).toContainText("Autumn half-term");
  await expect(once.getByLabel("Ends at")).toHaveValue("15:00");
  await once.getByLabel("Date", { exact: true }).fill("2026-11-18");
  await once.getByRole("button", { name: "Add to the timetable" }).click();
  await expect(once.getByRole("status")).toContainText("Immunisation session added to the timetable.");

  // The timetable respects the school holidays.
  await page.goto(`${keighley}/timetable?week=2026-10-26`);
  await expect(page.locator(".hub-day").first()).toContainText("Autumn half-term");
  await expect(page.locator(".hub-slot")).toHaveCount(0);
  await page.goto(`${keighley}/timetable?week=2026-11-16`);
  await expect(page.locator(".hub-day").nth(1)).toContainText("Dental");
  await expect(page.locator(".hub-day").nth(2)).toContainText("Immunisation");
  await expectAccessible(page);
  await page.getByRole("link", { name: "List for a term" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /term 20\d\d:/ })).toBeVisible();

  // A month of outputs in the grid: every session held, one refused box first.
  await page.goto(`${keighley}/outputs?month=2026-11`);
  const grid = page.locator("form", { has: page.getByRole("button", { name: "Save the outputs" }) });
  const rows = grid.locator("tbody tr");
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(7);
  await rows.nth(0).getByLabel(/^Children seen/).fill("-2");
  await grid.getByRole("button", { name: "Save the outputs" }).click();
  await expect(grid.locator(".field-error").first()).toContainText("a whole number from 0");
  let children = 0;
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i);
    const seen = 4 + (i % 5);
    children += seen;
    await row.getByLabel(/^Children seen/).fill(String(seen));
    await row.getByLabel(/^Families seen/).fill("3");
    if ((await row.textContent())?.includes("Immunisation")) await row.getByLabel(/^Vaccinations given/).fill(String(seen));
  }
  await grid.getByRole("button", { name: "Save the outputs" }).click();
  await expect(grid.getByRole("status")).toContainText(`Outputs saved for ${count} sessions.`);
  // The month's totals are exactly the sum of what was typed.
  const total = page.getByRole("table", { name: "By service, November 2026" }).locator("tbody tr").last();
  await expect(total).toContainText("All");
  await expect(total.locator("td").nth(1)).toHaveText(String(count));
  await expect(total.locator("td").nth(2)).toHaveText(String(children));
  await expectAccessible(page);

  // The budget: a taper, an allocation within the year and one refused beyond it, spend, a contribution.
  await page.goto(`${keighley}/budget`);
  await expect(page.getByText("No hub budget planned yet")).toBeVisible();
  const plan = await open(page, "Plan the hub budget");
  await plan.getByLabel("First year's budget (£)").fill("40,000");
  await plan.getByRole("button", { name: "Plan the hub budget" }).click();
  await expect(page.getByText(/Hub budget saved: 4 financial years from \d{4}-\d{2}\./)).toBeVisible();
  await page.reload();
  const thisYear = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /\(this year\): £40,000, 100% of the first year/ }) });
  const allocate = async (category: string, amount: string, description: string) => {
    const form = await open(thisYear, "Allocate from");
    await form.getByLabel("Category").selectOption({ label: category });
    await form.getByLabel("Amount (£)").fill(amount);
    await form.getByLabel("What it is for").fill(description);
    await form.getByRole("button", { name: /Allocate from/ }).click();
    return form;
  };
  await expect((await allocate("Co-ordination staff time", "15,000", "Hub co-ordinator, two days a week")).getByRole("status")).toContainText("£15,000 allocated to co-ordination staff time.");
  await page.reload();
  const refused = await allocate("Equipment", "30,000", "Everything");
  await expect(refused.locator(".field-error")).toContainText("Only £25,000 of the");
  await page.reload();
  const spend = await open(thisYear, "Record spend in");
  await spend.getByLabel("Spent from").selectOption({ index: 1 });
  await spend.getByLabel("Amount (£)").fill("2,000");
  await spend.getByLabel("What it was spent on").fill("Co-ordinator's first month");
  await spend.getByRole("button", { name: "Record the spend" }).click();
  await expect(spend.getByRole("status")).toContainText("£2,000 of spend recorded.");
  await page.reload();
  const contribution = await open(page, "Record a contribution");
  await contribution.getByLabel("Financial year").selectOption({ index: 4 });
  await contribution.getByLabel("Statutory partner").selectOption({ label: "Bradford District Care NHS Foundation Trust" });
  await contribution.getByLabel("Value (£)").fill("12,000");
  await contribution.getByLabel("What it is").fill("A school nurse at the hub one day a week");
  await contribution.getByRole("button", { name: "Record the contribution" }).click();
  await expect(contribution.getByRole("status")).toContainText("£12,000 from Bradford District Care NHS Foundation Trust recorded");
  await page.reload();

  // The taper chart: its caption says in words what it shows, each line is named on the chart, the figures are a table too.
  const figure = page.locator("figure.chart-figure");
  await expect(figure.locator(".chart-figure-caption")).toHaveText(/^By \d{4}-\d{2} statutory partners contribute £12,000 against a hub budget of £10,000 \(25% of the first year's £40,000\)\. Their contributions first match or pass the hub budget in \d{4}-\d{2}\.$/);
  await expect(figure.locator("svg text", { hasText: "Hub budget" })).toContainText("£10,000");
  await expect(figure.locator("svg text", { hasText: "Statutory partners" })).toContainText("£12,000");
  await figure.getByText("Show the figures as a table").click();
  await expect(figure.getByRole("table")).toContainText("40000");
  await expectAccessible(page);

  // The checklist now shows the hub identified and its offer planned.
  await page.goto("/p/bradford/areas/keighley?phase=3");
  await expect(page.getByText("Keighley Central Primary hosts the School Health Hub")).toBeVisible();
  await expect(page.getByText(/3 services with sessions timetabled/)).toBeVisible();
});

test("Holme Wood's seeded hub shows its reach to a member, and its family timetable prints with no internal figures", async ({ page }) => {
  await signIn(page, users.member);
  await page.goto(holmeWood);
  await expect(page.getByRole("heading", { level: 2, name: "Holme Wood School Health Hub" })).toBeVisible();
  await expect(page.locator(".hub-figure").filter({ hasText: "Children seen" })).not.toContainText(/^Children seen0$/);
  // A member reads: no forms.
  await expect(page.getByRole("button", { name: "Add the service" })).toHaveCount(0);
  await expect(page.locator("summary", { hasText: "Add a service" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${holmeWood}/timetable/print`);
  const sheet = page.locator(".hub-sheet");
  await expect(sheet.getByRole("heading", { level: 1, name: /What's on: (Autumn|Spring|Summer) term \d{4}/ })).toBeVisible();
  await expect(sheet).toContainText("Every Tuesday");
  await expect(sheet).toContainText("Half-term:");
  await expect(sheet).not.toContainText(/£|Children seen|Referrals|registrations|allocated/i);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".hub-print-bar")).toBeHidden();
  await expect(page.locator(".shell-header")).toBeHidden();
});

test("a co-ordinator of another area cannot reach Holme Wood's hub pages; the board reads them", async ({ page, browser }) => {
  const board = await (await browser.newContext()).newPage();
  await signIn(board, users.board);
  await board.goto(holmeWood);
  const service = await board.getByRole("link", { name: "Dental", exact: true }).getAttribute("href");
  await board.goto(`${holmeWood}/outputs`);
  await expect(board.getByRole("heading", { level: 1, name: "Hub outputs" })).toBeVisible();
  await expect(board.getByRole("button", { name: "Save the outputs" })).toHaveCount(0);
  await board.context().close();

  await signIn(page, users.mgCoordinator);
  for (const path of [holmeWood, `${holmeWood}/timetable`, `${holmeWood}/outputs`, `${holmeWood}/budget`, `${holmeWood}/timetable/print`, service!]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  // Her own area's hub is hers to change.
  await page.goto("/p/bradford/areas/manningham-girlington/hub");
  await expect(page.getByRole("heading", { level: 2, name: "Manningham & Girlington School Health Hub" })).toBeVisible();
  await expect(page.locator("summary", { hasText: "Add a service" })).toHaveCount(1);
});
