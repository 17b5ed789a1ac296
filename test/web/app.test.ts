// The web app in a real browser: each page's main flow, keyboard and accessibility checks, no console errors, and a
// screenshot of each page kept under test/web/screenshots/ to be looked at.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { explainText } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";
import {
  canRun,
  decodeLink,
  launchChromium,
  openPage,
  SCREENSHOTS,
  seriousViolations,
  startStaticServer,
} from "./support.js";

const SEED = readFileSync(new URL("../fixtures/seeds/002_f4e52bb3d930e5e2.txt", import.meta.url), "utf8");
// The page runs the same core as the CLI: it finds the figures the headline reader finds in Node.
const SEED_FIGURES = explainText(SEED, loadCatalog()).claims.length;
const SLOW = 90_000;

describe.skipIf(!canRun)("the web app in Chromium", () => {
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

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  const tile = (page: Page, key: string) => page.locator(`.tile[data-key="${key}"] .tile-value`).innerText();
  /** "2.19M" -> 2190000, as the page writes counts. */
  const count = (text: string) => {
    const m = /^([\d.,]+)([kMB]?)$/.exec(text.trim());
    const scale = { "": 1, k: 1e3, M: 1e6, B: 1e9 }[m?.[2] ?? ""] ?? Number.NaN;
    return Number((m?.[1] ?? "").replaceAll(",", "")) * scale;
  };

  test(
    "Read: a pasted seed article shows its figures in place, and a figure's panel its explanation and checks",
    async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(server.url);
      await page.locator("#article").fill(SEED);
      await page.getByRole("button", { name: "Explain the figures" }).click();
      await expect
        .poll(() => page.locator(".article .figure").count(), { timeout: 30_000 })
        .toBe(SEED_FIGURES);
      const first = page.locator(".article .figure").first();
      expect(SEED).toContain(await first.innerText());
      // A figure stated beside another is checked against it: open the first one that has checks.
      const figures = await page.locator(".article .figure").all();
      let checked = false;
      for (const f of figures) {
        await f.press("Enter");
        if ((await page.locator(".panel .check").count()) > 0) {
          checked = true;
          break;
        }
      }
      expect(checked).toBe(true);
      await expect.poll(() => page.locator(".panel .explanation").innerText()).not.toBe("");
      // The reader's messages are written out as sentences, the check's reasoning too.
      expect(await page.locator(".panel .explanation").innerText()).not.toContain("[object");
      expect(await page.locator(".panel .check p").first().innerText()).toMatch(/\w{3}/);
      expect(await page.locator(".panel .verdict").first().innerText()).toMatch(
        /consistent|inconsistent|plausible|needs-context|cohérent|incohérent|plausible/i,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "read");
      // The interface in French.
      await page.getByRole("button", { name: "Français" }).click();
      expect(await page.locator("h1").innerText()).toContain("Collez un article");
      await shot(page, "read-fr");
      await page.getByRole("button", { name: "English" }).click();
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  test(
    "Size: more power gives proportionally more accelerators, and a bad value is refused next to its field",
    async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${server.url}#/size`);
      await page.locator("#size-value").fill("1 GW");
      await expect.poll(() => tile(page, "accelerators"), { timeout: 30_000 }).toMatch(/\d/);
      const at1 = count(await tile(page, "accelerators"));
      await page.locator("#size-value").fill("5 GW");
      await expect.poll(() => tile(page, "accelerators")).not.toBe(String(at1));
      const at5 = count(await tile(page, "accelerators"));
      // Same accelerator, PUE and power per accelerator: accelerators scale with power, 5 GW / 1 GW = 5.
      expect(at5 / at1).toBeGreaterThan(4.95);
      expect(at5 / at1).toBeLessThan(5.05);
      // The slider moves the figures too.
      const before = await tile(page, "accelerators");
      await page.locator("input.slider").fill("200");
      await expect.poll(() => tile(page, "accelerators")).not.toBe(before);
      expect(count(await tile(page, "accelerators"))).toBeLessThan(at1);
      expect(await page.locator(".chart svg").count()).toBeGreaterThanOrEqual(2);
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator("#size-value").fill("1 GW");
      await shot(page, "size");
      await page.locator("#size-value").fill("banana");
      const message = await page.locator("#size-value-msg").innerText();
      expect(message).toContain("banana");
      expect(await page.locator("#size-value").getAttribute("aria-invalid")).toBe("true");
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  test(
    "Size on a phone: the page fits the screen's width",
    async () => {
      const { page, context, errors } = await openPage(browser, 390, 844);
      await page.goto(`${server.url}#/size`);
      await expect.poll(() => page.locator(".tile").count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const overflow = Number(
        await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"),
      );
      expect(overflow).toBeLessThanOrEqual(1);
      await shot(page, "size-phone");
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  test(
    "Sites: a campus opened from the world map shows its phases, grid, sizing and sources",
    async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${server.url}#/sites`);
      await expect
        .poll(() => page.locator(".map a[data-site]").count(), { timeout: 30_000 })
        .toBeGreaterThan(20);
      // Placed by the catalog's coordinates (the town a campus is in); only undisclosed places fall back, dashed.
      expect(await page.locator('.map a[data-site="stargate-abilene"] circle.approx').count()).toBe(0);
      expect(await page.locator(".map circle.approx").count()).toBeLessThanOrEqual(5);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "sites");
      await page.getByRole("button", { name: "United States" }).click();
      await shot(page, "sites-us");
      await page.locator('.map a[data-site="stargate-abilene"]').click();
      await expect.poll(() => page.locator("h1").innerText()).toContain("Stargate Abilene");
      expect(location(page)).toContain("#/sites/stargate-abilene");
      expect(await page.locator(".sources li").count()).toBeGreaterThan(2);
      expect(await page.locator(".site .tile").count()).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "site");
      // The table filters by name.
      await page.getByRole("link", { name: /All sites/ }).click();
      await page.getByRole("searchbox").fill("hyperion");
      await expect.poll(() => page.locator(".sites-table tbody tr").count()).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  test(
    "Run: an example runs in the worker with its simulated trials, and a bad line is named",
    async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${server.url}#/run`);
      await page.getByRole("button", { name: "multi-datacenter" }).click();
      await page.getByLabel("Simulated runs per training workload").fill("20");
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await page.locator("[data-testid=run-results]").waitFor({ timeout: 60_000 });
      expect(await page.locator(".run-results .chart svg").count()).toBeGreaterThanOrEqual(3);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "run");
      await page.getByRole("button", { name: "pulse" }).click();
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await expect
        .poll(() => page.locator(".run-results .chart-title").allInnerTexts(), { timeout: 60_000 })
        .toContain("Cost per user-month by tier");
      await shot(page, "run-serving");
      // A plan that cannot be carried out is listed with its reason, beside the results of the others.
      const infeasible = readFileSync(
        new URL("../fixtures/scenarios/infeasible-plans.yaml", import.meta.url),
        "utf8",
      );
      await page.locator("#scenario").fill(infeasible);
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await expect
        .poll(() => page.locator("[data-testid=run-infeasible]").innerText(), { timeout: 60_000 })
        .toMatch(/too-big-to-serve \(serving\): .*at least 64 accelerators/);
      expect(await page.locator("[data-testid=run-infeasible]").innerText()).toMatch(
        /too-many-gpus \(training\)/,
      );
      expect(await page.locator(".run-results .chart svg").count()).toBeGreaterThanOrEqual(1);
      // A misspelt key is refused at its line.
      const yaml = await page.locator("#scenario").inputValue();
      await page.locator("#scenario").fill(yaml.replace("sites:", "sitez:"));
      expect(await page.locator("#scenario-msg").innerText()).toMatch(/line \d+/);
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  test(
    "Share: a link opened in a fresh browser context shows the same state",
    async () => {
      const first = await openPage(browser);
      await first.page.goto(`${server.url}#/size`);
      await first.page.locator("#size-value").fill("2.5 GW");
      await first.page.locator("#size-accelerator").selectOption("h100-sxm");
      await expect.poll(() => location(first.page), { timeout: 10_000 }).toContain("?s=");
      await expect.poll(async () => (await decodeLink(first.page)).includes("h100-sxm")).toBe(true);
      const link = location(first.page);
      const shown = await tile(first.page, "accelerators");
      await first.context.close();

      const second = await openPage(browser);
      await second.page.goto(link);
      await expect
        .poll(() => second.page.locator("#size-value").inputValue(), { timeout: 30_000 })
        .toBe("2.5 GW");
      expect(await second.page.locator("#size-accelerator").inputValue()).toBe("h100-sxm");
      expect(await tile(second.page, "accelerators")).toBe(shown);
      // Saving needs the server; a static host says so instead of failing silently.
      await second.page.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => second.page.locator(".share-message").innerText()).toContain("gigawatt serve");
      expect(second.errors.filter((e) => !e.includes("404"))).toEqual([]);
      await second.context.close();
    },
    SLOW,
  );

  test(
    "Ledger: the catalog's dated figures without a server, and validation as published against predicted",
    async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${server.url}#/ledger`);
      await expect
        .poll(() => page.locator(".notice").innerText(), { timeout: 30_000 })
        .toContain("gigawatt serve");
      await page.getByRole("button", { name: "Run the validation cases" }).click();
      await expect
        .poll(() => page.locator(".validation .chart svg[role=img]").count(), { timeout: 60_000 })
        .toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, "ledger");
      // The API's 404 on a static host is expected; nothing else may fail.
      expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  test(
    "Keyboard: the pages are reached with Tab and Enter, with the current page marked",
    async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(server.url);
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await page.keyboard.press("Tab");
        // The navigation's own link: the page may name "Sites" elsewhere too (a link in a table, the footer).
        reached = await page.evaluate(
          "document.activeElement?.closest('nav') !== null && document.activeElement?.textContent === 'Sites'",
        );
      }
      expect(reached).toBe(true);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator('nav a[aria-current="page"]').innerText()).toBe("Sites");
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

function location(page: Page): string {
  return page.url();
}
