import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildCatalog,
  type Catalog,
  projectRecords,
  projectRecordsCsv,
  type SiteResult,
  toUSD,
} from "../../src/core/index.js";
import { monthOf, roadmapAccelerator } from "../../src/core/sizing/roadmap.js";
import { productRange, sumRange } from "../../src/core/sizing/site-ranges.js";
import { loadCatalog } from "../../src/node/data-files.js";
import { evaluateAny } from "../support/fixture.js";

// The fixture with the site parameters of issue 12 set to round, distinct values (design overhead 1.25, all-in
// capex from 2024, load factors training 0.8 / mixed 0.7 / inference 0.5), so expectations can be worked by hand.
const text = readFileSync(new URL("../fixtures/catalog.yaml", import.meta.url), "utf8");
const set = (t: string, key: string, value: string) =>
  t.replace(new RegExp(`(  ${key}: \\{ value: )[^,]+`), `$1${value}`);
let variant = text;
for (const [k, v] of [
  ["designPowerOverAnnualPue", "1.25"],
  ["capexAllInFirstYear", "2024"],
  ["itLoadFactorMixed", "0.7"],
  ["itLoadFactorInference", "0.5"],
] as const)
  variant = set(variant, k, v);
const A = 'assumption: "test fixture: round number chosen for readable expected values"';
variant = variant.replace(
  "trainingRuns:",
  `  - id: mixed-site
    name: Mixed Site
    owner: acme
    place: { name: Elsewhere, country: US }
    grid: us
    status: operational
    phases:
      - name: mixed
        fleet:
          - { accelerator: h100-sxm, accelerators: { value: 100000, ${A} } }
          - { accelerator: gb200, accelerators: { value: 100000, ${A} } }
trainingRuns:`,
);
const backupVariant = variant.replace(
  "{ kind: gas-turbine, units:",
  "{ kind: gas-turbine, role: backup, units:",
);
const sites: Catalog = buildCatalog([{ name: "test/fixtures/catalog.yaml", text: variant }]);
const backup: Catalog = buildCatalog([{ name: "test/fixtures/catalog.yaml", text: backupVariant }]);

const site = (input: Record<string, unknown>, catalog: Catalog = sites): SiteResult =>
  Object.values(evaluateAny({ sites: [{ id: "s", ...input }] }, catalog).sites)[0] as SiteResult;

describe("site power with its meaning", () => {
  it("sizes from a stated power with the annual PUE times the design overhead", () => {
    // 1.5 GW / (PUE 1.2 x overhead 1.25) = 1,000 MW of critical IT; / 2,000 W = 500,000 accelerators.
    const s = site({ power: "1.5 GW" });
    expect(s.provisionedItMW).toBeCloseTo(1000, 6);
    expect(s.accelerators).toBe(500_000);
  });

  it("takes energy from the annual PUE and the site type's load factor, not from the nameplate", () => {
    // 1,000 MW of IT x load factor x PUE 1.2 x 8,760 h.
    expect(site({ power: "1.5 GW", siteType: "training" }).energyMWh).toBeCloseTo(1000 * 0.8 * 1.2 * 8760, 3);
    expect(site({ power: "1.5 GW", siteType: "inference" }).energyMWh).toBeCloseTo(
      1000 * 0.5 * 1.2 * 8760,
      3,
    );
    expect(site({ power: "1.5 GW" }).energyMWh).toBeCloseTo(1000 * 0.7 * 1.2 * 8760, 3);
  });
});

describe("capex as a range with its parts", () => {
  it("reads a budget at the industry's all-in cost per GW for recent accelerators", () => {
    // $500B / ($50B per GW x 2,000 W x 1.5 per W of IT) = 3,333,333 accelerators, about 10 GW of facility power.
    const s = site({ budget: "$500B", accelerator: "gb200" });
    expect(s.accelerators).toBe(3_333_333);
    expect(s.facilityPowerMW / 1000).toBeCloseTo(10, 3);
  });

  it("prices an older generation bottom-up only, as the sum of its parts", () => {
    // The fixture H100 predates the all-in figure (2023 < 2024): accelerators x price x (1 + 0.1) + IT MW x ($2M + $8M).
    const s = site({ power: "1.5 GW", accelerator: "h100-sxm" });
    expect(s.capex.allInUSD).toBeUndefined();
    const expected = s.capex.itHardwareUSD * 1.1 + s.provisionedItMW * (2e6 + 8e6);
    expect(s.capexUSD).toBeCloseTo(expected, -3);
  });

  it("shows the all-in view beside the bottom-up one for a recent accelerator", () => {
    // 5 GW x $50B per GW = $250B all-in.
    const s = site({ power: "5 GW", accelerator: "gb200" });
    expect(s.capex.allInUSD).toBeCloseTo(250e9, -3);
    expect(s.capexBottomUpUSD).toBeLessThan(s.capexUSD);
  });
});

describe("checks whose verdict comes from the range", () => {
  it("calls a budget inside the industry's range consistent", () => {
    const check = site({ power: "5 GW", budget: "$200B" }).checks.find((c) => c.claim === "budget");
    expect(check?.assessment).toBe("consistent");
  });

  it("calls $10 billion for 5 GW a mismatch of scope, not of cost", () => {
    const check = site({ power: "5 GW", budget: "$10B" }).checks.find((c) => c.claim === "budget");
    expect(check?.assessment).toBe("scope-mismatch");
    expect(check?.reasoning).toMatch(/mismatch of scope, not of cost/);
  });

  it("calls an absurdly large budget inconsistent", () => {
    const check = site({ power: "1 GW", budget: "$5T" }).checks.find((c) => c.claim === "budget");
    expect(check?.assessment).toBe("inconsistent");
  });
});

