// `npm run bench` (web part): the Size page in Chromium. First render (first paint, then the first figures, which
// wait for the catalog) and the time from a slider move to the figures on screen (target under 16 ms, one frame).
// Needs `npm run build:web` and Debian's chromium; figures go to bench/RESULTS.md.

import { machine, writeSection } from "./results-file.js";
import { launchChromium, startStaticServer } from "./web-harness.js";

const MOVES = 200;

const server = await startStaticServer();
const browser = await launchChromium();
try {
  const firsts: { paint: number; figures: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/size`);
    await page.waitForSelector(".tile", { timeout: 60_000 });
    const figures = Number(await page.evaluate("performance.now()"));
    const paint = Number(
      await page.evaluate(
        "performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN",
      ),
    );
    firsts.push({ paint, figures });
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}#/size`);
  await page.waitForSelector(".tile", { timeout: 60_000 });
  // In the page: move the slider, and time until the accelerators figure on screen has changed.
  const times = (await page.evaluate(`(async () => {
    const slider = document.querySelector("input.slider");
    const tile = document.querySelector('.tile[data-key="accelerators"] .tile-value');
    const out = [];
    for (let i = 0; i < ${MOVES}; i++) {
      const before = tile.textContent;
      const position = 300 + ((i * 37) % 600);
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (tile.textContent !== before) { mo.disconnect(); resolve(); }
        });
        mo.observe(tile, { characterData: true, childList: true, subtree: true });
        setTimeout(() => { mo.disconnect(); resolve(); }, 500);
      });
      const t0 = performance.now();
      slider.value = String(position);
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      await changed;
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return out;
  })()`)) as number[];
  await context.close();

  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const ms = (v: number) => v.toFixed(1);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  writeSection(
    "web",
    `## Web app: the Size page in Chromium

Machine: ${machine()}; Debian's Chromium, headless, no GPU. Source: src/bench/web.ts (served from dist/web/ by a
static server on loopback).

| what | figure | target |
| --- | --- | --- |
| slider move to figures on screen, median of ${MOVES} moves | ${ms(at(0.5))} ms | < 16 ms |
| same, 95th percentile | ${ms(at(0.95))} ms | |
| first contentful paint (page shell), median of 3 loads | ${ms(median(firsts.map((f) => f.paint)))} ms | |
| first figures on the Size page (catalog built in the page), median of 3 loads | ${ms(median(firsts.map((f) => f.figures)))} ms | |

The first figures wait for the catalog: about 400 KB of YAML in data/ parsed and checked in the page.`,
  );
} finally {
  await browser.close();
  await server.close();
}
