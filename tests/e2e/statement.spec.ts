import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const mg = "/p/bradford/areas/manningham-girlington";

// Text from the Holme Wood Statement of Intent (shared/seeds), written afresh for Manningham & Girlington.
const HEADING = "Acting Locally to identify needs and vulnerabilities and work together to provide solutions";
const INTRO = "Schools and early years setting are at the heart of communities. We can enable them to act as a hub of co-ordinated, multi service delivery.";
const PRIORITY = "Supporting children and young people vulnerable to crime and antisocial behaviour";
const REASON = "Action targeted toward crime and antisocial behaviour and violence is often far too late, so early intervention and working with children should be the focus.";
const QUOTE = "Its all about trust. We need to develop and sustain strong relationships with children and young people, families, and other members of the community";
const MANDATE = "Our Convening Partnership is open and transparent, and understands crime and antisocial behaviour in the local context.";
const FIGURE = "Recorded crime involving young people is among the highest in the district.";
const ACTION = "Enable exploratory conversations with commissioners of pre-established local services";
const OUTCOME = "Fewer children and young people involved with crime and antisocial behaviour.";
const ASK = "We'd like to create a forum where schools could meet together with VCSE on a regular basis.";

/** Adds a row to a section of the editor and returns its fieldset ("Data figure 1"). */
async function addRow(page: Page, button: string, group: string): Promise<Locator> {
  await page.getByRole("button", { name: button, exact: true }).click();
  return page.getByRole("group", { name: group, exact: true });
}

test("a co-ordinator writes, agrees and publishes a Statement of Intent, prints and shares it, and turns a commitment into an action item", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page, users.mgCoordinator);
  await page.goto(`${mg}/statement`);
  await page.getByRole("button", { name: "Start the Statement of Intent" }).click();
  await expect(page.getByLabel("Introduction heading")).toBeVisible();
  await expectAccessible(page);

  // Section by section, in the model's order.
  await page.getByLabel("Introduction heading").fill(HEADING);
  await page.getByLabel("Introduction", { exact: true }).fill(INTRO);
  await page.getByLabel("Priority", { exact: true }).fill(PRIORITY);
  await (await addRow(page, "Add a reason", "Reason 1")).getByLabel("Why it matters").fill(REASON);
  const voice = await addRow(page, "Add a community voice", "Community voice 1");
  await voice.getByLabel("Quote", { exact: true }).fill(QUOTE);
  await voice.getByLabel("Role").fill("School Leader");
  await voice.getByLabel("The speaker agreed to their words being used here").check();
  await page.getByLabel("Our community mandate for change", { exact: true }).fill(MANDATE);
  const figure = await addRow(page, "Add a data figure", "Data figure 1");
  await figure.getByLabel("Figure", { exact: true }).fill(FIGURE);
  await (await addRow(page, "Add an action", "Action 1")).getByLabel("Action", { exact: true }).fill(ACTION);
  await (await addRow(page, "Add an outcome", "Outcome 1")).getByLabel("Outcome", { exact: true }).fill(OUTCOME);
  await (await addRow(page, "Add an ask", "Ask 1")).getByLabel("Ask", { exact: true }).fill(ASK);

  // A figure without its source is refused, and nothing typed is lost.
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.locator(".error-summary")).toContainText("Data figure 1: write the source");
  await expect(page.getByRole("group", { name: "Data figure 1", exact: true }).getByLabel("Figure", { exact: true })).toHaveValue(FIGURE);
  await expect(page.getByLabel("Our community mandate for change", { exact: true })).toHaveValue(MANDATE);
  const fixedFigure = page.getByRole("group", { name: "Data figure 1", exact: true });
  await fixedFigure.getByLabel("Source").fill("VRU Strategic Needs Assessment");
  await fixedFigure.getByLabel("Period").fill("2022-23");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();

  // Agree, then publish: the published version is frozen.
  await page.getByLabel("Meeting where it was agreed").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Mark as agreed" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked as agreed. You can publish it now." })).toBeVisible();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Published as version 1.", { exact: true })).toBeVisible();

  // The print view: the document alone, A4.
  await page.getByRole("link", { name: "Print view" }).click();
  const sheet = page.locator(".soi");
  await expect(sheet).toContainText(HEADING);
  await expect(sheet).toContainText("VRU Strategic Needs Assessment");
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("statement-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // A read-only link: no sign-in, the published text only, never the draft.
  await page.goto(`${mg}/statement`);
  await page.getByRole("button", { name: "Create a share link" }).click();
  const url = await page.getByLabel("New share link").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{20,}$/);
  const visitor = await (await browser.newContext()).newPage();
  const shared = await visitor.goto(url);
  expect(shared?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(visitor.locator(".soi")).toContainText(QUOTE);
  await expect(visitor.getByRole("link", { name: /Sign out|Overview/ })).toHaveCount(0);
  await expectAccessible(visitor);

  await page.getByLabel("Introduction heading").fill("A draft heading nobody has agreed");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The statement is a draft again" })).toBeVisible();
  await visitor.reload();
  await expect(visitor.locator(".soi")).toContainText(HEADING);
  await expect(visitor.locator("body")).not.toContainText("A draft heading nobody has agreed");

  // The versions page compares the published text with the working copy.
  await page.goto(`${mg}/statement/versions`);
  await page.getByRole("combobox", { name: "Compare", exact: true }).selectOption("1");
  await page.getByRole("combobox", { name: "with", exact: true }).selectOption("draft");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.locator("main")).toContainText("A draft heading nobody has agreed");
  await expectAccessible(page);

  // Revoked: the link answers "not found" at once.
  await page.goto(`${mg}/statement`);
  await page.getByRole("button", { name: "Revoke link 1" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(page.getByText("No active share links.")).toBeVisible();
  const revoked = await visitor.reload();
  expect(revoked?.status()).toBe(404);
  await expect(visitor.locator("body")).not.toContainText(QUOTE);

  // A committed action becomes an action item in one click; with an owner and a due date the plan is developed.
  await page.goto(`${mg}/action-plan`);
  await page.getByRole("button", { name: /^Add 'Enable exploratory conversations.*' to the action plan$/ }).click();
  await expect(page.getByText(/added to the action plan\./)).toBeVisible();
  await page.getByRole("link", { name: ACTION }).click();
  await expectAccessible(page);
  const item = page.locator("form", { has: page.getByRole("button", { name: "Save action item" }) });
  await item.getByLabel("Owner organisation").selectOption({ index: 1 });
  await item.getByLabel("Due date").fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await item.getByRole("button", { name: "Save action item" }).click();
  await expect(item.getByRole("status")).not.toBeEmpty();
  await page.getByLabel("Update", { exact: true }).fill("First conversation booked with the council's youth service.");
  await page.getByRole("button", { name: "Add update" }).click();
  await expect(page.locator("main")).toContainText("First conversation booked with the council's youth service.");

  // The phase 3 checklist reads the records.
  await page.goto(`${mg}?phase=3`);
  await expect(page.locator("[id='item-p3.statement']")).toContainText("Met");
  await expect(page.locator("[id='item-p3.action-plan']")).toContainText("Met");
  // The area's history shows the milestones.
  await page.goto(mg);
  await expect(page.locator(".timeline")).toContainText("Statement of Intent published as version 1");
});
