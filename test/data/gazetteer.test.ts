import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog, explainText, InputError } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const FIXTURE = readFileSync(new URL("../fixtures/catalog.yaml", import.meta.url), "utf8");
const SOURCE = `sources:
  geonames: { title: "GeoNames", publisher: "GeoNames", date: "2026-12", url: "https://www.geonames.org/" }
`;

/** The fixture catalog with one more data file holding a gazetteer, or the issues it is refused with. */
function withPlaces(places: string) {
  return buildCatalog([
    { name: "test/fixtures/catalog.yaml", text: FIXTURE },
    { name: "data/places.yaml", text: `${SOURCE}places:\n${places}` },
  ]);
}

function issuesOf(places: string) {
  try {
    withPlaces(places);
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  return [];
}

describe("the gazetteer is validated on load", () => {
  it("accepts a group of towns in a grid the catalog has", () => {
    const catalog = withPlaces(
      `  - { grid: fr, kind: town, source: geonames, names: [Dunkerque, Calais] }\n`,
    );
    expect(catalog.places[0]?.names).toEqual(["Dunkerque", "Calais"]);
  });

  it("refuses a grid the catalog lacks, naming it", () => {
    const issues = issuesOf(`  - { grid: us-xx, kind: town, source: geonames, names: [Springfield] }\n`);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown_grid", path: ["places", 0, "grid"] }),
    );
    expect(issues[0]?.message).toMatch(/us-xx/);
  });

  it("refuses a name written without its capital, a misspelt key and a source the file lacks", () => {
    expect(issuesOf(`  - { grid: fr, kind: town, source: geonames, names: [calais] }\n`)[0]?.message).toMatch(
      /capital/,
    );
    expect(
      issuesOf(`  - { grid: fr, kind: town, source: geonames, nmes: [Calais] }\n`).length,
    ).toBeGreaterThan(0);
    expect(issuesOf(`  - { grid: fr, kind: town, source: insee, names: [Calais] }\n`)).toContainEqual(
      expect.objectContaining({ code: "unknown_source" }),
    );
  });

  it("refuses a name listed under two grids: it could be read as either", () => {
    const issues = issuesOf(
      `  - { grid: fr, kind: town, source: geonames, names: [Valence] }\n  - { grid: us, kind: town, source: geonames, names: [Valence] }\n`,
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: "duplicate_key" }));
    expect(issues.map((i) => i.message).join()).toMatch(/Valence.*'us'.*'fr'/);
  });
});

describe("a figure stands where the town, county or region named with it lies", () => {
  const catalog = loadCatalog();
  const placeOf = (text: string) => explainText(text, catalog).claims[0]?.place;

  it("reads towns, parishes, counties and departments the catalog has no grid for", () => {
    expect(placeOf("Fermi America plans 11 GW of generation near Amarillo.")).toBe("us-tx-ercot");
    expect(placeOf("A 2 GW campus is rising in Richland Parish.")).toBe("us-la-miso");
    expect(placeOf("Un centre de données de 1 GW doit voir le jour près de Dunkerque.")).toBe("fr");
    expect(placeOf("Le promoteur prévoit 300 MW dans l’Essonne.")).toBe("fr");
    expect(placeOf("The developer filed for 600 MW outside Zaragoza.")).toBe("es");
  });

  it("keeps the grid's own names: a state is its grid", () => {
    expect(placeOf("The company will build a 500 MW data centre in Ohio.")).toBe("us-oh-pjm");
  });

  it("prefers the longer name: Indiana County is in Pennsylvania, New Mexico is not Mexico", () => {
    expect(placeOf("A 1 GW gas plant is planned in Indiana County.")).toBe("us-pa-pjm");
    expect(placeOf("A 1 GW campus is planned in New Mexico.")).toBe("us-nm");
  });

  it("does not place a figure at a company's seat", () => {
    expect(placeOf("The Amsterdam-based group signed a $3 billion contract.")).toBeUndefined();
  });

  it("does not read a town inside a longer word or written in lower case", () => {
    expect(placeOf("The parisian startup raised $2 billion.")).toBeUndefined();
    expect(placeOf("Calaisiens spent $1 billion.")).toBeUndefined();
  });
});

describe("a dateline's town is where the news was told", () => {
  it("does not place a figure at a town written in capitals", () => {
    const text =
      "SAN JOSE, Calif., March 3 (Reuters) - The chipmaker said on Monday it would supply 10 gigawatts.";
    expect(explainText(text, loadCatalog()).claims[0]?.place).toBeUndefined();
  });
});

describe("a figure's place is where the money goes, not who gives it", () => {
  it("places an investor country's pledge where it is spent", () => {
    const en = "The UAE promised $50 billion for a campus in France.";
    expect(explainText(en, loadCatalog()).claims[0]?.place).toBe("fr");
    const fr = "Les Émirats arabes unis ont promis 50 milliards d'euros en Île-de-France.";
    expect(explainText(fr, loadCatalog()).claims[0]?.place).toBe("fr");
  });

  it("keeps a place introduced before the figure", () => {
    const text = "In Texas, the company will spend $40 billion, more than in Ohio.";
    expect(explainText(text, loadCatalog()).claims[0]?.place).toBe("us-tx-ercot");
  });
});
