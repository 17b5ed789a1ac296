import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainText, findDateline, findDates } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();

describe("explaining a text's figures", () => {
  it("explains each figure with the models", () => {
    const r = explainText("Meta will build a 5 GW campus.", catalog);
    expect(r.language).toBe("en");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.explanation).toMatch(/accelerators/);
    expect(r.claims[0]?.explanation).toMatch(/TWh a year/);
  });

  it("checks money against the power stated in the same sentence: $10 billion cannot build 5 GW", () => {
    const r = explainText("Meta will spend $10 billion on a 5 GW campus.", catalog);
    const money = r.claims.find((c) => c.kind === "money");
    expect(money?.checks[0]?.verdict).toBe("inconsistent");
    expect(money?.checks[0]?.reasoning).toMatch(/mismatch of scope, not of cost/);
  });

  it("finds the 400,000 GB200 of 1.2 GW consistent", () => {
    const r = explainText("The 1.2 GW Abilene campus will hold 400,000 GB200.", catalog);
    expect(r.claims.find((c) => c.kind === "count")?.checks[0]?.verdict).toBe("consistent");
  });

  it("explains every figure of a seed and keeps their phrases", () => {
    const text = readFileSync(new URL("../fixtures/seeds/000_be6cbc483796d4e2.txt", import.meta.url), "utf8");
    const r = explainText(text, catalog);
    expect(r.language).toBe("fr");
    expect(r.claims.length).toBeGreaterThanOrEqual(8);
    for (const c of r.claims) {
      expect(text).toContain(c.phrase);
      expect(c.explanation.length).toBeGreaterThan(0);
    }
  });

  it("says why there are no claims", () => {
    expect(explainText("", catalog).note).toMatch(/empty/);
    expect(explainText("Nothing to see here.", catalog).note).toMatch(/no figure/);
  });

  it("explains absurd figures instead of failing", () => {
    const r = explainText("A 1 kW datacenter.", catalog);
    expect(r.claims[0]?.explanation).toMatch(/outside the range/);
  });
});

describe("scope", () => {
  it("says a fleet-wide count beside one site's power needs context, as Meta's 1.3 million accelerators and 1 GW", () => {
    const text = readFileSync(new URL("../fixtures/seeds/002_f4e52bb3d930e5e2.txt", import.meta.url), "utf8");
    const count = explainText(text, catalog).claims.find((c) => c.value === 1.3e6);
    expect(count?.checks[0]?.verdict).toBe("needs-context");
    expect(count?.checks[0]?.reasoning).toMatch(/different things/);
  });
});

describe("comparisons", () => {
  it("checks '2 GW, the equivalent of 2 EPR reactors' against the reactors' power", () => {
    const r = explainText(
      "Un datacenter de 2 GW, soit l'équivalent de 2 réacteurs nucléaires de type EPR.",
      catalog,
    );
    const reactors = r.claims.find((c) => c.kind === "count");
    expect(reactors?.explanation).toMatch(/3\.30 GW/);
    expect(reactors?.checks[0]?.verdict).toBe("inconsistent");
    const right = explainText("A 3.3 GW campus, the equivalent of 2 EPR reactors.", catalog);
    expect(right.claims.find((c) => c.kind === "count")?.checks[0]?.verdict).toBe("consistent");
  });
});

describe("who, what and where", () => {
  it("ties a figure to the organisation, project and place named with it, and uses that place's grid", () => {
    const text = readFileSync(new URL("../fixtures/seeds/000_be6cbc483796d4e2.txt", import.meta.url), "utf8");
    const r = explainText(text, catalog);
    const hyperion = r.claims.find((c) => c.kind === "money" && c.value === 10e9);
    expect(hyperion?.subject).toBe("meta");
    expect(hyperion?.project).toBe("hyperion");
    expect(hyperion?.place).toBe("us-la-miso");
    const power = r.claims.find((c) => c.kind === "power");
    expect(power?.explanation).toMatch(/Louisiana/);
    expect(r.claims.find((c) => c.value === 8e9)?.subject).toBe("amazon");
  });

  it("does not read common words as places or companies", () => {
    const r = explainText("L'eau est rare ici : 2 GW pour rien.", catalog);
    expect(r.claims[0]?.place).toBeUndefined();
    expect(r.claims[0]?.subject).toBeUndefined();
  });
});

