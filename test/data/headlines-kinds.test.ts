import { describe, expect, it } from "vitest";
import { explainText, extractQuantities, renderMessage, renderVerdict } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const ACRE_M2 = 4046.8564224;
const SQ_FT_M2 = 0.09290304;
const GALLON_L = 3.785411784;
const SHORT_TON_T = 0.90718474;

describe("every quantity an infrastructure story states (LABELS-v2.md)", () => {
  it.each([
    ["en", "a 250-megawatt solar farm", "power", 250e6, "W"],
    ["en", "an $11-billion campus", "money", 11e9, "USD"],
    ["en", "1 million Tensor Processing Units", "count", 1e6, "accelerator"],
    ["en", "a £2.5bn site", "money", 2.5e9, "GBP"],
    ["en", "AED 10 billion", "money", 10e9, "AED"],
    ["fr", "15 milliards de roupies", "money", 15e9, "INR"],
    ["en", "30.8 TWh of electricity", "energy", 30.8e12, "Wh"],
    ["en", "41 permanent gas turbines", "count", 41, "turbine"],
    ["en", "eight buildings", "count", 8, "building"],
    ["en", "1,500 construction jobs", "count", 1500, "job"],
    ["fr", "160 millions d'actions", "count", 160e6, "share"],
    ["en", "on 1,400 acres", "area", 1400 * ACRE_M2, "m2"],
    ["en", "an 800,000-square-foot warehouse", "area", 800e3 * SQ_FT_M2, "m2"],
    ["en", "180 miles", "distance", 180 * 1609.344, "m"],
    ["en", "1.5 million gallons a day", "water", 1.5e6 * GALLON_L, "L"],
    ["en", "423 tons of nitrogen oxides", "emissions", 423 * SHORT_TON_T, "t"],
    ["en", "a 10% stake in the company", "stake", 10, "percent"],
  ] as const)("%s: %s", (language, text, kind, value, unit) => {
    const [c] = extractQuantities(text, language, catalog);
    expect(c?.kind).toBe(kind);
    expect(c?.value).toBeCloseTo(value, 3);
    expect(c?.unit).toBe(unit);
  });

  it("keeps the qualifier: 'could exceed' is more-than, 'at least' at-least, 'less than' less-than", () => {
    expect(extractQuantities("costs could exceed $10 billion", "en", catalog)[0]?.qualifier).toBe(
      "more-than",
    );
    expect(extractQuantities("at least 2 GW", "en", catalog)[0]?.qualifier).toBe("at-least");
    expect(extractQuantities("less than 500 MW", "en", catalog)[0]?.qualifier).toBe("less-than");
  });

  it("reads no growth rate, vague amount, year or milliwatt as a figure", () => {
    expect(extractQuantities("Shares rose 9% on Friday.", "en", catalog)).toEqual([]);
    expect(extractQuantities("several hundred billion dollars", "en", catalog)).toEqual([]);
    expect(extractQuantities("Big Tech's 2026 building bill", "en", catalog)).toEqual([]);
    expect(extractQuantities("a 5 mW sensor", "en", catalog)).toEqual([]);
  });

  it("reads people as jobs only where they are employed, and an anaphor's noun from the sentence's first figure", () => {
    const one = (text: string, language: "en" | "fr" = "en") =>
      extractQuantities(text, language, catalog).map((c) => [c.kind, c.value, c.unit]);
    expect(one("Holtec, which employs roughly 600 people at the site, wants more.")).toEqual([
      ["count", 600, "job"],
    ]);
    expect(one("About 600 people attended the hearing.")).toEqual([]);
    expect(one("Le campus devrait employer environ 500 personnes.", "fr")).toEqual([["count", 500, "job"]]);
    // "up from 18" compares with the turbines, not with the site's area named between them.
    expect(
      one("It runs 41 gas turbines. It had 27 of them on the 114-acre site, up from 18 in the autumn."),
    ).toEqual([
      ["count", 41, "turbine"],
      ["count", 27, "turbine"],
      ["area", 114 * ACRE_M2, "m2"],
      ["count", 18, "turbine"],
    ]);
    expect(one("Un fonds de 20 Md€ pour cofinancer jusqu’à cinq « gigausines » d’IA.", "fr")).toContainEqual([
      "count",
      5,
      "datacenter",
    ]);
    expect(one("Le campus compte six bâtiments. Les cinq suivants seront plus gros.", "fr")).toEqual([
      ["count", 6, "building"],
      ["count", 5, "building"],
    ]);
    expect(one("CoreWeave's shares, priced at $40 in the offering, closed at $137 on Thursday.")).toEqual([]);
    expect(one("The warrant would leave OpenAI owning about 10% of the chipmaker.")).toEqual([
      ["stake", 10, "percent"],
    ]);
  });

  it("reads the rate and the substance: per year, of NOx", () => {
    const [c] = explainText("The plant emits about 423 tons of nitrogen oxides a year.", catalog).claims;
    expect(c?.per).toBe("year");
    expect(c?.substance).toBe("NOx");
  });
});

