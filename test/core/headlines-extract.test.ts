import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, extractQuantities, type QuantityClaim } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), "utf8");
const key = (c: Pick<QuantityClaim, "kind" | "value">) => `${c.kind}:${c.value}`;

// Every figure of the seeds with a unit, written by hand from the texts (counts of datacenters and reactors too, as
// the labelling rules of test/fixtures/LABELS-v2.md count them).
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  "000_be6cbc483796d4e2.txt": [
    "money:4000000000000",
    "money:1000000000",
    "money:14000000000",
    "money:8000000000",
    "money:30000000000",
    "money:600000000000",
    "money:10000000000",
    "power:5000000000",
    "count:2",
  ],
  "001_bba7930f27edba3e.txt": ["money:100000000000", "money:18000000000", "money:200", "count:5"],
  "002_f4e52bb3d930e5e2.txt": [
    "money:500000000000",
    "money:80000000000",
    "money:65000000000",
    "money:40000000000",
    "money:50000000000",
    "power:2000000000",
    "count:2",
    "count:1300000",
    "power:1000000000",
    "money:75000000000",
    "money:100000000000",
  ],
  "003_7367fec57e2380e9.txt": ["money:100000000000", "money:200", "count:5"],
  "004_ede135525c443897.txt": [],
};

describe("extracting figures from the seeds (French)", () => {
  it("reads them as French", () => {
    for (const name of Object.keys(EXPECTED)) expect(detectLanguage(seed(name)), name).toBe("fr");
  });

  it("finds at least 95% of the figures, with at most 5% spurious ones", () => {
    let expected = 0;
    let found = 0;
    let extracted = 0;
    let spurious = 0;
    for (const [name, list] of Object.entries(EXPECTED)) {
      const claims = extractQuantities(seed(name), "fr", catalog).map(key);
      expected += list.length;
      extracted += claims.length;
      found += list.filter((k) => claims.includes(k)).length;
      spurious += claims.filter((k) => !list.includes(k)).length;
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.95);
    expect(spurious / Math.max(1, extracted)).toBeLessThanOrEqual(0.05);
  });

  it("keeps the exact phrase, its place, and the qualifiers", () => {
    const text = seed("001_bba7930f27edba3e.txt");
    const [nvidia] = extractQuantities(text, "fr", catalog);
    expect(nvidia?.qualifier).toBe("up-to");
    expect(text.slice(nvidia?.start, nvidia?.end).trim()).toBe(nvidia?.phrase);
    const more = extractQuantities(seed("002_f4e52bb3d930e5e2.txt"), "fr", catalog).find(
      (c) => c.value === 75e9,
    );
    expect(more?.qualifier).toBe("more-than");
  });
});

