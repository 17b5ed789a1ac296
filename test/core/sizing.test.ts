import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalRecoveryFactor } from "../../src/core/index.js";
import { evaluate, onlySite } from "../support/fixture.js";

// Fixture: h100-sxm draws 1,000 W all-in and costs $25,000; parameters: shell $2M/MW, power and cooling $8M/MW,
// network 10% of IT, upkeep 2%/yr, 0.5 staff/MW at $100k, 5-year hardware, 20-year building, 10% cost of capital,
// utilisation 0.8; grid `us` 400 gCO2e/kWh, $80/MWh, 2 L/kWh.
const site = (fields: Record<string, unknown>) =>
  onlySite(evaluate({ sites: [{ id: "s", accelerator: "h100", grid: "us", pue: 1.25, ...fields }] }));

describe("sizing: power, accelerators and money in every direction", () => {
  it("sizes 100 MW of facility power at PUE 1.25 into 80,000 one-kilowatt accelerators", () => {
    const s = site({ power: "100 MW" });
    expect(s.accelerators).toBe(80_000);
    expect(s.itPowerMW).toBeCloseTo(80, 9);
    expect(s.facilityPowerMW).toBe(100);
    expect(s.peakPFLOPS).toBeCloseTo(80_000, 6); // 1,000 TFLOPS each
  });

  it("splits capex into shell, power and cooling, IT hardware and network", () => {
    const s = site({ power: "100 MW" });
    expect(s.capex.landAndShellUSD).toBeCloseTo(80 * 2e6, 0);
    expect(s.capex.powerAndCoolingUSD).toBeCloseTo(80 * 8e6, 0);
    expect(s.capex.itHardwareUSD).toBe(80_000 * 25_000);
    expect(s.capex.networkUSD).toBeCloseTo(0.1 * 80_000 * 25_000, 0);
    expect(s.capexUSD).toBeCloseTo(
      s.capex.landAndShellUSD + s.capex.powerAndCoolingUSD + s.capex.itHardwareUSD + s.capex.networkUSD,
      0,
    );
  });

  it("prices opex from energy at the grid's price, upkeep and staff", () => {
    const s = site({ power: "100 MW" });
    expect(s.opex.energyUSDPerYear).toBeCloseTo(100 * 0.8 * 8760 * 80, 0);
    expect(s.opex.maintenanceUSDPerYear).toBeCloseTo(0.02 * 80 * 10e6, 0);
    expect(s.opex.staffUSDPerYear).toBeCloseTo(80 * 0.5 * 100_000, 0);
  });

  it("costs an accelerator-hour as annualised capital plus opex over the year's hours", () => {
    const s = site({ power: "100 MW" });
    const yearly =
      (s.capex.itHardwareUSD + s.capex.networkUSD) * capitalRecoveryFactor(0.1, 5) +
      (s.capex.landAndShellUSD + s.capex.powerAndCoolingUSD) * capitalRecoveryFactor(0.1, 20) +
      s.opexUSDPerYear;
    expect(s.costUSDPerAcceleratorHour).toBeCloseTo(yearly / (80_000 * 8760), 9);
  });

  it("goes from accelerators back to the same power", () => {
    const s = site({ accelerators: 80_000 });
    expect(s.facilityPowerMW).toBeCloseTo(100, 9);
    expect(s.basis).toBe("accelerators");
  });

  it("buys with a budget no more than it can pay for", () => {
    const s = site({ budget: "$3B" });
    const perAccelerator = 25_000 * 1.1 + 0.001 * 10e6;
    expect(s.accelerators).toBe(Math.floor(3e9 / perAccelerator));
    expect(s.capexUSD).toBeLessThanOrEqual(3e9);
    expect(s.capexUSD).toBeGreaterThan(3e9 - perAccelerator);
  });
});

describe("sizing invariants", () => {
  const power = fc.double({ min: 1, max: 10_000, noNaN: true });

  it("more power never means fewer accelerators", () => {
    fc.assert(
      fc.property(power, power, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(site({ power: `${lo} MW` }).accelerators).toBeLessThanOrEqual(
          site({ power: `${hi} MW` }).accelerators,
        );
      }),
      { numRuns: 50 },
    );
  });

  it("yearly energy is average power × 8,760 h, and costs stay positive and finite", () => {
    fc.assert(
      fc.property(power, fc.double({ min: 0.05, max: 1, noNaN: true }), (mw, utilisation) => {
        const s = site({ power: `${mw} MW`, utilisation });
        expect(s.energyMWh).toBeCloseTo(s.averageFacilityPowerMW * 8760, 6);
        expect(s.averageFacilityPowerMW).toBeCloseTo(mw * utilisation, 9);
        for (const v of [
          s.capexUSD,
          s.opexUSDPerYear,
          s.costUSDPerAcceleratorHour,
          s.co2eTonnes,
          s.waterLitres,
        ]) {
          expect(Number.isFinite(v) && v > 0).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("IT power never exceeds facility power over PUE", () => {
    fc.assert(
      fc.property(power, fc.double({ min: 1, max: 3, noNaN: true }), (mw, pue) => {
        const s = site({ power: `${mw} MW`, pue });
        expect(s.itPowerMW).toBeLessThanOrEqual(mw / pue + 1e-9);
      }),
      { numRuns: 50 },
    );
  });
});
