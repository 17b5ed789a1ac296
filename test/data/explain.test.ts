import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generationsInService } from "../../src/core/headlines/claim-checks.js";
import {
  explainText,
  findDateline,
  findDates,
  Index,
  type Message,
  renderMessage,
} from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const en = (m: Message | undefined) => (m ? renderMessage(m, "en") : "");

describe("explaining a text's figures", () => {
  it("explains each figure with the models", () => {
    const r = explainText("Meta will build a 5 GW campus.", catalog);
    expect(r.language).toBe("en");
    expect(r.claims).toHaveLength(1);
    expect(en(r.claims[0]?.explanation)).toMatch(/accelerators/);
    expect(en(r.claims[0]?.explanation)).toMatch(/TWh a year/);
  });

  it("reads $10 billion for 5 GW as a mismatch of scope, not of cost, and says what the sum does buy", () => {
    const r = explainText("Meta will spend $10 billion on a 5 GW campus.", catalog);
    const check = r.claims.find((c) => c.kind === "money")?.checks[0];
    expect(check?.verdict).toBe("scope-mismatch");
    // $10B at ~$50B per GW all-in is ~200 MW; the buildings and power plant alone of a few hundred MW more.
    expect(en(check?.message)).toMatch(/pays for about 2\d\d MW all-in/);
    expect(en(check?.message)).toMatch(/mismatch of scope, not of cost/);
  });

  it("calls a budget inside the industry's stated range consistent: $500 billion for 10 GW", () => {
    const r = explainText("Stargate will invest $500 billion in 10 GW of data centres.", catalog);
    expect(r.claims.find((c) => c.kind === "money")?.checks[0]?.verdict).toBe("consistent");
  });

  it("converts euros at the rate of the figure's year and checks them as dollars", () => {
    const r = explainText("In 2025 the campus of 1 GW will cost 45 billion euros.", catalog);
    const money = r.claims.find((c) => c.kind === "money");
    expect(money?.unit).toBe("EUR");
    expect(money?.usd?.rateYear).toBe("2025");
    expect(money?.usd?.value).toBeCloseTo(45e9 * 1.1306, -6);
    expect(en(money?.explanation)).toMatch(/2025 average rate/);
    expect(money?.checks[0]?.kind).toBe("budget");
    expect(money?.checks[0]?.verdict).toBe("consistent");
  });

  it("converts rupees, won and Canadian dollars at their year's rate", () => {
    const r = explainText(
      "In 2025 the group will spend ₹10,372 crore, SK 7 trillion won and Wonder Valley C$70 billion.",
      catalog,
    );
    const [rupees, won, cad] = r.claims.filter((c) => c.kind === "money");
    expect([rupees?.unit, won?.unit, cad?.unit]).toEqual(["INR", "KRW", "CAD"]);
    // Federal Reserve annual averages for 2025 (data/currencies.yaml): 87.1468 INR, 1421.3963 KRW, 1.3973 CAD per USD.
    expect(rupees?.usd?.value).toBeCloseTo(103.72e9 / 87.1468, -7);
    expect(won?.usd?.value).toBeCloseTo(7e12 / 1421.3963, -8);
    expect(cad?.usd?.value).toBeCloseTo(70e9 / 1.3973, -8);
  });

  it("leaves a currency it has no rate for unconverted, and says so", () => {
    const currencies = new Index(catalog.currencies.all.filter((c) => c.id !== "INR"));
    const r = explainText("The group will spend 900 billion rupees on a 1 GW campus.", {
      ...catalog,
      currencies,
    });
    const money = r.claims.find((c) => c.kind === "money");
    expect(money?.unit).toBe("INR");
    expect(money?.usd).toBeUndefined();
    expect(money?.checks).toHaveLength(0);
    expect(en(money?.explanation)).toMatch(/not converted/);
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
      expect(en(c.explanation).length).toBeGreaterThan(0);
    }
  });

  it("says why there are no claims", () => {
    expect(en(explainText("", catalog).note)).toMatch(/empty/);
    expect(en(explainText("Nothing to see here.", catalog).note)).toMatch(/no figure/);
  });

  it("explains absurd figures instead of failing", () => {
    const r = explainText("A 1 kW datacenter.", catalog);
    expect(en(r.claims[0]?.explanation)).toMatch(/outside the range/);
  });
});

