import type { Ranges } from "../kernel/range.js";
import type { Check } from "./claim-checks.js";
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
  readonly pue: number;
  readonly peakPFLOPS: number;
  readonly peakFp8PFLOPS?: number;
  readonly capexUSD: number;
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
  readonly noxKg: number;
  readonly pm25Kg: number;
  readonly checks: readonly Check[];
  /** 80% ranges of the figures uncertain inputs move, when asked for (`ranges: true`). */
  readonly ranges?: Ranges;
}
