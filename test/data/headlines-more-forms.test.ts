import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const read = (text: string, language: "en" | "fr" = "en") =>
  extractQuantities(text, language, catalog).map((c) => [c.kind, c.value, c.unit, c.phrase] as const);

describe("figures written as real articles write them (sentences of our own)", () => {
  it.each([
    ["en", "Partners will deploy 90,000 Blackwell GPUs in Spain.", "count", 90e3, "accelerator"],
    ["en", "Japan will buy 70,000 Nvidia graphics processors.", "count", 70e3, "accelerator"],
    ["en", "The permit covers 12 permitted turbines.", "count", 12, "turbine"],
    ["en", "The build will employ 1,800 union construction workers.", "count", 1800, "job"],
    ["en", "It promises 900 high-skilled jobs.", "count", 900, "job"],
    ["en", "Plans show two single-storey buildings.", "count", 2, "building"],
    ["fr", "La région compte 12 projets de centres de données.", "count", 12, "datacenter"],
    ["en", "The budget is ₹5,000 crore.", "money", 5000e7, "INR"],
    ["fr", "Le plan avoisine 2 lakh crore de roupies.", "money", 2e12, "INR"],
    ["en", "The group will invest 9 trillion won.", "money", 9e12, "KRW"],
    ["fr", "Le groupe a promis 3 milliards de livres.", "money", 3e9, "GBP"],
    ["en", "The campus will cost C$40 billion.", "money", 40e9, "CAD"],
    ["fr", "Le campus coûtera 30 milliards de reais.", "money", 30e9, "BRL"],
    ["fr", "La coentreprise est détenue à 60 % par le fonds.", "stake", 60, "percent"],
    ["fr", "Le vendeur a cédé 40 % de sa filiale.", "stake", 40, "percent"],
    ["en", "The founders keep about 15%, worth $2 billion.", "stake", 15, "percent"],
  ] as const)("%s: %s", (language, text, kind, value, unit) => {
    const c = extractQuantities(text, language, catalog)[0];
    expect([c?.kind, c?.unit]).toEqual([kind, unit]);
    expect(c?.value).toBeCloseTo(value, 3);
  });

  it("reads 'won' as a currency only after a scale word, and a bare 'livres' only after one too", () => {
    expect(read("The team won 3 games and 2 titles.")).toEqual([]);
    expect(read("Elle a lu 30 livres cette année.", "fr")).toEqual([]);
  });

  it("reads 'from 300 MW to 480 MW' as two figures, '1 GW to 2 GW' as one range", () => {
    expect(read("The load rose from 200 MW to 350 MW.").map((c) => c[1])).toEqual([200e6, 350e6]);
    expect(read("La charge passera de 200 MW à 350 MW.", "fr").map((c) => c[1])).toEqual([200e6, 350e6]);
    const [range] = extractQuantities("The campus will draw 1 GW to 2 GW.", "en", catalog);
    expect(range?.range).toEqual([1e9, 2e9]);
  });

  it("gives a bare amount the currency of the last amount within reach, unless a noun says what it counts", () => {
    const text =
      "Le fonds investira 12 milliards d'euros. Le campus fera un gigawatt. Les 4 milliards restants iront au réseau.";
    expect(read(text, "fr").filter((c) => c[0] === "money")).toEqual([
      ["money", 12e9, "EUR", "12 milliards d'euros"],
      ["money", 4e9, "EUR", "4 milliards"],
    ]);
    expect(read("It raised $6 billion. It has 700 million weekly users.").map((c) => c[3])).toEqual([
      "$6 billion",
    ]);
    expect(
      read("Il a levé 2 milliards d'euros pour un pays de 1,4 milliard d'habitants.", "fr"),
    ).toHaveLength(1);
  });

  it("reads złotys as money left unconverted, and never gives a currency it does not know the last one's", () => {
    expect(read("Microsoft will invest 2,8 milliards de zlotys à Varsovie.", "fr")[0]?.slice(0, 3)).toEqual([
      "money",
      2.8e9,
      "PLN",
    ]);
    expect(
      read("Le fonds a promis 3 milliards d'euros. Le Mexique investira 50 milliards de pesos.", "fr"),
    ).toEqual([["money", 3e9, "EUR", "3 milliards d'euros"]]);
  });

  it("continues a count with a bare number that refers back, never with a year or a noun of its own", () => {
    expect(read("It starts with 6,000 GPUs and could grow to 24,000 over time.")).toEqual([
      ["count", 6000, "accelerator", "6,000 GPUs"],
      ["count", 24000, "accelerator", "24,000"],
    ]);
    expect(read("It installs 9,000 of the chips in Sines.")[0]?.slice(0, 3)).toEqual([
      "count",
      9000,
      "accelerator",
    ]);
    expect(read("It hosts 5,000 GPUs. In 2024, 3,000 visitors came.")).toHaveLength(1);
    expect(read("It hosts 5,000 GPUs and 10,000 residents live nearby.")).toHaveLength(1);
  });

  it("counts people as jobs when the text says they are employed, before or after", () => {
    expect(read("They cite the 250 people it employs there.")[0]?.slice(0, 3)).toEqual(["count", 250, "job"]);
    expect(read("About 4,000 people live in the town.")).toEqual([]);
  });
});