describe("figures in English and French", () => {
  it.each([
    ["en", "Meta plans to spend $60-65 billion", "money", 65e9, "USD"],
    ["en", "a 5 gigawatts campus", "power", 5e9, "W"],
    ["en", "about 1,200 MW of power", "power", 1.2e9, "W"],
    ["en", "Oracle is buying 400,000 GB200", "count", 4e5, "gb200"],
    ["en", "an investment of €109B in France", "money", 109e9, "EUR"],
    ["fr", "un campus de 1 200 MW", "power", 1.2e9, "W"],
    ["fr", "109 milliards d'euros", "money", 109e9, "EUR"],
    ["fr", "1,3 million d'accélérateurs", "count", 1.3e6, "accelerator"],
    ["fr", "entre 3 000 et 4 000 milliards de dollars", "money", 4e12, "USD"],
    ["en", "Microsoft added two gigawatts", "power", 2e9, "W"],
    ["en", "Musk promised a million GPUs", "count", 1e6, "accelerator"],
    ["en", "some half a million chips", "count", 5e5, "accelerator"],
    ["en", "up to two billion dollars", "money", 2e9, "USD"],
    ["en", "one and a half gigawatts", "power", 1.5e9, "W"],
    ["en", "ten AP1000s", "count", 10, "reactor"],
    ["en", "600,000 Nvidia chips", "count", 6e5, "accelerator"],
    ["en", "twenty-five reactors", "count", 25, "reactor"],
    ["fr", "trois milliards d’euros", "money", 3e9, "EUR"],
    ["fr", "un gigawatt et demi", "power", 1.5e9, "W"],
    ["fr", "deux milliards et demi de dollars", "money", 2.5e9, "USD"],
    ["fr", "un million de puces", "count", 1e6, "accelerator"],
    ["fr", "deux réacteurs EPR", "count", 2, "reactor"],
    ["fr", "plus d’un milliard d’euros", "money", 1e9, "EUR"],
    ["en", "well over a gigawatt of capacity", "power", 1e9, "W"],
    ["en", "half a million Trainium2 chips", "count", 5e5, "trainium2"],
    ["fr", "24 000 superpuces Nvidia GH200", "count", 24e3, "accelerator"],
  ] as const)("%s: %s", (language, text, kind, value, unit) => {
    const [c] = extractQuantities(text, language, catalog);
    expect(c?.kind).toBe(kind);
    expect(c?.value).toBeCloseTo(value, 0);
    expect(c?.unit).toBe(unit);
  });

  it("reads a range and keeps both ends", () => {
    expect(extractQuantities("$60-65 billion", "en", catalog)[0]?.range).toEqual([60e9, 65e9]);
    expect(extractQuantities("between $115 billion and $135 billion", "en", catalog)[0]?.range).toEqual([
      115e9, 135e9,
    ]);
    expect(extractQuantities("$50 billion to $60 billion", "en", catalog)[0]?.range).toEqual([50e9, 60e9]);
    expect(extractQuantities("six to seven small reactors", "en", catalog)[0]?.range).toEqual([6, 7]);
    expect(extractQuantities("entre 1 et 2 GW", "fr", catalog)[0]?.range).toEqual([1e9, 2e9]);
  });

  it("joins with 'and' only after 'between', and never reads a number inside a name", () => {
    const twoFigures = extractQuantities("by 2030 and 6 GW later, with 5 GW and 2 GW", "en", catalog);
    expect(twoFigures.map((c) => c.value)).toEqual([6e9, 5e9, 2e9]);
    expect(extractQuantities("GB300 accelerators and Llama-3 chips", "en", catalog)).toEqual([]);
    expect(extractQuantities("an 835 MW reactor", "en", catalog).map((c) => [c.kind, c.value])).toEqual([
      ["power", 835e6],
    ]);
    expect(extractQuantities("an $80 million plant", "en", catalog)[0]?.value).toBe(80e6);
  });

  it("reads articles as one only before a scale, and leaves share prices out", () => {
    expect(
      extractQuantities("each site costs $50 billion a gigawatt", "en", catalog).map((c) => c.kind),
    ).toEqual(["money"]);
    expect(extractQuantities("shares closed at $668 on Friday", "en", catalog)).toEqual([]);
    expect(extractQuantities("Amazon shares closed up 1.2% at $234.", "en", catalog)).toEqual([]);
    expect(extractQuantities("Pro costs $200 a month", "en", catalog)[0]?.value).toBe(200);
    expect(extractQuantities("une dizaine de réacteurs", "fr", catalog)[0]?.qualifier).toBe("about");
  });

  it("reads any amount of billions, in both languages (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const fr = extractQuantities(
          `Il investira ${whole},${tenth} milliards de dollars.`,
          "fr",
          catalog,
        )[0];
        const en = extractQuantities(`It will invest $${whole}.${tenth} billion.`, "en", catalog)[0];
        expect(fr?.value).toBeCloseTo((whole + tenth / 10) * 1e9, -3);
        expect(en?.value).toBeCloseTo((whole + tenth / 10) * 1e9, -3);
      }),
    );
  });

  it("reads a number in words as its figure, before any scale and unit, in both languages (property)", () => {
    const en = ["one", "two", "three", "five", "ten", "twelve", "twenty", "forty"];
    const fr = ["un", "deux", "trois", "cinq", "dix", "douze", "vingt", "quarante"];
    const values = [1, 2, 3, 5, 10, 12, 20, 40];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: values.length - 1 }), fc.boolean(), (i, billions) => {
        const v = values[i] as number;
        const enText = billions ? `${en[i]} billion dollars` : `${en[i]} gigawatts`;
        const frText = billions ? `${fr[i]} milliards de dollars` : `${fr[i]} gigawatts`;
        // A billion dollars and a gigawatt are both 1e9 in base units (USD, W).
        const expected = v * 1e9;
        expect(extractQuantities(`It adds ${enText}.`, "en", catalog)[0]?.value).toBe(expected);
        expect(extractQuantities(`Il ajoute ${frText}.`, "fr", catalog)[0]?.value).toBe(expected);
      }),
    );
  });

  it("finds nothing in empty text, text without figures, or binary noise", () => {
    expect(extractQuantities("", "en", catalog)).toEqual([]);
    expect(extractQuantities("No figures here, only words.", "en", catalog)).toEqual([]);
    const noise = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    expect(Array.isArray(extractQuantities(noise, "en", catalog))).toBe(true);
  });
});
