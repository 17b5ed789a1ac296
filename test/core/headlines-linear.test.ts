import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainText, Meter } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const DEV = new URL("../fixtures/dev-2026-12/", import.meta.url);
const articles = readdirSync(DEV)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, DEV), "utf8"));

/** The work the reader does on a text: characters scanned by each pass and by each figure's bounded window. */
function work(text: string): number {
  const meter = new Meter();
  explainText(text, catalog, { meter });
  return meter.steps;
}

// Every pattern is bounded per match attempt (docs/decisions/0007), so the reader's work is linear in the text:
// twice the text is at most about twice the work, whatever the text.
describe("reading is linear in the length of the text", () => {
  it("doubling an article at most about doubles the work (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: articles.length - 1 }), { minLength: 1, maxLength: 4 }),
        (picks) => {
          const text = picks.map((i) => articles[i]).join("\n\n");
          expect(work(`${text}\n\n${text}`)).toBeLessThanOrEqual(2.1 * work(text));
        },
      ),
      { numRuns: 8 },
    );
  });

  it("stays linear on a run of figures with no sentence break ('$1,' repeated)", () => {
    const one = "$1,".repeat(2000);
    expect(work(one + one)).toBeLessThanOrEqual(2.1 * work(one));
  });
});
