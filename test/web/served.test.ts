// The web app served by `gigawatt serve` itself (its own process, a fresh SQLite store, an ephemeral port): what
// needs the server — a page saved and reopened from its short link, articles added to the ledger and drawn over time.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ServerProcess, startServer } from "../server/server-process.js";
import { canRun, decodeLink, launchChromium, openPage, SCREENSHOTS, seriousViolations } from "./support.js";

const SLOW = 120_000;
// Two announcements of Meta's Hyperion campus (data/projects-us.yaml: 2 GW first, then 5 GW).
const FIRST = {
  text: "MENLO PARK, Dec 4, 2024 — Meta will spend $10 billion on its Richland Parish data center in Louisiana, a 2 GW campus.",
  url: "https://example.org/meta-richland-parish",
  date: "2024-12-04",
};
const LATER =
  "MENLO PARK, July 14, 2025 — Meta's Hyperion data center in Louisiana will scale to 5 GW over several years, Mark Zuckerberg said.";

describe.skipIf(!canRun)("the web app on gigawatt serve, in Chromium", () => {
  let browser: Browser;
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer(["--data", mkdtempSync(join(tmpdir(), "gigawatt-web-store-"))]);
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  const tile = (page: Page, key: string) => page.locator(`.tile[data-key="${key}"] .tile-value`).innerText();

  test(
    "Share: a page saved through the server opens from its short link, in a fresh context, as it was saved",
    async () => {
      const first = await openPage(browser);
      await first.page.goto(`${server.url}/#/size`);
      await first.page.locator("#size-value").fill("2.5 GW");
      await first.page.locator("#size-accelerator").selectOption("h100-sxm");
      await first.page.locator("#size-grid").selectOption("us-la-miso");
      await expect
        .poll(async () => (await decodeLink(first.page)).includes("us-la-miso"), { timeout: 30_000 })
        .toBe(true);
      const shown = await tile(first.page, "accelerators");
      await first.page.getByRole("button", { name: "Save" }).click();
      const link = first.page.locator(".share-link");
      await link.waitFor({ timeout: 30_000 });
      const short = (await link.getAttribute("href")) ?? "";
      expect(short).toMatch(/#\/s\/[0-9A-Za-z]{10}$/);
      expect(first.errors).toEqual([]);
      await first.context.close();

      const second = await openPage(browser);
      await second.page.goto(short);
      await expect
        .poll(() => second.page.locator("#size-value").inputValue(), { timeout: 30_000 })
        .toBe("2.5 GW");
      expect(await second.page.locator("#size-accelerator").inputValue()).toBe("h100-sxm");
      expect(await second.page.locator("#size-grid").inputValue()).toBe("us-la-miso");
      await expect.poll(() => tile(second.page, "accelerators")).toBe(shown);
      // The address becomes the page's own full link, so copying it later still works without the server.
      expect(second.page.url()).toContain("#/size?s=");
      // An id the store does not have says so.
      await second.page.goto(`${server.url}/#/s/nosuchview`);
      await expect.poll(() => second.page.locator(".notice").innerText()).toContain("does not exist");
      expect(second.errors.filter((e) => !e.includes("404"))).toEqual([]);
      await second.context.close();
    },
    SLOW,
  );

  test(
    "Ledger: articles added through the server appear as a project's announcements over time, each with its source",
    async () => {
      const saved = await fetch(`${server.url}/v1/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(FIRST),
      });
      expect(saved.status).toBe(201);
      const { page, context, errors } = await openPage(browser);
      // The second article through the Read page's own button.
      await page.goto(`${server.url}/#/read`);
      await page.locator("#article").fill(LATER);
      await page.locator("#article-date").fill("2025-07-14");
      await page.locator("#article-date").blur();
      await page.getByRole("button", { name: "Explain the figures" }).click();
      await page.getByRole("button", { name: "Add to the ledger" }).click();
      await expect
        .poll(() => page.locator(".add-message").innerText(), { timeout: 30_000 })
        .toContain("entered");

      await page.goto(`${server.url}/#/ledger`);
      // The select by its role: a chart mark's accessible name can contain "Project" too (a source's title).
      await page.getByRole("combobox", { name: /Project/ }).selectOption("hyperion");
      const store = page.locator(".ledger-part").first();
      await expect
        .poll(() => store.locator(".ledger-table tbody tr").allInnerTexts(), { timeout: 30_000 })
        .toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^2024-12-04\s+2\.00 GW/),
            expect.stringMatching(/^2025-07-14\s+5\.00 GW/),
          ]),
        );
      // One mark per announcement, each a link to where it was published (or to the saved article).
      const marks = store.locator(".chart svg a");
      expect(await marks.count()).toBeGreaterThanOrEqual(3);
      const hrefs = await marks.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs.filter((h) => h === FIRST.url)).toHaveLength(2);
      expect(await store.locator(`a[href^="./v1/articles/"]`).count()).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      // A chart downloads as PNG under the server's own Content-Security-Policy, and the table as CSV.
      const [png] = await Promise.all([
        page.waitForEvent("download"),
        store.getByRole("button", { name: /PNG$/ }).first().click(),
      ]);
      expect(png.suggestedFilename()).toBe("hyperion-W.png");
      const [csv] = await Promise.all([
        page.waitForEvent("download"),
        store.getByRole("button", { name: "CSV" }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe("gigawatt-ledger-hyperion.csv");
      await shot(page, "ledger-served");
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
