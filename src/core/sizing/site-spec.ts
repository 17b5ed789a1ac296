import type { Climate, GenerationRole } from "../catalog/index.js";
import type { FleetPart } from "./fleet.js";

export type SiteType = "training" | "inference" | "mixed";

/** Emission factors of on-site gas turbines, kg per MWh generated. */
export interface EmissionFactors {
  readonly noxKgPerMWh: number;
  readonly coKgPerMWh: number;
  readonly pm25KgPerMWh: number;
  readonly formaldehydeKgPerMWh: number;
}

/** Yearly caps of an air permit, tonnes. */
export interface PermitCaps {
  readonly name: string;
  readonly noxTonnes?: number;
  readonly coTonnes?: number;
  readonly pm25Tonnes?: number;
  readonly formaldehydeTonnes?: number;
}

export interface OnSiteSpec {
  readonly role: GenerationRole;
  readonly capacityMW: number;
  readonly control: string;
  readonly factors: EmissionFactors;
  readonly uncontrolled: EmissionFactors;
  readonly permit: PermitCaps | undefined;
}

export type Interval = readonly [number, number];

/** The inputs' 80% ranges (absent where the catalog gives none: the point is used). */
export interface InputRanges {
  /** The annual PUE's (a user's own PUE has none). */
  readonly pue: Interval;
  readonly designOverhead: Interval;
  readonly utilisation: Interval;
  readonly itPowerPerAcceleratorW: Interval;
  readonly acceleratorPriceUSD: Interval;
  readonly networkCapexShareOfIT: Interval;
  readonly powerCoolingCapexUSDPerMW: Interval;
  readonly shellCapexUSDPerMW: Interval;
}

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
  /** Annual-average PUE: energy over the year. */
  readonly pue: number;
  /** Facility power per MW of IT over the annual PUE: the design (peak) overhead a stated power must carry. */
  readonly designOverhead: number;
  /** What the site mostly runs, which sets its load factor. */
  readonly siteType: SiteType;
  /** Average IT draw over a year / provisioned critical IT (the site type's load factor, or the user's). */
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
  /** What on-site generation is for, with its emission factors (the site's control and uncontrolled) and permit caps. */
  readonly onSite: OnSiteSpec | undefined;
  /** A mixed fleet's parts (the per-accelerator figures above are then their count-weighted means). */
  readonly fleet: readonly FleetPart[] | undefined;
  /** BF16 compute of one accelerator in H100s, so sites of different generations compare. */
  readonly h100Equivalent: number;
  /** The industry's all-in capex per GW of facility power (p10, point, p90), for generations it describes. */
  readonly capexAllInUSDPerGW:
    | { readonly p10: number; readonly value: number; readonly p90: number }
    | undefined;
  /** 80% ranges of the inputs whose uncertainty the site's ranges carry, as [p10, p90]. */
  readonly inputRanges: InputRanges;
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
