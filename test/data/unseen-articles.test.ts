import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/node/data-files.js";
import { type Field, scoreSet, share } from "../support/labelled-articles.js";

const catalog = loadCatalog();
const set = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url);

// Articles written and labelled by hand without running the extractor (each folder's README.md). `unseen` and
// `heldout` label money, power and accelerator or reactor counts (rules v1); `dev-2026-12` labels every quantity kind
// with its scope (rules v2, test/fixtures/LABELS-v2.md). All three are developed against now; the floors below are
// the levels reached (docs/decisions/0006), kept so that a change that lowers them is seen.
describe("articles the extractor was not written for, in English and French", () => {
  it.each([
    ["unseen", "en", 60, 0.99, 0.99],
    ["unseen", "fr", 60, 0.99, 0.99],
    ["heldout", "en", 50, 0.95, 0.99],
    ["heldout", "fr", 50, 0.99, 0.99],
    ["dev-2026-12", "en", 140, 0.95, 0.99],
    ["dev-2026-12", "fr", 110, 0.97, 0.99],
  ] as const)(
    "%s, %s: finds the figures at the recall and precision reached",
    (name, lang, size, recall, precision) => {
      const s = scoreSet(set(name), catalog, lang);
      expect(s.expected).toBeGreaterThan(size);
      expect(share(s.found, s.expected)).toBeGreaterThanOrEqual(recall);
      expect(1 - share(s.spurious, s.extracted)).toBeGreaterThanOrEqual(precision);
    },
  );

  // Who, what, where and when are read from the figure's clause and the story before it.
  it.each([
    [
      "unseen",
      { qualifier: 0.9, subject: 0.66, object: 0.32, when: 0.66, relation: 0.4, place: 0.6, project: 0.4 },
    ],
    [
      "dev-2026-12",
      {
        qualifier: 0.9,
        subject: 0.63,
        when: 0.59,
        scope: 0.55,
        unit: 0.95,
        place: 0.58,
        project: 0.5,
        object: 0.35, // 23 of 64: a figure found since (a bare "1 milliard supplémentaire") adds one to the count
      },
    ],
  ] as const)(
    "%s: ties qualifiers, actors, dates and scopes to the figures at the levels reached",
    (name, floors) => {
      const { fields } = scoreSet(set(name), catalog);
      for (const [f, floor] of Object.entries(floors))
        expect(share(fields[f as Field].agree, fields[f as Field].total), f).toBeGreaterThanOrEqual(floor);
    },
  );
});
