import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/node/data-files.js";
import { scoreSet, share } from "../support/labelled-articles.js";

const catalog = loadCatalog();
const unseen = new URL("../fixtures/unseen/", import.meta.url);
const heldout = new URL("../fixtures/heldout/", import.meta.url);

// Articles written and labelled by hand without running the extractor (each folder's README.md): the first set
// was developed against; the second was measured once as held out (96.8% found, 0.8% spurious), then developed
// against too. Both stay as real-looking text the extractor must keep reading.
describe("articles the extractor was not written for, in English and French", () => {
  it.each([
    ["unseen", "en", unseen, 60],
    ["unseen", "fr", unseen, 60],
    ["heldout", "en", heldout, 50],
    ["heldout", "fr", heldout, 50],
  ] as const)(
    "%s, %s: finds at least 95% of the figures, with at most 5% spurious ones",
    (_, lang, set, size) => {
      const s = scoreSet(set, catalog, lang);
      expect(s.expected).toBeGreaterThan(size);
      expect(share(s.found, s.expected)).toBeGreaterThanOrEqual(0.95);
      expect(share(s.spurious, s.extracted)).toBeLessThanOrEqual(0.05);
    },
  );

  // Who, what, where and when are heuristics read from the figure's sentence: these floors are the levels reached
  // (docs/decisions/0006), kept so that a change that lowers them is seen.
  it("ties qualifiers, actors, relations and dates to the figures at the levels reached", () => {
    const { fields } = scoreSet(unseen, catalog);
    const level = (f: keyof typeof fields) => share(fields[f].agree, fields[f].total);
    expect(level("qualifier")).toBeGreaterThanOrEqual(0.9);
    expect(level("subject")).toBeGreaterThanOrEqual(0.45);
    expect(level("when")).toBeGreaterThanOrEqual(0.5);
    expect(level("relation")).toBeGreaterThanOrEqual(0.4);
  });
});