describe("deals", () => {
  it("places an amount among the catalog's deals of the organisation or project named with it", () => {
    const text = readFileSync(new URL("../fixtures/seeds/000_be6cbc483796d4e2.txt", import.meta.url), "utf8");
    const claims = explainText(text, catalog).claims;
    expect(claims.find((c) => c.value === 8e9)?.explanation).toMatch(/amazon-anthropic/);
    expect(claims.find((c) => c.value === 10e9)?.explanation).toMatch(/meta-hyperion-2024/);
    expect(claims.find((c) => c.value === 600e9)?.explanation).toMatch(/meta-us-investment-2028/);
  });
});

describe("when", () => {
  it("reads dates and horizons in both languages and ties them to the figure's sentence", () => {
    const text = readFileSync(new URL("../fixtures/seeds/000_be6cbc483796d4e2.txt", import.meta.url), "utf8");
    const r = explainText(text, catalog);
    expect(r.claims.find((c) => c.value === 600e9)?.when).toBe("by 2028-12");
    expect(r.claims.find((c) => c.value === 4e12)?.when).toBe("by 2030");
    const en = explainText("Amazon spent $75 billion in 2024 and will build 5 GW by 2030.", catalog);
    expect(en.claims.map((c) => c.when)).toEqual(["2024", "by 2030"]);
  });
});

describe("relative dates and the article's date", () => {
  it.each([
    ["Published January 29, 2026\n\nTitle", "2026-01-29"],
    ["March 4, 2026\nText", "2026-03-04"],
    ["Publié le 11 février 2025\nTexte", "2025-02-11"],
    ["Mis à jour le 3 juin 2026 à 10h15\nTexte", "2026-06-03"],
    ["20 mai 2025\nTexte", "2025-05-20"],
    ["Title without a date\nText in 2024.", undefined],
  ])("reads the dateline of %j", (text, date) => {
    expect(findDateline(text)).toBe(date);
  });

  it("resolves 'next year', 'l'an dernier', a bare month and 'over the next decade' against the article's year", () => {
    const when = (text: string) => findDates(text, "2026-03-04").map((d) => d.when);
    expect(when("It will open next year.")).toEqual(["2027"]);
    expect(when("Il a dépensé 10 milliards l’an dernier.")).toEqual(["2025"]);
    expect(when("Signed in May, it runs over the next decade.")).toEqual(["2026", "by 2036"]);
    expect(when("D’ici la fin de l’année, puis sur dix ans.")).toEqual(["by 2026-12", "by 2036"]);
    expect(findDates("It will open next year.")).toEqual([]);
  });

  it("ties a figure to the resolved date, from the dateline or from --date", () => {
    const text = "Meta spent $72 billion last year.";
    expect(explainText(`June 3, 2026\n\n${text}`, catalog).claims[0]?.when).toBe("2025");
    expect(explainText(text, catalog, { published: "2030-01-01" }).claims[0]?.when).toBe("2029");
    expect(explainText(text, catalog).claims[0]?.when).toBeUndefined();
  });
});

describe("who does what with whom", () => {
  it("reads the actor, the counterparty and the relation from the figure's sentence", () => {
    const loan = explainText("Meta borrowed $27 billion from Blue Owl for Hyperion.", catalog).claims[0];
    expect(loan?.subject).toBe("meta");
    expect(loan?.object).toBe("blue-owl");
    expect(loan?.relation).toBe("borrows");
    const fr = explainText("Microsoft a signé un contrat de 10 milliards de dollars avec OpenAI.", catalog)
      .claims[0];
    expect(fr?.subject).toBe("microsoft");
    expect(fr?.object).toBe("openai");
    expect(fr?.relation).toBe("contracts-with");
  });

  it("carries the actor of the sentences before when a sentence names none", () => {
    const r = explainText(
      "Amazon is expanding in Indiana. The company will spend $11 billion there.",
      catalog,
    );
    expect(r.claims[0]?.subject).toBe("amazon");
    expect(r.claims[0]?.relation).toBe("spends-on");
  });
});