describe("scope", () => {
  it("reads a fleet-wide count beside one site's power as a mismatch of scope, a fleet, as Meta's 1.3 million accelerators and 1 GW", () => {
    // 1 GW holds about 200,000-590,000 accelerators of the generations in service (80% range); 1.3 million is beyond
    // even its 98% range, so no site of that power holds them: a fleet or several sites.
    const text = readFileSync(new URL("../fixtures/seeds/002_f4e52bb3d930e5e2.txt", import.meta.url), "utf8");
    const count = explainText(text, catalog).claims.find((c) => c.value === 1.3e6);
    expect(count?.checks[0]?.verdict).toBe("scope-mismatch");
    expect(count?.checks[0]?.reason).toBe("fleet-not-site");
  });
});

describe("comparisons", () => {
  it("checks '2 GW, the equivalent of 2 EPR reactors' against the reactors' power", () => {
    const r = explainText(
      "Un datacenter de 2 GW, soit l'équivalent de 2 réacteurs nucléaires de type EPR.",
      catalog,
    );
    const reactors = r.claims.find((c) => c.kind === "count");
    expect(en(reactors?.explanation)).toMatch(/3\.30 GW/);
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
    expect(en(power?.explanation)).toMatch(/Louisiana/);
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
    expect(en(claims.find((c) => c.value === 8e9)?.deal)).toMatch(/amazon-anthropic/);
    expect(en(claims.find((c) => c.value === 10e9)?.deal)).toMatch(/meta-hyperion-2024/);
    expect(en(claims.find((c) => c.value === 600e9)?.deal)).toMatch(/meta-us-investment-2028/);
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
    ["Oct. 3, 2025 | Analysis\nText", "2025-10-03"],
    ["Thursday 25 September 2025\nText", "2025-09-25"],
    ["LIVE: a board votes - updated 10 March 2026, 6:40 p.m. CT\nText", "2026-03-10"],
    ["Paris, le 3 février 2026\nTexte", "2026-02-03"],
    ["22/05/2025\nTexte", "2025-05-22"],
    ["Le 30.10.2025\nTexte", "2025-10-30"],
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

  it("reads the end of a month or a quarter and a horizon after 'through' as the date a figure stands at", () => {
    const when = (text: string) => findDates(text, "2025-10-03").map((d) => d.when);
    expect(when("It had $30.1 billion at the end of June.")).toEqual(["by 2025-06"]);
    expect(when("Its debt stood at $11 billion on June 30.")).toEqual(["by 2025-06"]);
    expect(when("It had 470 MW at the end of the second quarter.")).toEqual(["by 2025-06"]);
    expect(when("Up to $14.2 billion through December 2031, then $6.3 billion through 2032.")).toEqual([
      "by 2031-12",
      "by 2032",
    ]);
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

describe("a count that names no chip", () => {
  it("is judged against every generation in service at its date, not the newest alone", () => {
    expect(generationsInService(catalog, "2025")).toEqual(["h100-sxm", "gb200"]);
    expect(generationsInService(catalog, "2025-12")).toEqual(["h100-sxm", "gb200", "gb300"]);
    expect(generationsInService(catalog, "2030-06")).toEqual(["gb200", "gb300", "vera-rubin"]);
    // Before the roadmap starts, its first generation stands for the fleet; undated, every generation counts.
    expect(generationsInService(catalog, "2019")).toEqual(["h100-sxm"]);
    expect(generationsInService(catalog, undefined)).toHaveLength(catalog.roadmap.length);
  });

  it("finds 550,000 GPUs in 1 GW consistent in 2024 (H100s) though GB200 alone would fit fewer", () => {
    const r = explainText("In 2024 the 1 GW campus held 550,000 GPUs.", catalog);
    const check = r.claims.find((c) => c.kind === "count")?.checks[0];
    expect(check?.verdict).toBe("consistent");
    expect(en(check?.message)).toMatch(/no named chip/);
    const named = explainText("In 2024 the 1 GW campus held 550,000 GB200.", catalog);
    expect(named.claims.find((c) => c.kind === "count")?.checks[0]?.verdict).not.toBe("consistent");
  });
});

describe("a count given for one phase", () => {
  it("reads a first cluster of 18,000 GB300 in a 500 MW plan as one phase, a mismatch of scope, not inconsistent", () => {
    // 18,000 × 2.1 kW × PUE 1.14 × 1.18 ≈ 51 MW: a tenth of the 500 MW, far below the 98% range of what it holds.
    const r = explainText(
      "The first phase of the 500 MW campus will start with 18,000 GB300 chips next year.",
      catalog,
    );
    const count = r.claims.find((c) => c.kind === "count");
    expect(count?.scope).toBe("phase");
    expect(count?.checks[0]?.verdict).toBe("scope-mismatch");
    expect(count?.checks[0]?.reason).toBe("one-phase");
  });
});
