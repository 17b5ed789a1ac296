import { describe, expect, it } from "vitest";
import { explainText } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const claim = (text: string, value: number) =>
  explainText(text, catalog, { published: "2026-04-02" }).claims.find((c) => c.value === value);

// How a figure's who and where follow the story (LABELS-v2.md): pronouns and "the company" refer back, a sentence
// about someone the catalog does not know breaks the chain, a site's figure is its owner's.
describe("attributing figures along a story", () => {
  it("gives a figure whose subject is a list of actors to the first named, and checks its pair", () => {
    const en = explainText("Meta, Blue Owl and Pimco will put $27 billion into a 2 GW campus.", catalog);
    expect(en.claims.map((c) => c.subject)).toEqual(["meta", "meta"]);
    const fr = explainText(
      "Nscale et Aker investiront 1 milliard de dollars dans le campus de 230 MW.",
      catalog,
    );
    expect(fr.claims[0]?.subject).toBe("nscale");
  });

  it("carries the story's company to a sentence that refers back to it", () => {
    const text =
      "Amazon reported its results on Thursday. The company spent $131.8 billion on equipment in 2025.";
    expect(explainText(text, catalog).claims[0]?.subject).toBe("amazon");
  });

  it("gives a clause whose subject is a pronoun to the story's company, not to another named in the sentence", () => {
    const text =
      "Amazon reported its results on Thursday. Like Microsoft a week earlier, it will spend about $200 billion this year.";
    expect(claim(text, 200e9)?.subject).toBe("amazon");
  });

  it("takes the project named in the figure's own clause over one named in an earlier clause", () => {
    for (const text of [
      "Colossus 2 is running in Memphis, and 2.2 GW will power Project Rainier in Indiana.",
      "Colossus 2 est en service à Memphis, et 2,2 GW alimenteront Project Rainier.",
    ]) {
      expect(explainText(text, catalog).claims[0]?.project).toBe("project-rainier");
      expect(explainText(text, catalog).claims[0]?.subject).toBe("amazon");
    }
  });

  it("does not carry it to a sentence about another, unknown company", () => {
    const text =
      "Microsoft signed a power agreement for the plant. Constellation expects the restart to cost about $1.6 billion.";
    expect(claim(text, 1.6e9)?.subject).toBeUndefined();
  });

  it("gives a site's figure with no actor of its own to the site's owner", () => {
    const text =
      "Project Rainier opened in Indiana. The campus covers about 1,200 acres in St. Joseph County.";
    const acres = explainText(text, catalog).claims.find((c) => c.kind === "area");
    expect(acres?.project).toBe("project-rainier");
    expect(acres?.subject).toBe("amazon");
  });

  it("does not file a company's spending under the site named in the sentence before", () => {
    const text =
      "Meta is building the Hyperion campus in Louisiana. Microsoft reported capital spending of $37.5 billion for the quarter.";
    const capex = claim(text, 37.5e9);
    expect(capex?.subject).toBe("microsoft");
    expect(capex?.project).toBeUndefined();
  });

  it("reads a counterparty named by a pronoun: a stake in it", () => {
    const text = "OpenAI signed an agreement with CoreWeave. OpenAI also took a $350 million stake in it.";
    const stake = claim(text, 350e6);
    expect(stake?.subject).toBe("openai");
    expect(stake?.object).toBe("coreweave");
  });

  it("takes the agent of a passive as the actor: a loan led by a bank", () => {
    const text = "A group of banks led by JPMorgan is arranging a $38 billion loan package for the campuses.";
    expect(claim(text, 38e9)?.subject).toBe("jpmorgan");
  });

  it("does not take the maker of the chips for the buyer in French", () => {
    const text =
      "Le premier bloc réunit 18 000 puces Grace Blackwell de Nvidia, réparties en baies refroidies par liquide.";
    expect(explainText(text, catalog).claims.find((c) => c.kind === "count")?.subject).not.toBe("nvidia");
  });

  it("dates a figure after a month named without a year to the article's year", () => {
    const text = "Pour payer ces machines, Mistral a levé en mars 830 millions de dollars de dette.";
    expect(claim(text, 830e6)?.when).toBe("2026");
  });

  it("keeps the last place named for a figure that names none", () => {
    const text =
      "Evroc a annoncé un investissement à Mougins, en France. Le site, d'une puissance de 96 MW, accueillera des GPU.";
    expect(explainText(text, catalog).claims.find((c) => c.kind === "power")?.place).toBe("fr");
  });

  it("leaves a date to the figure it stands beside, not to the total at the end of the sentence", () => {
    const text =
      "OpenAI added up to $4 billion in May and, last week, a further $6.5 billion expansion, bringing the total it has committed to CoreWeave to $22.4 billion.";
    expect(claim(text, 4e9)?.when).toBe("2026");
    expect(claim(text, 22.4e9)?.when).toBeUndefined();
  });
});
