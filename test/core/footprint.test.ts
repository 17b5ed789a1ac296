import { describe, expect, it } from "vitest";
import { evaluate, onlySite } from "../support/fixture.js";

// Fixture: grid `us` 400 gCO2e/kWh and 2 L/kWh off-site; `fr` 50 g and 3 L; cooling air-evaporative WUE 0.5 L/kWh
// (temperate), closed-loop-liquid 0; gas turbines 10 MMBtu/MWh × 53 kgCO2/MMBtu, NOx 0.5 kg/MWh, PM2.5 0.03 kg/MWh.
const site = (fields: Record<string, unknown>) =>
  onlySite(
    evaluate({
      sites: [{ id: "s", accelerator: "h100", power: "100 MW", pue: 1.25, utilisation: 0.8, ...fields }],
    }),
  );

describe("operational footprint of a site", () => {
  it("counts location-based carbon on the grid's intensity", () => {
    const s = site({ grid: "us", cooling: "air-evaporative" });
    expect(s.energyMWh).toBeCloseTo(700_800, 6);
    expect(s.co2eTonnes).toBeCloseTo(700_800 * 0.4, 3);
  });

  it("lowers market-based carbon by the contracted renewable share, never location-based", () => {
    const s = site({ grid: "us", renewableShare: "60%" });
    expect(s.co2eMarketBasedTonnes).toBeCloseTo(700_800 * 0.4 * 0.4, 3);
    expect(s.co2eTonnes).toBeCloseTo(700_800 * 0.4, 3);
  });

  it("counts on-site water on IT energy by cooling and climate, off-site water on generation", () => {
    const s = site({ grid: "us", cooling: "air-evaporative" });
    expect(s.waterOnSiteLitres).toBeCloseTo((700_800 / 1.25) * 1000 * 0.5, 0);
    expect(s.waterOffSiteLitres).toBeCloseTo(700_800 * 1000 * 2, 0);
    expect(s.waterLitres).toBeCloseTo(s.waterOnSiteLitres + s.waterOffSiteLitres, 0);
    expect(site({ grid: "us", cooling: "closed-loop-liquid" }).waterOnSiteLitres).toBe(0);
    expect(
      site({ grid: "us", cooling: "air-evaporative", climate: "hot-dry" }).waterOnSiteLitres,
    ).toBeCloseTo(4 * s.waterOnSiteLitres, 0);
  });

  it("reports WUE as on-site water over IT energy, the figure operators publish, whatever the grid or load", () => {
    const s = site({ grid: "us", cooling: "air-evaporative" });
    // On-site litres over IT kWh (facility MWh / PUE × 1000): the fixture's 0.5 L/kWh, off-site water left out.
    expect(s.wueLPerKWh).toBeCloseTo(s.waterOnSiteLitres / ((s.energyMWh / 1.25) * 1000), 9);
    expect(s.wueLPerKWh).toBeCloseTo(0.5, 9);
    expect(site({ grid: "fr", cooling: "air-evaporative", utilisation: 0.3 }).wueLPerKWh).toBeCloseTo(0.5, 9);
    expect(site({ grid: "us", cooling: "closed-loop-liquid" }).wueLPerKWh).toBe(0);
  });

  it("burns gas on site for the turbines' share: CO2 from heat rate, NOx and PM2.5 per MWh", () => {
    const s = site({ grid: "fr", onSiteGenerationShare: "25%" });
    const gasMWh = 700_800 * 0.25;
    expect(s.co2eOnSiteTonnes).toBeCloseTo((gasMWh * 10 * 53) / 1000, 3);
    expect(s.co2eTonnes).toBeCloseTo(s.co2eOnSiteTonnes + (700_800 - gasMWh) * 0.05, 3);
    expect(s.noxKg).toBeCloseTo(gasMWh * 0.5, 3);
    expect(s.pm25Kg).toBeCloseTo(gasMWh * 0.03, 3);
    expect(s.waterOffSiteLitres).toBeCloseTo((700_800 - gasMWh) * 1000 * 3, 0);
  });

  it("lets primary turbines carry the site's average draw up to their capacity", () => {
    // big-site: 1,000 MW, design overhead 1, load factor 0.8 -> 800 MW average; 250 MW of primary gas turbines.
    const s = onlySite(evaluate({ sites: [{ id: "big-site" }] }));
    expect(s.co2eOnSiteTonnes).toBeCloseTo((s.energyMWh * (250 / 800) * 10 * 53) / 1000, 3);
    expect(s.onSiteGeneration?.role).toBe("primary");
  });

  it("shows pollutants with the plant's control and uncontrolled, at the same energy", () => {
    const s = onlySite(evaluate({ sites: [{ id: "big-site" }] }));
    const mwh = s.onSiteGeneration?.energyMWh ?? 0;
    // Fixture factors: controlled NOx 0.5 kg/MWh, uncontrolled 1.6 kg/MWh.
    expect(s.onSiteGeneration?.noxKg).toBeCloseTo(mwh * 0.5, 3);
    expect(s.onSiteGeneration?.uncontrolled.noxKg).toBeCloseTo(mwh * 1.6, 3);
  });

  it("amortises embodied carbon over the hardware's and the building's lives", () => {
    const s = site({ grid: "us" });
    // 80,000 accelerators × 1 t over 5 years, plus 80 MW of IT × 1,000 t/MW over 20 years.
    expect(s.co2eEmbodiedTonnes).toBeCloseTo(80_000 / 5 + (80 * 1000) / 20, 6);
  });

  it("lists every assumption it used, each with a value and a source", () => {
    const r = evaluate({ sites: [{ id: "s", power: "1 GW" }] });
    const names = r.assumptions.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "parameters.itLoadFactorMixed",
        "sites.s.siteType",
        "sites.s.accelerator",
        "sites.s.cooling",
      ]),
    );
    for (const a of r.assumptions) expect(a.source.length).toBeGreaterThan(0);
  });
});