describe("checks an analyst would make", () => {
  it("checks a total against its parts: 11.9 + 4 + 6.5 = 22.4", () => {
    const text =
      "OpenAI signed a $11.9 billion contract with CoreWeave in March, added $4 billion in May and $6.5 billion in September, bringing the total to $22.4 billion.";
    const total = explainText(text, catalog).claims.find((c) => c.value === 22.4e9);
    expect(total?.checks[0]?.kind).toBe("sum");
    expect(total?.checks[0]?.verdict).toBe("consistent");
    expect(total?.checks[0]?.figures).toEqual([
      "$22.4 billion",
      "$11.9 billion",
      "$4 billion",
      "$6.5 billion",
    ]);
  });

  it("never calls an industry cost per gigawatt ($35-60 billion) inconsistent", () => {
    for (const usd of [35, 45, 60]) {
      const money = explainText(`The 1 GW campus will cost $${usd} billion.`, catalog).claims.find(
        (c) => c.kind === "money",
      );
      expect(money?.checks[0]?.verdict, `$${usd}B`).not.toBe("inconsistent");
      expect(money?.checks[0]?.range?.p10).toBeGreaterThan(0);
    }
  });

  it("says a sum close to the building alone is a mismatch of scope, probably the building only", () => {
    // $10B for 1 GW is $10M per MW: a building with its power plant ($10-15M per MW), far below $35-60B all-in.
    const money = explainText("The 1 GW campus will cost $10 billion.", catalog).claims.find(
      (c) => c.kind === "money",
    );
    expect(money?.checks[0]?.verdict).toBe("scope-mismatch");
    expect(money?.checks[0]?.reason).toBe("building-only");
  });

  it("checks a company's fleet of chips against the company's power, as a fleet", () => {
    const claims = explainText(
      "By the end of the year Meta will have 1.3 million GPUs and 1 GW of compute.",
      catalog,
    ).claims;
    const check = claims.find((c) => c.kind === "count")?.checks[0];
    expect(check?.verdict).toBe("scope-mismatch");
    expect(check?.figures).toEqual(["1.3 million GPUs", "1 GW"]);
  });

  it("does not pair a company's yearly capex with one site's power", () => {
    const claims = explainText(
      "Amazon's capex will reach $200 billion this year, including a 2 GW campus.",
      catalog,
    ).claims;
    expect(claims.flatMap((c) => c.checks)).toEqual([]);
  });
});

describe("explanations in the article's language", () => {
  it("writes a French article's explanation and verdicts in French", () => {
    const r = explainText("Le campus de 1 GW coûtera 10 milliards de dollars.", catalog);
    expect(r.language).toBe("fr");
    const money = r.claims.find((c) => c.kind === "money");
    expect(renderMessage(money?.explanation ?? { id: "note.empty", params: {} }, "fr")).toMatch(
      /achète environ/,
    );
    expect(renderVerdict(money?.checks[0]?.verdict ?? "consistent", "fr")).toBe("un écart de périmètre");
  });
});
