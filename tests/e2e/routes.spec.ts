import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, users } from "./support";

/** Every page and route handler under app/p, found on disk, so a new module's routes join this suite by existing. */
function tenantRoutes(dir = path.join("app", "p")): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...tenantRoutes(full));
    else if (/^(page\.tsx|route\.ts)$/.test(entry)) out.push(path.dirname(full));
  }
  return out;
}

const SAMPLE_PARAMS: Record<string, string> = { partnership: "bradford", area: "holme-wood", section: "progress" };
// Ids of records the test cannot know: any well-formed id proves the refusal, and the insider check is skipped.
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

function urlFor(dir: string): { url: string; concrete: boolean } {
  let concrete = true;
  const url = `/${path.relative("app", dir)}`.replace(/\[([^\]]+)\]/g, (_m, name: string) => {
    if (SAMPLE_PARAMS[name]) return SAMPLE_PARAMS[name];
    concrete = false;
    return UNKNOWN_ID;
  });
  return { url, concrete };
}

test("every tenant route answers 404 to another partnership and serves its own", async ({ browser }) => {
  const routes = tenantRoutes().map(urlFor);
  expect(routes.length).toBeGreaterThan(8);

  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, users.kirkleesAdmin);
  const insider = await (await browser.newContext()).newPage();
  await signIn(insider, users.admin);

  for (const { url, concrete } of routes) {
    const refused = await outsider.request.get(url);
    expect(refused.status(), url).toBe(404);
    expect(await refused.text(), url).not.toMatch(/Education Alliance|Holme Wood|Aisha Khan|Youth Partnership/i);
    if (concrete) expect((await insider.request.get(url)).status(), url).toBe(200);
  }
});
