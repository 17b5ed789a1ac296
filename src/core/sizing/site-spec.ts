import type { Climate } from "../catalog/index.js";

/** A site with every figure resolved to a number: what the sizing and footprint models read. */
export interface SiteSpec {
  readonly id: string;
  readonly name: string;
  readonly acceleratorId: string;
  /** How the site is sized; the other given figures are checked against the result. */
  readonly basis:
    | { readonly kind: "power"; readonly facilityPowerW: number }
    | { readonly kind: "accelerators"; readonly count: number }
    | { readonly kind: "budget"; readonly budgetUSD: number };
  /** Figures stated alongside the basis (a headline's budget, a project's announced accelerators), to check. */
  readonly claimed: {
    readonly facilityPowerW?: number;
    readonly accelerators?: number;
    readonly budgetUSD?: number;
  };
  readonly pue: number;
  readonly utilisation: number;
  readonly itPowerPerAcceleratorW: number;
  readonly acceleratorTdpW: number;
  readonly bf16DenseTFLOPS: number;
  readonly fp8DenseTFLOPS: number | undefined;
  readonly acceleratorPriceUSD: number;
  readonly acceleratorEmbodiedKgCO2e: number;
  readonly carbonIntensityGPerKWh: number;
  readonly gridWaterLitresPerKWh: number;
  readonly electricityPriceUSDPerMWh: number;
  readonly climate: Climate;
  readonly onSiteWueLitresPerKWh: number;
  readonly renewableShare: number;
  readonly onSiteGenerationShare: number;
  readonly timezone: string | undefined;
}

/** Model defaults from data/parameters.yaml, as plain numbers. */
export interface CostAndFootprintParameters {
  readonly shellCapexUSDPerMW: number;
  readonly powerCoolingCapexUSDPerMW: number;
  readonly networkCapexShareOfIT: number;
  readonly maintenanceShareOfFacilityCapexPerYear: number;
  readonly staffPerMW: number;
  readonly staffCostUSDPerYear: number;
  readonly acceleratorLifetimeYears: number;
  readonly facilityLifetimeYears: number;
  readonly costOfCapital: number;
  readonly buildingEmbodiedKgCO2ePerMW: number;
  readonly gasTurbineHeatRateMMBtuPerMWh: number;
  readonly naturalGasCO2KgPerMMBtu: number;
  readonly gasTurbineNOxKgPerMWh: number;
  readonly gasTurbinePM25KgPerMWh: number;
}
