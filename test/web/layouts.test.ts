// Each page on a phone and on a wide screen: nothing wider than the screen, nothing lost, no serious accessibility
// violation, no console error; a screenshot of each kept under test/web/screenshots/ to be looked at.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  canRun,
  launchChromium,
  openPage,
  SCREENSHOTS,
  seriousViolations,
  startStaticServer,
} from "./support.js";

const SLOW = 90_000;
/** Each page at its address, and what shows it has drawn. */
const PAGES = [
  { name: "read", hash: "#/read", ready: "#article" },
  { name: "sites", hash: "#/sites", ready: ".map a[data-site]" },
  { name: "site", hash: "#/sites/hyperion", ready: ".site .tile" },
  { name: "ledger", hash: "#/ledger", ready: ".ledger-part .chart svg" },
  { name: "run", hash: "#/run", ready: "#scenario" },
] as const;
const SCREENS = [
  { label: "phone", width: 390, height: 844 },
  { label: "wide", width: 1920, height: 1080 },
] as const;

describe.skipIf(!canRun)("the web app's layouts in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const screen of SCREENS) {
    test(
      `on a ${screen.label} (${screen.width} px), every page fits the screen's width and passes axe-core`,
      async () => {
        const { page, context, errors } = await openPage(browser, screen.width, screen.height);
        for (const p of PAGES) {
          await page.goto(`${server.url}${p.hash}`);
          await page.locator(p.ready).first().waitFor({ timeout: 30_000 });
          const overflow = Number(
            await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"),
          );
          expect(overflow, p.name).toBeLessThanOrEqual(1);
          // Accessible at every width too: no serious or critical axe-core violation once the page has drawn.
          expect(await seriousViolations(page), `${p.name} on a ${screen.label}`).toEqual([]);
          await page.screenshot({ path: `${SCREENSHOTS}${p.name}-${screen.label}.png`, fullPage: true });
        }
        // The API's 404 on a static host is expected (the ledger asks for it); nothing else may fail.
        expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
        await context.close();
      },
      SLOW,
    );
  }
});
