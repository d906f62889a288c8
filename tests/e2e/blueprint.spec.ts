import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const keighley = "/p/bradford/areas/keighley";

/** The form whose submit button has this name: pages hold several forms with a "Name" field. */
function formWith(page: Page, submit: string): Locator {
  return page.locator("form", { has: page.getByRole("button", { name: submit, exact: true }) });
}

async function submit(form: Locator, name: string): Promise<void> {
  await form.getByRole("button", { name, exact: true }).click();
  await expect(form.getByRole("status")).not.toBeEmpty();
}

/** Confirms an attested checklist item; the item then shows who confirmed it. */
async function attest(page: Page, key: string, note: string): Promise<void> {
  const item = page.locator(`[id='item-${key}']`);
  await item.getByText("Mark as done").click();
  await item.getByLabel("How was this done?").fill(note);
  await item.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(item).toContainText("Confirmed by Sarah Hughes");
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a co-ordinator completes phases 1 and 2, is refused early, and a board member's waiver shows on the timeline", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, users.coordinator);
  await page.goto(keighley);
  await expect(page.getByRole("heading", { name: "Phase 1: Access & Connect checklist" })).toBeVisible();
  await expectAccessible(page);

  // Too early: the server refuses and names what is missing.
  const advance = formWith(page, "Move to phase 2: Plan & Prioritise");
  await advance.getByRole("button").click();
  const refusal = advance.getByRole("alert");
  await expect(refusal).toContainText("Still to do");
  await expect(refusal).toContainText("Map area assets and allies");

  // An attested item.
  await attest(page, "p1.buy-in", "Presented the Act Locally methodology to the board in October");

  // Phase 1 records.
  await page.goto(`${keighley}/access-connect`);
  await expectAccessible(page);
  const codes = formWith(page, "Add codes");
  await codes.getByLabel("Kind of code").selectOption({ label: "LSOA (lower layer super output area)" });
  await codes.getByLabel("Codes").fill("E01010692, E01010693\nE01010694");
  await submit(codes, "Add codes");
  for (const [name, type] of [
    ["Keighley Town Council", "Public service"],
    ["Keighley Healthy Living", "VCSE organisation or group"],
  ] as const) {
    const asset = formWith(page, "Add to the asset map");
    await asset.getByLabel("Name").fill(name);
    await asset.getByLabel("Type").selectOption({ label: type });
    await submit(asset, "Add to the asset map");
  }
  const outcome = formWith(page, "Add outcome measure");
  await outcome.getByLabel("Name").fill("Persistent absence in primary schools");
  await submit(outcome, "Add outcome measure");
  // Version 3 plans the evaluation framework when every outcome measure is linked to an indicator.
  const link = formWith(page, "Link indicator");
  await link.getByLabel("Indicator for Persistent absence in primary schools").selectOption({ label: "Persistent absence (synthetic demo) (demo-persistent-absence)" });
  await submit(link, "Link indicator");
  await expect(link.getByRole("status")).toContainText("Persistent absence in primary schools is measured by Persistent absence (synthetic demo).");

  await page.goto(keighley);
  await formWith(page, "Move to phase 2: Plan & Prioritise").getByRole("button").click();
  await expect(page.getByRole("heading", { name: "Phase 2: Plan & Prioritise checklist" })).toBeVisible();

  // Phase 2: the learning symposium, held last month with attendance.
  await page.goto(`${keighley}/meetings`);
  await expectAccessible(page);
  const meeting = formWith(page, "Save meeting");
  await meeting.getByLabel("Kind of meeting").selectOption({ label: "Learning symposium" });
  await meeting.getByLabel("Title").fill("Keighley learning symposium");
  await meeting.getByLabel("Date").fill(daysFromToday(-20));
  await meeting.getByLabel("Schools").fill("8");
  await meeting.getByLabel("Parents").fill("5");
  await submit(meeting, "Save meeting");

  await page.goto(`${keighley}/plan-prioritise`);
  await expectAccessible(page);
  for (const title of ["Persistent absence", "Children without a dentist", "Youth provision after school"]) {
    const priority = formWith(page, "Add priority");
    await priority.getByLabel("Priority").fill(title);
    await submit(priority, "Add priority");
  }
  const stakeholder = formWith(page, "Add to the list");
  await stakeholder.getByLabel("Kind").selectOption({ label: "Place" });
  await stakeholder.getByLabel("Name").fill("Keighley library");
  await submit(stakeholder, "Add to the list");
  const barrier = formWith(page, "Add barrier");
  await barrier.getByLabel("Barrier").fill("Families do not know which services exist");
  await barrier.getByLabel("Permissions or resources needed").fill("A shared directory funded by the council");
  await submit(barrier, "Add barrier");

  // Rank three by keyboard: add each, then move the third to the top.
  for (const title of ["Persistent absence", "Children without a dentist", "Youth provision after school"]) {
    await page.getByRole("button", { name: `Add '${title}' to the ranking` }).click();
  }
  const up = page.getByRole("button", { name: "Move 'Youth provision after school' up" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Save ranking" }).click();
  await expect(page.getByText("Focus priorities saved.")).toBeVisible();

  await page.goto(keighley);
  await attest(page, "p2.purpose", "Shared at the symposium");
  await formWith(page, "Move to phase 3: Deliver & Act").getByRole("button").click();
  await expect(page.getByRole("heading", { name: "Phase 3: Deliver & Act checklist" })).toBeVisible();
  await expect(page.getByText("Youth provision after school").first()).toBeVisible();

  // The board member waives an item that has no module yet; the co-ordinator sees it with its author.
  const board = await (await browser.newContext()).newPage();
  await signIn(board, users.board);
  await board.goto(keighley);
  const statement = board.locator("[id='item-p3.statement']");
  await statement.locator("summary", { hasText: "Waive" }).click();
  await statement.getByLabel("Reason for the waiver").fill("The Statement of Intent is being written on paper for this pilot");
  await statement.getByRole("button", { name: "Waive this item" }).click();
  await expect(statement).toContainText("Waived by David Okafor");
  await board.reload();
  await expect(board.getByRole("region", { name: "Timeline" }).or(board.locator("section", { has: board.getByRole("heading", { name: "Timeline" }) }))).toContainText(
    "Waived “Develop a Statement of Intent”",
  );
  await expectAccessible(board);
});

test("a board member sees every area's phase and progress on the partnership overview", async ({ page }) => {
  await signIn(page, users.board);
  const table = page.getByRole("table", { name: "Where each area stands" });
  await expect(table.getByRole("row", { name: /Holme Wood/ })).toContainText("3. Deliver & Act");
  await expect(table.getByRole("row", { name: /Holme Wood/ })).toContainText("Supporting children and young people vulnerable to crime and antisocial behaviour");
  await expect(table.getByRole("row", { name: /Manningham/ })).toContainText("2. Plan & Prioritise");
  await expectAccessible(page);
});

test("a member reads an area but has no forms", async ({ page }) => {
  await signIn(page, users.member);
  await page.goto("/p/bradford/areas/holme-wood");
  await expect(page.getByRole("heading", { name: "Phase 3: Deliver & Act checklist" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Move to phase/ })).toHaveCount(0);
  await expect(page.getByText("Mark as done")).toHaveCount(0);
  await page.goto("/p/bradford/areas/holme-wood/access-connect");
  await expect(page.getByRole("button", { name: "Add codes" })).toHaveCount(0);
});
