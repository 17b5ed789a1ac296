import type { Ranges } from "../kernel/range.js";
import type { SiteResult } from "../sizing/result.js";

/** The scenario's sums over its sites. */
export interface Totals {
  readonly accelerators: number;
  readonly facilityPowerMW: number;
  readonly itPowerMW: number;
  readonly peakPFLOPS: number;
  readonly capexUSD: number;
  readonly opexUSDPerYear: number;
  readonly energyMWh: number;
  readonly co2eTonnes: number;
  readonly waterLitres: number;
  readonly ranges?: Ranges;
}

export function totalsOf(sites: readonly SiteResult[]): Totals {
  const sum = (f: (s: SiteResult) => number) => sites.reduce((s, x) => s + f(x), 0);
  return {
    accelerators: sum((s) => s.accelerators),
    facilityPowerMW: sum((s) => s.facilityPowerMW),
    itPowerMW: sum((s) => s.itPowerMW),
    peakPFLOPS: sum((s) => s.peakPFLOPS),
    capexUSD: sum((s) => s.capexUSD),
    opexUSDPerYear: sum((s) => s.opexUSDPerYear),
    energyMWh: sum((s) => s.energyMWh),
    co2eTonnes: sum((s) => s.co2eTonnes),
    waterLitres: sum((s) => s.waterLitres),
  };
}
