import { existsSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { signInCookie, startApp } from "./app-server";

/**
 * `npm run bench:lighthouse`: Lighthouse (performance and accessibility) on the pages the
 * issue names, against the production build on a fresh embedded demo database, signed in
 * as the board member. Prints a row per page and form factor, then one JSON line.
 * Targets: performance ≥ 95, accessibility 100, < 200 KB of compressed JavaScript per page.
 */
const PAGES = [
  { name: "area overview", path: "/p/bradford/areas/holme-wood" },
  { name: "board dashboard", path: "/p/bradford/dashboard" },
  // The dashboard's heaviest section: the chart, its table and CSV, every area.
  { name: "board: areas side by side", path: "/p/bradford/dashboard/indicators" },
  { name: "statement print view", path: "/p/bradford/areas/holme-wood/statement/print" },
];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

type Row = { page: string; formFactor: "mobile" | "desktop"; performance: number; accessibility: number; scriptKb: number; lcpMs: number; tbtMs: number };

const app = await startApp({ port: 3392, dataDir: path.join(".data", "lighthouse") });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const rows: Row[] = [];

/** A cold cache for every run (the session cookie stays), so the JavaScript transferred is a first visit's. */
async function clearCache(): Promise<void> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const cdp = await page.createCDPSession();
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
  await browser.disconnect();
}

async function measure(name: string, pagePath: string): Promise<void> {
  for (const formFactor of ["mobile", "desktop"] as const) {
    await clearCache();
    const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const, onlyCategories: ["performance", "accessibility"], disableStorageReset: true };
    // A run Lighthouse could not finish (no paint seen, a page that did not settle: likelier on a
    // busy machine) scores 0 and says why in runtimeError: tried again, up to three times in all.
    let lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
    for (let attempt = 1; ; attempt += 1) {
      const result = await lighthouse(`${app.baseUrl}${pagePath}`, flags, formFactor === "desktop" ? desktopConfig : undefined);
      if (!result) throw new Error(`no Lighthouse result for ${pagePath}`);
      lhr = result.lhr;
      const failed = lhr.runtimeError?.code ?? (lhr.categories.performance?.score == null ? "no performance score" : null);
      if (!failed) break;
      console.log(`${name} ${formFactor}: Lighthouse could not finish (${failed}), attempt ${attempt} of 3`);
      if (attempt === 3) break;
      await clearCache();
    }
    if (!lhr.finalDisplayedUrl.endsWith(pagePath)) throw new Error(`${pagePath} ended at ${lhr.finalDisplayedUrl}`);
    const summary = lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
    const script = summary?.items?.find((i) => i.resourceType === "script")?.transferSize ?? 0;
    const row: Row = {
      page: name,
      formFactor,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      scriptKb: Math.round(script / 102.4) / 10,
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
    };
    rows.push(row);
    console.log(`${row.page.padEnd(22)} ${row.formFactor.padEnd(8)} performance ${String(row.performance).padStart(3)}  accessibility ${String(row.accessibility).padStart(3)}  JS ${String(row.scriptKb).padStart(6)} KB  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms`);
  }
}

try {
  // The server's first render of a page is slower (modules load, the database connects): not what a visitor sees later.
  await fetch(`${app.baseUrl}/sign-in`);
  await measure("sign-in", "/sign-in");
  // Lighthouse drops a Cookie request header on navigation, so the session goes into the browser's own jar.
  const cookie = await signInCookie(app.baseUrl, "board@bradford.act-locally.test", "act-locally-demo");
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  for (const pair of cookie.split("; ")) {
    const [name, ...value] = pair.split("=");
    await browser.setCookie({ name: name!, value: value.join("="), domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" });
  }
  await browser.disconnect();
  for (const page of PAGES) await fetch(`${app.baseUrl}${page.path}`, { headers: { cookie } });
  for (const page of PAGES) await measure(page.name, page.path);
} finally {
  await chrome.kill();
  await app.stop();
}
const worst = (key: "performance" | "accessibility") => Math.min(...rows.map((r) => r[key]));
console.log(JSON.stringify({ pages: rows, worstPerformance: worst("performance"), worstAccessibility: worst("accessibility"), maxScriptKb: Math.max(...rows.map((r) => r.scriptKb)) }));
