import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const holmeWood = "/p/bradford/areas/holme-wood";
const mg = "/p/bradford/areas/manningham-girlington";

async function press(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

async function addApplication(page: Page, organisation: string, amount: string) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add the application" }) });
  await form.getByLabel("Organisation").fill(organisation);
  await form.getByLabel("Contact name").fill("Jo Bailey");
  await form.getByLabel("Contact email").fill("jo@example.org");
  await form.getByLabel("Amount asked for (£)").fill(amount);
  await form.getByLabel("What the money will do").fill("Detached youth work on Friday and Saturday evenings");
  await form.getByLabel("How it addresses the priority").fill("Reaches the young people most at risk of antisocial behaviour");
  await form.getByLabel(/above and beyond/).check();
  await press(page, "Add the application");
  await expect(form.getByRole("status")).toContainText(`Application from ${organisation} added.`);
}

/** A panellist on a phone: declares on each application, and scores those without a conflict. */
async function score(browser: Browser, email: string, roundUrl: string, plan: Record<string, "conflict" | number>) {
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signIn(phone, email);
  await phone.goto(`${roundUrl}/score`);
  for (const [organisation, choice] of Object.entries(plan)) {
    const card = phone.getByRole("article", { name: organisation });
    await card.getByRole("radio", { name: choice === "conflict" ? "Yes, I have a conflict" : "No" }).check();
    await card.getByRole("button", { name: `Record my answer for ${organisation}` }).click();
    if (choice === "conflict") {
      await expect(card.getByText("You declared a conflict of interest")).toBeVisible();
      await expect(card.getByRole("button", { name: /Submit my scores/ })).toHaveCount(0);
      continue;
    }
    await expect(card.getByRole("button", { name: `Submit my scores for ${organisation}` })).toBeVisible();
    for (const criterion of await card.getByRole("group").filter({ hasText: "(weight" }).all()) {
      await criterion.getByRole("radio", { name: new RegExp(`^${choice} `) }).check();
    }
    await card.getByRole("button", { name: `Submit my scores for ${organisation}` }).click();
    await expect(card.getByText(/Your score: \d\.\d\d out of 5\./)).toBeVisible();
  }
  await expectAccessible(phone);
  // Nothing sticks out sideways on a phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.context().close();
}

