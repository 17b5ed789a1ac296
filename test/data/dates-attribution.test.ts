import { describe, expect, it } from "vitest";
import { explainText } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

describe("a figure's date is read against the article's dateline", () => {
  const catalog = loadCatalog();
  const whenOf = (text: string, phrase: string) =>
    explainText(text, catalog).claims.find((c) => c.phrase === phrase)?.when;

  it("reads 'through the end of 2027' as a horizon at the end of that year", () => {
    const text =
      "Published March 3, 2026\n\nThe supplier sees $30 billion of orders through the end of 2027.";
    expect(whenOf(text, "$30 billion")).toBe("by 2027-12");
  });

  it("gives a figure the horizon just after it rather than a plain date before it", () => {
    const text =
      "Published March 3, 2026\n\nThe target, set in January: 5 GW of capacity for its cloud by the end of next year.";
    expect(whenOf(text, "5 GW")).toBe("by 2027-12");
  });

  it("reads 'il y a un an' and 'a year ago' as the year before the dateline", () => {
    const fr = "Publié le 3 mars 2026\n\nIl y a un an, le groupe avait annoncé 2 GW de capacité.";
    expect(whenOf(fr, "2 GW")).toBe("2025");
    const en = "Published March 3, 2026\n\nA year ago the group announced 2 GW of capacity.";
    expect(whenOf(en, "2 GW")).toBe("2025");
  });
});
