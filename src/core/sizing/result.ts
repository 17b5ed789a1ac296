import type { GenerationRole } from "../catalog/index.js";
import type { Ranges } from "../kernel/range.js";
import type { Check } from "./claim-checks.js";
import type { PermitCaps, SiteType } from "./site-spec.js";
import type { CapexBreakdown, OpexBreakdown } from "./size-site.js";

/** One site's yearly picture. Keys end with their unit (PRODUCT.md, Results). */
export interface SiteResult {
  readonly name: string;
  readonly project?: string;
  readonly accelerator: string;
  readonly basis: "power" | "accelerators" | "budget";
  readonly accelerators: number;
  readonly facilityPowerMW: number;
  readonly itPowerMW: number;
  readonly averageFacilityPowerMW: number;
  /** Draw with every accelerator at its rating, at the annual PUE: what the site needs to run flat out. */
  readonly fullLoadPowerMW: number;
  /** Critical IT the facility is built for (nameplate over the design overhead). */
  readonly provisionedItMW: number;
  /** Annual-average PUE (energy). */
  readonly pue: number;
  /** Facility power per MW of critical IT over the annual PUE (sizing from power). */
  readonly designOverhead: number;
  readonly siteType: SiteType;
  /** Average IT draw over provisioned critical IT (the site type's load factor, or the user's). */
  readonly utilisation: number;
  /** BF16 compute in H100s, beside the raw count. */
  readonly h100Equivalents: number;
  /** A mixed fleet sized per accelerator: each part's count, IT power and H100-equivalents. */
  readonly fleet?: readonly {
    readonly accelerator: string;
    readonly accelerators: number;
    readonly itPowerMW: number;
    readonly h100Equivalents: number;
  }[];
  readonly peakPFLOPS: number;
  readonly peakFp8PFLOPS?: number;
  /** Capex as the industry states it where that applies, else bottom-up (the range shows both views). */
  readonly capexUSD: number;
  /** Capex as the sum of its sourced parts. */
  readonly capexBottomUpUSD: number;
  readonly capex: CapexBreakdown;
  readonly opexUSDPerYear: number;
  readonly opex: OpexBreakdown;
  readonly costUSDPerAcceleratorHour: number;
  /** Yearly facility energy at the average load. */
  readonly energyMWh: number;
  readonly co2eTonnes: number;
  readonly co2eMarketBasedTonnes: number;
  readonly co2eOnSiteTonnes: number;
  readonly co2eEmbodiedTonnes: number;
  readonly waterLitres: number;
  readonly waterOnSiteLitres: number;
  readonly waterOffSiteLitres: number;
  /**
   * Water-use effectiveness: on-site water consumed per kWh of IT energy, litres (The Green Grid's WUE), the figure
   * operators publish, so a site compares with an operator's statement.
   */
  readonly wueLPerKWh: number;
  readonly noxKg: number;
  readonly pm25Kg: number;
  readonly coKg: number;
  readonly formaldehydeKg: number;
  /** On-site fuel-burning generation: its role, energy and pollutants with its control and uncontrolled, beside its permit. */
  readonly onSiteGeneration?: OnSiteGenerationResult;
  readonly checks: readonly Check[];
  /**
   * 80% ranges of the key figures, same units as their keys: the site model's own (capex with its two views, power,
   * energy), replaced by the propagated ones when the scenario is evaluated with `ranges: true`.
   */
  readonly ranges?: Ranges;
}

export interface Pollutants {
  readonly noxKg: number;
  readonly coKg: number;
  readonly pm25Kg: number;
  readonly formaldehydeKg: number;
}

export interface OnSiteGenerationResult extends Pollutants {
  readonly role: GenerationRole;
  readonly capacityMW: number;
  readonly energyMWh: number;
  readonly control: string;
  readonly uncontrolled: Pollutants;
  readonly permit?: PermitCaps;
}
