// Set-up shared by the browser tests: the built app on a static server, one Chromium, pages that record errors.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CHROMIUM, WEB_DIR } from "../../src/bench/web-harness.js";

export { launchChromium, startStaticServer } from "../../src/bench/web-harness.js";

export const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

/** Runs the browser tests where Chromium and the built app exist; CI installs both, so there they must. */
export const canRun =
  (existsSync(CHROMIUM) && existsSync(join(WEB_DIR, "index.html"))) || process.env.CI === "true";

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
}

/** A fresh context and page at a viewport, recording every console error and page error. */
export async function openPage(browser: Browser, width = 1280, height = 900): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, context, errors };
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not block (a script tag would be).
  await page.evaluate(readFileSync(fileURLToPath(import.meta.resolve("axe-core/axe.min.js")), "utf8"));
  const violations = (await page.evaluate(`axe.run({ resultTypes: ["violations"] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) })))`)) as {
    id: string;
    impact: string;
    targets: string[];
  }[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

/** The state carried by a page's link, decoded in the page itself (as the app reads it). */
export async function decodeLink(page: Page): Promise<string> {
  // A string, evaluated in the page: the tests are type-checked for Node, without the DOM's types.
  const text = await page.evaluate(`(async () => {
    const s = new URLSearchParams(location.hash.split("?")[1] ?? "").get("s") ?? "";
    const b64 = s.replaceAll("-", "+").replaceAll("_", "/");
    const bytes = Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const out = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(out).text();
  })()`);
  return String(text);
}
