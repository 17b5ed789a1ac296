import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternationOf } from "../../src/core/headlines/alternation.js";
import { scan, scanner, testTwin, twin } from "../../src/core/headlines/scan.js";

const DEV = new URL("../fixtures/dev-2026-12/", import.meta.url);
const articles = readdirSync(DEV)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, DEV), "utf8"));

const escapeName = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const places = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

// Text made of the names' own pieces, so that names, their prefixes and near misses occur side by side.
const pieces = [
  "core",
  "weave",
  "coreweave",
  "Core Scientific",
  " ",
  "-",
  "s",
  "é",
  "É",
  ",",
  "2",
  "ſ",
  "😀",
];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));
const namesArb = fc.uniqueArray(
  fc.array(fc.constantFrom("c", "o", "r", "e", "w", "a", "v", " ", "é", "2", "("), {
    minLength: 1,
    maxLength: 8,
  }),
  { minLength: 1, maxLength: 12, selector: (t) => t.join("") },
);

describe("a tree of names matches as the flat list of names does", () => {
  it("same matches, at the same places, for any names and text (property)", () => {
    fc.assert(
      fc.property(namesArb, textArb, (names, text) => {
        const sorted = names.map((n) => n.join("")).sort((a, b) => b.length - a.length);
        const flat = `(?:${sorted.map(escapeName).join("|")})`;
        const tree = alternationOf(
          sorted.map((n) => Array.from(n)),
          escapeName,
        );
        const around = (alt: string) => new RegExp(`(?<![\\p{L}\\p{N}])${alt}s?(?![\\p{L}\\p{N}])`, "giu");
        expect(places(around(tree), text)).toEqual(places(around(flat), text));
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it("a name that is the start of a longer one is still found alone ('core' beside 'coreweave')", () => {
    const tree = new RegExp(
      `\\b${alternationOf([Array.from("coreweave"), Array.from("core")], escapeName)}\\b`,
      "giu",
    );
    expect(places(tree, "Core and CoreWeave")).toEqual([
      [0, "Core"],
      [9, "CoreWeave"],
    ]);
  });
});

const PATTERNS = [
  /\b(?:borrow\w*|loans?|debt|lend\w*)\b/giu,
  /\b(?:in|en|since)\s*(january|mars|août)\b(?!\s+\d)/giu,
  /d['’]ici\s+(20\d\d)/giu,
  /(?<![\d/.-])\b(20[0-4]\d)\b(?![\d/.-])/gu,
  /\b(?:over|sur)\s+(\d{1,2}|deux)(?![\p{L}])/giu,
  /\bloan\s+from\b/giu,
];

describe("one scan for many patterns gives each pattern's own matches", () => {
  const s = scanner(PATTERNS);
  const expected = (text: string) => PATTERNS.map((p) => places(p, text));
  const got = (text: string) => scan(text, s).map((ms) => ms.map((m) => [m.index, m[0]]));

  it("on the development articles", () => {
    for (const text of articles) expect(got(text)).toEqual(expected(text));
  });

  it("on any text of the patterns' words, with characters read differently without the u flag (property)", () => {
    const words = [
      "loan",
      "Loans",
      " from ",
      "debt",
      "in",
      "en ",
      "janvier",
      "Mars",
      "août",
      "d'ici ",
      "d’ici ",
    ];
    const more = [
      "2024",
      "2026",
      "20",
      " ",
      "\n",
      "-",
      ".",
      "/",
      "ſ",
      "K",
      "ẞ",
      "😀",
      "over ",
      "sur ",
      "deux",
      "12",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...more), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(got(text)).toEqual(expected(text));
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it("refuses a pattern it cannot read the same way (a backreference)", () => {
    expect(() => scanner([/(a)\1/giu])).toThrow(/unsupported/);
  });
});

// Patterns that all start with \b are scanned with \b tested once before them; one whose \b opens only its first
// branch ("\bloan|debt") is scanned without.
const WORD_PATTERNS = [
  /\b(?:borrow\w*|loans?|debt|lend\w*)\b/giu,
  /\bloan\s+from\b/giu,
  /\b(?:over|sur)\s+deux/giu,
];
const BRANCHED = [...WORD_PATTERNS, /\bloan|debt/giu];
const TWINS = [
  /\b(?:first|phase|bâtiment|étape)\b/iu,
  /(?:stake|détien\w*|possède\w*)\b[^\n.]{0,50}$/iu,
  /\b(?:from|with|avec|auprès\s+d[eu']?)\s+(?:\p{L}+\s+){0,2}$/iu,
];

describe("patterns read faster give the same answers", () => {
  const words = ["loan", "Loans", " from ", "debt", "borrowed", "over ", "sur ", "deux", "bâtiment", "Étape"];
  const more = [" ", "\n", "-", ".", "x", "ſ", "K", "ẞ", "😀", "stake ", "détient ", "avec ", "First"];
  const texts = fc
    .array(fc.constantFrom(...words, ...more), { maxLength: 30 })
    .map((parts) => parts.join(""));

  it("a scan of patterns that all start with \\b, and of one that starts a branch with it (property)", () => {
    for (const patterns of [WORD_PATTERNS, BRANCHED]) {
      const s = scanner(patterns);
      fc.assert(
        fc.property(texts, (text) => {
          const got = scan(text, s).map((ms) => ms.map((m) => [m.index, m[0]]));
          expect(got).toEqual(patterns.map((p) => places(p, text)));
        }),
        { numRuns: 300, seed: 20261202 },
      );
    }
    expect(scanner(WORD_PATTERNS).plain.anywhere.source.startsWith("\\b(?=")).toBe(true);
    expect(scanner(BRANCHED).plain.anywhere.source.startsWith("(?=")).toBe(true);
  });

  it("a pattern's twin without the u flag tests as the pattern does (property)", () => {
    const twins = TWINS.map(twin);
    fc.assert(
      fc.property(texts, (text) => {
        expect(twins.map((t) => testTwin(t, text))).toEqual(TWINS.map((re) => re.test(text)));
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });
});