describe("what a catalog site's checks compare", () => {
  it("checks the project's stated accelerators when the project's phase is the basis", () => {
    const s = Object.values(evaluateAny({ sites: [{ id: "big-site" }] }, sites).sites)[0] as SiteResult;
    expect(s.checks.map((c) => c.claim)).toContain("accelerators");
  });

  it("does not check a campus's figures against one building the user sizes on its own", () => {
    // 400,000 accelerators are the 1 GW campus's; 200 MW of it is not where they should fit.
    const s = Object.values(
      evaluateAny({ sites: [{ id: "big-site", power: "200 MW" }] }, sites).sites,
    )[0] as SiteResult;
    expect(s.checks).toEqual([]);
  });
});

describe("mixed fleets", () => {
  it("sizes a mixed fleet per accelerator, with H100-equivalents beside the raw count", () => {
    // 100,000 H100 (1,000 W, 1,000 TFLOPS) + 100,000 GB200 (2,000 W, 2,500 TFLOPS): 300 MW of IT, 350,000 H100e.
    const s = Object.values(evaluateAny({ sites: [{ id: "mixed-site" }] }, sites).sites)[0] as SiteResult;
    expect(s.accelerators).toBe(200_000);
    expect(s.itPowerMW).toBeCloseTo(300, 6);
    expect(s.h100Equivalents).toBeCloseTo(350_000, 3);
    expect(s.fleet?.map((f) => [f.accelerator, f.accelerators])).toEqual([
      ["h100-sxm", 100_000],
      ["gb200", 100_000],
    ]);
  });
});

describe("on-site generation with a role", () => {
  it("runs backup generation only for its test and outage hours", () => {
    // big-site: 250 MW of turbines x 100 h a year.
    const s = Object.values(evaluateAny({ sites: [{ id: "big-site" }] }, backup).sites)[0] as SiteResult;
    expect(s.onSiteGeneration?.role).toBe("backup");
    expect(s.onSiteGeneration?.energyMWh).toBeCloseTo(250 * 100, 3);
  });
});

describe("ranges", () => {
  it("combines a product's factors in quadrature in log space", () => {
    // One factor 2 with range [1, 4]: the figure halves or doubles.
    const r = productRange(100, [{ value: 2, range: [1, 4], exponent: 1 }]);
    expect(r.p10).toBeCloseTo(50, 9);
    expect(r.p90).toBeCloseTo(200, 9);
  });

  it("adds independent parts' deviations in quadrature", () => {
    // Two parts of 10 each, ±3 and ±4: total 20, ±5.
    const r = sumRange([
      { point: 10, range: { p10: 7, p90: 13 } },
      { point: 10, range: { p10: 6, p90: 14 } },
    ]);
    expect(r.p10).toBeCloseTo(15, 9);
    expect(r.p90).toBeCloseTo(25, 9);
  });
});

describe("the shipped catalog's calendar and currencies", () => {
  const catalog = loadCatalog();

  it("gives a phase the generation shipping in volume at its date", () => {
    // Roadmap in data/accelerators.yaml: H100 2023, GB200 2025, GB300 2025-H2, Vera Rubin 2026-H2.
    expect(roadmapAccelerator(catalog, "2024-06")?.id).toBe("h100-sxm");
    expect(roadmapAccelerator(catalog, "2025-03")?.id).toBe("gb200");
    expect(roadmapAccelerator(catalog, "2025-09")?.id).toBe("gb300");
    expect(roadmapAccelerator(catalog, "2030")?.id).toBe("vera-rubin");
    expect(monthOf("2026-H2")).toBe(2026 * 12 + 6);
  });

  it("converts euros at the year's average rate", () => {
    // France's 109 bn EUR announced in Feb 2025 at the 2025 average 1.1306 USD/EUR = 123.2 bn USD.
    const eur = catalog.currencies.get("EUR");
    expect(eur && toUSD(109e9, eur, "2025-02").usd).toBeCloseTo(123.2354e9, -6);
  });

  it("converts a pegged currency at its peg in any year", () => {
    // 3.6725 AED per USD since 1997.
    const aed = catalog.currencies.get("AED");
    expect(aed && toUSD(3.6725, aed, 2026).usd).toBeCloseTo(1, 4);
  });

  it("lists every project as a dataset record with a record date, and one CSV row per phase", () => {
    const records = projectRecords(catalog);
    expect(records.length).toBe(catalog.projects.all.length);
    for (const r of records) expect(r.recordDate).toMatch(/^\d{4}/);
    // A gazetteer that only places the town (GeoNames, released 2026-09-26) is not the project's record: Project
    // Rainier's latest own source is its utility filing coverage of 2025, not the gazetteer's release.
    const rainier = records.find((r) => r.id === "project-rainier");
    expect(rainier?.recordDateFrom).toBe("latest-source");
    expect(rainier?.recordDate).not.toBe("2026-09-26");
    const csv = projectRecordsCsv(records).trim().split("\n");
    const phases = records.reduce((n, r) => n + r.phases.length, 0);
    expect(csv.length).toBe(phases + 1);
    expect(csv[0]).toMatch(/^id,name,owner,programme,/);
  });

  it("files Stargate as a programme above its sites, not as the Abilene campus", () => {
    expect(catalog.programmes.get("stargate")?.sites).toContain("stargate-abilene");
    expect(catalog.projects.get("stargate")).toBeUndefined();
  });
});
