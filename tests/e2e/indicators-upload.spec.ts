import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { csvOf, expectAccessible, signIn, users } from "./support";

const uploads = "/p/bradford/indicators/uploads";
const DATA = path.join(process.cwd(), "prisma", "seed", "data");
const scratch = mkdtempSync(path.join(tmpdir(), "act-locally-e2e-uploads-"));
// Names unique to this run, so the spec can run again on the same database.
const run = Date.now().toString(36);

function file(name: string, text: string): string {
  const p = path.join(scratch, name);
  writeFileSync(p, text);
  return p;
}

/** Chooses a file on the upload page, waits for the importer's first look, uploads it and lands on its preview. */
async function upload(page: Page, filePath: string, recognisedAs: RegExp): Promise<void> {
  await page.goto(`${uploads}/new`);
  await page.getByLabel("CSV file").setInputFiles(filePath);
  await expect(page.getByRole("status")).toContainText(recognisedAs);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(new RegExp(`${uploads}/[0-9a-f-]{36}$`), { timeout: 60_000 });
}

async function commit(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Commit this upload" }).click();
  await expect(page.getByText(/^Committed: [\d,]+ values are now shown$/)).toBeVisible({ timeout: 60_000 });
}

test("a research partner uploads the Fingertips and DfE files, reviews the previews, commits, and rolls a correction back to the previous values", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, users.research);
  await page.goto(uploads);
  await expect(page.getByRole("heading", { level: 1, name: "Indicator uploads" })).toBeVisible();
  // The seed loaded both real files for Bradford through this same pipeline.
  await expect(page.getByRole("link", { name: "la_hospital_admissions_2324.csv" }).first()).toBeVisible();
  await expectAccessible(page);

  // The Fingertips export again: recognised by its header; every value it writes is already there, unchanged.
  await upload(page, path.join(DATA, "la_hospital_admissions_2324.csv"), /An OHID Fingertips export \(27 columns/);
  await expect(page.locator(".upload-figure").filter({ hasText: "Rows read" })).toContainText("7,208");
  await expect(page.locator(".upload-figure").filter({ hasText: "Rows rejected" })).toContainText("0");
  await expect(page.getByText(/cells already have a value; 0 of them would change/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Geography codes left out" })).toContainText("E06000001");
  await expect(page.getByRole("region", { name: "Indicators found in the file" })).toContainText("One of the partnership's indicators");
  await expectAccessible(page);
  await commit(page);

  // The DfE file: five percentage indicators; the 2019/20 year and the suppressed cells are kept as missing.
  await upload(page, path.join(DATA, "absence_la.csv"), /DfE explore education statistics file: 5 indicator columns/);
  await expect(page.locator(".upload-figure").filter({ hasText: "Rows read" })).toContainText("17,220");
  await expect(page.getByRole("region", { name: /^Periods/ })).toContainText("2019/20");
  await expectAccessible(page);
  await commit(page);

  // A correction to Bradford's 2010/11 injury admissions, with a new count indicator and a suppressed cell.
  const correction = file(
    `bradford-correction-${run}.csv`,
    [
      "indicator_code,indicator_name,unit,geography_type,geography_code,period,period_type,value,numerator,denominator",
      "injury-admissions-0-14,,,la,E08000032,2010/11,financial_year,150.25,1718,114366",
      "children-seen-at-hub,Children seen at the hub,count,area,holme-wood,2024/25,academic_year,3,,",
      "children-seen-at-hub,Children seen at the hub,count,area,keighley,2024/25,academic_year,c,,",
      "children-seen-at-hub,Children seen at the hub,count,area,dewsbury-west,2024/25,academic_year,40,,",
    ].join("\n"),
  );
  await upload(page, correction, /The platform's CSV template/);
  await expect(page.getByText("Committing will add 1 indicator to the partnership")).toBeVisible();
  await expect(page.getByText("Children seen at the hub (children-seen-at-hub, count)").first()).toBeVisible();
  const replaced = page.getByRole("region", { name: /Values that would change/ });
  await expect(replaced).toContainText("132.73");
  await expect(replaced).toContainText("150.25");
  // Another partnership's area is refused with its reason and line.
  await expect(page.getByRole("region", { name: "Rejected rows, by line of the file" })).toContainText('"dewsbury-west" is not an area of this partnership');
  await expectAccessible(page);
  await commit(page);
  const correctionUrl = page.url().replace(/\?.*$/, "");

  const values = page.getByRole("region", { name: /values, by line/ });
  const injuryRow = values.getByRole("row").filter({ hasText: "E08000032" });
  await expect(injuryRow).toContainText("150.25");
  await expect(injuryRow).toContainText("This upload");
  // Small counts never show: 3 children is "c", as is the publisher's own suppressed cell.
  await expect(values.getByRole("row").filter({ hasText: "holme-wood" }).locator("td").nth(5)).toHaveText(/^c/);
  await expect(values.getByRole("row").filter({ hasText: "keighley" }).locator("td").nth(5)).toHaveText(/^c/);
  await expectAccessible(page);

  // The board dashboard has the new indicator at once, suppressed on the server: Holme Wood's 3 children are c, in the chart and its CSV.
  const dashboard = "/p/bradford/dashboard/indicators?indicator=children-seen-at-hub";
  await page.goto(dashboard);
  const seen = page.getByRole("figure", { name: /^Children seen at the hub, 2024\/25, by area$/ });
  await expect(seen).toContainText(/not shown \(c\) to protect small numbers/);
  const csv = await csvOf(seen);
  expect(csv).toMatch(/Holme Wood,c,/);
  expect(csv).not.toMatch(/Holme Wood,3\b/);
  await expectAccessible(page);
  await page.goto(correctionUrl);

  // Roll it back: the cell shows again the value from before, and where it comes from.
  await page.getByRole("button", { name: "Roll back this upload" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByText("Rolled back", { exact: true })).toBeVisible();
  await page.goto(correctionUrl);
  const after = page.getByRole("region", { name: /values, by line/ }).getByRole("row").filter({ hasText: "E08000032" });
  await expect(after).toContainText("150.25");
  await expect(after).toContainText("132.73");
  await expect(after.getByRole("link", { name: /la_hospital_admissions_2324.csv|Fingertips/ })).toBeVisible();
  // and the dashboard no longer has figures for the indicator the upload brought.
  await page.goto(dashboard);
  await expect(page.getByText("No figures for Children seen at the hub yet")).toBeVisible();

  // The history has every upload, with its fingerprint and status.
  await page.goto(uploads);
  const history = page.getByRole("region", { name: /uploads, newest first/ });
  await expect(history.getByRole("row").filter({ hasText: `bradford-correction-${run}.csv` })).toContainText("Rolled back");
  await expect(history.getByRole("row").filter({ hasText: "absence_la.csv" }).first()).toContainText("Committed");
});

test("a file the importer does not know goes through a column mapping, saved for next time", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, users.research);
  const odd = file(`lsoa-scores-${run}.csv`, `LSOA code (2011),Score ${run},Year\nE01010799,12.5,2019\nE01010800,14,2019\nE01011000,3,2019\n`);
  await page.goto(`${uploads}/new`);
  await page.getByLabel("CSV file").setInputFiles(odd);
  await expect(page.getByRole("heading", { name: `Map the columns of lsoa-scores-${run}.csv` })).toBeVisible();
  await expect(page.getByLabel("Where geography_code comes from")).toHaveValue("column:LSOA code (2011)");
  await page.getByRole("button", { name: "Upload with this mapping" }).click();
  await expect(page.locator(".mapping-step").getByRole("alert")).toContainText("Give a column or a fixed value for indicator_code");
  await page.getByLabel("Where indicator_code comes from").selectOption("fixed");
  await page.getByLabel("Fixed value for indicator_code").fill("local-wellbeing-score");
  await page.getByLabel("Where indicator_name comes from").selectOption("fixed");
  await page.getByLabel("Fixed value for indicator_name").fill("Local wellbeing score");
  await page.getByLabel("Where unit comes from").selectOption("fixed");
  await page.getByLabel("Fixed value for unit").fill("count");
  await page.getByLabel("Where period comes from").selectOption("column:Year");
  await page.getByLabel("Where value comes from").selectOption(`column:Score ${run}`);
  await page.getByLabel("Save this mapping as (optional)").fill(`LSOA scores ${run}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Upload with this mapping" }).click();
  await expect(page).toHaveURL(new RegExp(`${uploads}/[0-9a-f-]{36}$`), { timeout: 60_000 });
  await expect(page.locator(".upload-figure").filter({ hasText: "Rows accepted" })).toContainText("2");
  await expect(page.locator(".upload-figure").filter({ hasText: "Outside the partnership's areas" })).toContainText("1");
  await page.getByRole("button", { name: "Discard this upload" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Discard" }).click();
  await expect(page.getByText("The upload is discarded")).toBeVisible();
  await expect(page.getByRole("region", { name: "Mappings, by name" })).toContainText(`LSOA scores ${run}`);

  // The same columns again: the saved mapping is offered.
  await page.goto(`${uploads}/new`);
  await page.getByLabel("CSV file").setInputFiles(odd);
  await expect(page.getByLabel("Saved mapping for files with these columns")).toHaveValue(/.+/);
});

test("a script uploads with an API token, over the size the proxy would buffer; a revoked token gets 401", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, users.research);
  await page.goto(`${uploads}/tokens`);
  await page.getByLabel("Name").fill(`R on the analysis server ${run}`);
  await page.getByRole("button", { name: "Create a token" }).click();
  const secret = await page.getByRole("textbox", { name: `Token “R on the analysis server ${run}”` }).inputValue();
  expect(secret).toMatch(/^alk_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  // 12 MB of rows for other authorities' LSOAs: read in full, all outside the partnership, nothing written.
  const rows: string[] = ["indicator_code,geography_code,period,period_type,value"];
  for (let i = 0; rows.length < 230_000; i++) rows.push(`persistent-absence,E0102${String(i % 10000).padStart(4, "0")},${2000 + Math.floor(i / 10000)}/${String((1 + Math.floor(i / 10000)) % 100).padStart(2, "0")},academic_year,12.5`);
  const body = `${rows.join("\n")}\n`;
  expect(body.length).toBeGreaterThan(11 * 1024 * 1024);
  const response = await page.request.post("/api/v1/uploads?fileName=big.csv", { headers: { authorization: `Bearer ${secret}`, "content-type": "text/csv" }, data: body, timeout: 120_000 });
  expect(response.status()).toBe(201);
  const json = (await response.json()) as { batch: { rows: { read: number; outside: number }; id: string } };
  expect(json.batch.rows).toMatchObject({ read: 229_999, outside: 229_999 });
  const listed = await page.request.get("/api/v1/uploads", { headers: { authorization: `Bearer ${secret}` } });
  expect(((await listed.json()) as { batches: { id: string }[] }).batches[0]!.id).toBe(json.batch.id);

  await page.reload();
  await page.getByRole("button", { name: `Revoke R on the analysis server ${run}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("row").filter({ hasText: `R on the analysis server ${run}` })).toContainText("Revoked");
  expect((await page.request.get("/api/v1/uploads", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
});

/** One POST on `agent`'s connection; the answer's status and whether it came on the connection before. */
function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: Buffer): Promise<{ status: number; reused: boolean; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, headers: { ...headers, "content-type": "text/csv", "content-length": String(body.length) }, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer to ${url.pathname}${url.search} within 30 s`)));
    request.on("error", reject);
    request.end(body);
  });
}

test("the upload after the first look at a file, and after a refused file, answers on the same connection", async ({ page }) => {
  // The browser sends the upload on the connection of its first look at the file, whose body the
  // server stopped reading once it knew the format: a body left half-read once held the next request.
  await signIn(page, users.research);
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const headers = { cookie, origin };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const whole = readFileSync(path.join(DATA, "la_hospital_admissions_2324.csv"));
  const opening = whole.subarray(0, whole.lastIndexOf(0x0a, 256 * 1024) + 1);
  const endpoint = (query: string) => new URL(`/api/uploads/bradford?${query}`, origin);
  try {
    const look = await post(agent, endpoint("probe=1&fileName=admissions.csv"), headers, opening);
    expect(look.status).toBe(200);
    expect(look.json).toMatchObject({ recognised: { format: "fingertips" } });
    const staged = await post(agent, endpoint("fileName=admissions.csv"), headers, whole);
    expect(staged).toMatchObject({ status: 201, reused: true, json: { batch: { rows: { read: 7_208 } } } });

    // A whole file the importer does not know is refused; the connection carries the next try.
    const unknown = Buffer.from(["foo,bar", ...Array.from({ length: 100_000 }, (_, i) => `${i},x`)].join("\n"));
    const refused = await post(agent, endpoint("fileName=unknown.csv"), headers, unknown);
    expect(refused.status).toBe(422);
    const again = await post(agent, endpoint("fileName=admissions.csv"), headers, whole);
    expect(again).toMatchObject({ status: 201, reused: true });
  } finally {
    agent.destroy();
  }
});
