import type { CostAndFootprintParameters, SiteSpec } from "../sizing/site-spec.js";

/**
 * Embodied carbon per year: accelerators (with their server share) over their depreciation life, and the building
 * with its electrical and mechanical plant over the facility's life (straight-line amortisation).
 */
export function embodiedTonnesPerYear(
  accelerators: number,
  provisionedItMW: number,
  site: SiteSpec,
  p: CostAndFootprintParameters,
): { hardware: number; building: number; total: number } {
  const hardware = (accelerators * site.acceleratorEmbodiedKgCO2e) / 1000 / p.acceleratorLifetimeYears;
  const building = (provisionedItMW * p.buildingEmbodiedKgCO2ePerMW) / 1000 / p.facilityLifetimeYears;
  return { hardware, building, total: hardware + building };
}
