import { energyFootprint } from "../footprint/index.js";
import type { CostAndFootprintParameters } from "../sizing/site-spec.js";
import type { SizedSite } from "../sizing/sized-site.js";
import { HOURS_PER_YEAR } from "../units/index.js";
import type { TrainingEstimate, TrainingPool } from "./estimate.js";
import type { SiteShare } from "./result.js";

/** What a run uses and costs, in all and per site: each site's energy on its own grid and cooling, at its own price. */
export interface RunFootprint {
  readonly co2eTonnes: number;
  readonly co2eMarketBasedTonnes: number;
  readonly co2eEmbodiedTonnes: number;
  readonly waterLitres: number;
  readonly costUSD: number;
  readonly bySite: Readonly<Record<string, SiteShare>>;
}

export function runFootprint(
  used: readonly SizedSite[],
  pools: readonly TrainingPool[],
  estimate: TrainingEstimate,
  params: CostAndFootprintParameters,
): RunFootprint {
  const bySite: Record<string, SiteShare> = {};
  let co2e = 0;
  let co2eMarket = 0;
  let embodied = 0;
  let water = 0;
  let cost = 0;
  for (const [i, u] of used.entries()) {
    const pool = pools[i] as TrainingPool;
    const energy = estimate.energyMWhBySite[pool.siteId] ?? 0;
    const fp = energyFootprint(energy, u.resolved.spec, params);
    const hours = pool.accelerators * estimate.days * 24;
    const siteCost = hours * u.sizing.costUSDPerAcceleratorHour;
    // The accelerators' embodied carbon, in the share of their lifetime the run takes.
    embodied +=
      (hours / (params.acceleratorLifetimeYears * HOURS_PER_YEAR)) *
      (u.resolved.spec.acceleratorEmbodiedKgCO2e / 1000);
    co2e += fp.co2eTonnes;
    co2eMarket += fp.co2eMarketBasedTonnes;
    water += fp.waterLitres;
    cost += siteCost;
    bySite[pool.siteId] = {
      accelerators: pool.accelerators,
      energyMWh: energy,
      co2eTonnes: fp.co2eTonnes,
      waterLitres: fp.waterLitres,
      costUSD: siteCost,
    };
  }
  return {
    co2eTonnes: co2e,
    co2eMarketBasedTonnes: co2eMarket,
    co2eEmbodiedTonnes: embodied,
    waterLitres: water,
    costUSD: cost,
    bySite,
  };
}