test("a co-ordinator adds a pot and runs a round: a panel scores on phones (one conflicted), awards never exceed the pot, spend is recorded", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, users.mgCoordinator);
  await page.goto(`${mg}/budget`);
  await expect(page.getByText("No community budget yet")).toBeVisible();
  await page.getByLabel("Amount (£)").fill("10,000");
  await page.getByLabel("Where the money comes from").fill("Act Locally programme grant");
  await press(page, "Add the pot");
  await expect(page.getByRole("status").filter({ hasText: /^Pot for \d{4}-\d{2} added\.$/ })).toBeVisible();
  await expect(page.locator(".budget-figure").filter({ hasText: "In the pot" })).toContainText("£10,000");
  await expectAccessible(page);

  await page.locator("summary").filter({ hasText: "New funding round" }).click();
  await page.getByLabel("Title").fill("Autumn community grants");
  await page.getByLabel("What applications must show").fill("Projects that keep children and young people safe from crime and antisocial behaviour.");
  await page.getByLabel("Closes on").fill("2099-12-31");
  await page.getByLabel("Amount this round may award (£)").fill("10000");
  await page.getByLabel("Largest single award (£)").fill("6000");
  await press(page, "Create the round (as a draft)");
  await expect(page.getByRole("heading", { level: 1, name: "Autumn community grants" })).toBeVisible();

  await press(page, "Open for applications");
  await expect(page.getByText("The round is now: open for applications.")).toBeVisible();
  // One application through the public link, by someone with no account.
  const link = await page.getByRole("link", { name: /\/apply\// }).getAttribute("href");
  const applicant = await (await browser.newContext()).newPage();
  const form = await applicant.goto(new URL(link!).pathname);
  expect(form?.headers()["x-robots-tag"]).toContain("noindex");
  await applicant.getByLabel("Your organisation or group").fill("Girlington Youth Project");
  await applicant.getByLabel("Your name").fill("Aisha Rahman");
  await applicant.getByLabel("Your email").fill("aisha@example.org");
  await applicant.getByLabel("Amount you are asking for (£)").fill("6000");
  await applicant.getByLabel("What the money will do").fill("Evening youth sessions at the community centre");
  await applicant.getByLabel("How it helps with the priority").fill("Safe places for young people at risk of antisocial behaviour");
  await applicant.getByRole("button", { name: "Send the application" }).click();
  await expect(applicant.locator(".error-summary")).toContainText("above and beyond");
  await expect(applicant.getByLabel("What the money will do")).toHaveValue("Evening youth sessions at the community centre");
  await applicant.getByLabel(/above and beyond/).check();
  await applicant.getByRole("button", { name: "Send the application" }).click();
  await expect(applicant.getByRole("status")).toContainText(/Your reference is [0-9A-F]{8}/);
  await expectAccessible(applicant);
  await addApplication(page, "Manningham Boxing Club", "6000");
  for (const [name, kind] of [
    ["David Okafor", "Partnership member"],
    ["Dr Emma Clarke", "Community representative"],
  ] as const) {
    const panel = page.locator("form", { has: page.getByRole("button", { name: "Add to the panel" }) });
    await panel.getByLabel("Member").selectOption({ label: name });
    await panel.getByLabel("Speaks for").selectOption({ label: kind });
    await panel.getByRole("button", { name: "Add to the panel" }).click();
    await expect(panel.getByRole("status")).toContainText(`${name} is on the panel.`);
  }
  await press(page, "Close applications and start the panel review");
  await expect(page.getByText("The round is now: panel reviewing.")).toBeVisible();
  const roundUrl = new URL(page.url()).pathname;
  await score(browser, users.board, roundUrl, { "Girlington Youth Project": "conflict", "Manningham Boxing Club": 3 });
  await score(browser, users.research, roundUrl, { "Girlington Youth Project": 5, "Manningham Boxing Club": 4 });
  // Closed to applications: the public link says so and offers no form.
  await applicant.reload();
  await expect(applicant.getByText("This round is not taking applications.")).toBeVisible();
  await expect(applicant.getByRole("button", { name: "Send the application" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Panel progress" })).toContainText("Conflict declared");
  await expect(page.getByText("5.00 out of 5, ranked 1 (1 panellist); 1 conflicted panellist left out")).toBeVisible();
  await expect(page.getByText("3.50 out of 5, ranked 2 (2 panellists)")).toBeVisible();
  await press(page, "Move to the decision");
  await expect(page.getByText("The round is now: deciding.")).toBeVisible();
  await expectAccessible(page);

  // The first award takes £6,000; the second cannot take the pot past £10,000.
  for (const [organisation, amount] of [
    ["Girlington Youth Project", "6000"],
    ["Manningham Boxing Club", "6000"],
  ] as const) {
    await page.locator("summary").filter({ hasText: `Award ${organisation}` }).click();
    const form = page.locator("form", { has: page.getByRole("button", { name: `Award ${organisation}` }) });
    await form.getByLabel("Amount awarded (£)").fill(amount);
    await form.getByLabel("Decision meeting").selectOption({ index: 1 });
    await form.getByRole("button", { name: `Award ${organisation}` }).click();
    if (organisation === "Manningham Boxing Club") {
      await expect(form.locator(".error-summary")).toContainText("Only £4,000 is left in the pot");
      await expect(form.getByLabel("Amount awarded (£)")).toHaveValue("6000");
      await form.getByLabel("Amount awarded (£)").fill("4000");
      await form.getByRole("button", { name: `Award ${organisation}` }).click();
    }
  }
  await expect(page.getByText("Awarded £4,000")).toBeVisible();
  await expect(page.getByText("Awarded £6,000")).toBeVisible();

  await page.getByRole("button", { name: "Confirm the awards" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirm the awards" }).click();
  await expect(page.locator(".budget-figure").filter({ hasText: "Stage" })).toContainText("Awarded");

  await page.locator("summary").filter({ hasText: "Record spend for Manningham Boxing Club" }).click();
  const spend = page.locator("form", { has: page.getByRole("button", { name: "Record spend" }) }).first();
  await spend.getByLabel("Amount (£)").fill("1500");
  await spend.getByLabel("What it was for").fill("First instalment");
  await spend.getByRole("button", { name: "Record spend" }).click();
  await expect(page.getByText("Spent £1,500 of £4,000")).toBeVisible();

  await page.goto(`${mg}/budget`);
  await expect(page.locator(".budget-figure").filter({ hasText: "Awarded" })).toContainText("£10,000");
  await expect(page.locator(".budget-figure").filter({ hasText: "Spent" })).toContainText("£1,500");
});

test("a member reads Holme Wood's community budget and its decided round, with no forms and no applicants' contacts", async ({ page }) => {
  await signIn(page, users.member);
  await page.goto(`${holmeWood}/budget`);
  await expect(page.getByRole("heading", { level: 1, name: "Community budget" })).toBeVisible();
  await expect(page.locator(".budget-figure").filter({ hasText: "In the pot" })).toContainText("£15,000");
  await page.getByRole("link", { name: "Summer community grants" }).click();
  await expect(page.getByText("Awarded £6,000")).toBeVisible();
  await expect(page.getByText("Why it was not funded:")).toBeVisible();
  await expect(page.getByRole("list", { name: "Progress reports from Holme Wood Youth Partnership" })).toContainText("64 people reached");
  await expect(page.locator(".budget-feedback")).toContainText("young people on the panel");
  // Contacts are for the co-ordinator only.
  await expect(page.locator("main")).not.toContainText("applicant@example.org");
  await expect(page.getByRole("button", { name: /Save|Record|Award|Withdraw|Close|Open/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("the community sees what its budget funded, and the awards download as 360Giving", async ({ page, browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/community-grants/bradford/holme-wood");
  await expect(visitor.getByRole("heading", { level: 1, name: "Community grants in Holme Wood" })).toBeVisible();
  await expect(visitor.getByRole("row", { name: /Holme Wood Youth Partnership/ })).toContainText("£6,000");
  await expect(visitor.locator("main")).not.toContainText("Bradford Arts Collective");
  await expect(visitor.locator("main")).not.toContainText("applicant@example.org");
  await expectAccessible(visitor);
  expect((await visitor.request.get("/community-grants/kirklees/dewsbury-west")).status()).toBe(404);
  expect((await visitor.request.get("/p/bradford/areas/holme-wood/budget/awards-360giving")).status()).toBe(404);

  await signIn(page, users.coordinator);
  const csv = await page.request.get("/p/bradford/areas/holme-wood/budget/awards-360giving");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const [header, ...rows] = (await csv.text()).trim().split("\r\n");
  expect(header).toBe("Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Title,Beneficiary Location:Name,Last Modified");
  expect(rows).toHaveLength(3);
});
