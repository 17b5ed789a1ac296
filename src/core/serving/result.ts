import type { Ranges } from "../kernel/range.js";
import type { DayResult } from "./simulate-day.js";

/** A served model's capacity, footprint and cost (PRODUCT.md: acceleratorsNeeded, usersServable ...). */
export interface ServingResult {
  readonly kind: "serving";
  readonly sites: readonly string[];
  readonly users: number;
  readonly requestsPerDay: number;
  /** Accelerators busy at the day's peak, in whole replicas, and those the sites have. */
  readonly acceleratorsNeeded: number;
  readonly acceleratorsAvailable: number;
  readonly acceleratorsPerReplica: number;
  /** Users the sites' accelerators can serve at the same use. */
  readonly usersServable: number;
  readonly acceleratorHoursPerDay: number;
  readonly decodeTokensPerSPerAccelerator: number;
  readonly decodeBatch: number;
  readonly latencyMsPerToken: number;
  readonly prefillTokensPerSPerAccelerator: number;
  readonly prefillTokensPerSPerAcceleratorWithCacheHits: number;
  readonly acceleratorSecondsPerRequest: number;
  /** Output tokens per second per accelerator with prefill counted, as max-throughput benchmarks report it. */
  readonly outputTokensPerSPerAccelerator: number;
  readonly energyWhPerRequest: number;
  /** Location-based carbon and all water (on-site cooling and the power plants'), per request. */
  readonly co2eGramsPerRequest: number;
  readonly waterMlPerRequest: number;
  /** Market-based carbon (contracts counted) and on-site water only, per request: Google's per-prompt boundary. */
  readonly co2eMarketBasedGramsPerRequest: number;
  readonly waterOnSiteMlPerRequest: number;
  readonly costUSDPerRequest: number;
  readonly costUSDPerUserMonth: number;
  /** Per year. */
  readonly energyMWh: number;
  readonly co2eTonnes: number;
  readonly waterLitres: number;
  /** Busy accelerators in each UTC hour (0-23), when regions or briefings are given: a chart of the day. */
  readonly hourlyBusyAccelerators?: readonly number[];
  readonly peakHourUtc?: number;
  /** The quietest hour's load over the peak's: how deep the trough is that scheduled work can fill. */
  readonly troughToPeak?: number;
  /** With briefings or batch: accelerators chat alone needs at its peak, and the share of the scheduled work that
   * runs under that peak, in the troughs chat leaves (1: the scheduled work needs no extra accelerator). */
  readonly chatPeakAccelerators?: number;
  readonly scheduledInTroughShare?: number;
  readonly briefingsPerDay?: number;
  /** Accelerator-hours a day of the batch jobs, when given. */
  readonly batchAcceleratorHoursPerDay?: number;
  /** The day simulated second by second, when asked: chat latency percentiles, briefings on time, utilisation. */
  readonly daySimulation?: DayResult;
  /** Facility power the peak needs, and when the operator's announced sites reach it (if all of it served this). */
  readonly neededMW: number;
  readonly capacityDate?: string;
  readonly operatorAnnouncedMW?: number;
  readonly acceleratorSecondsPerBriefing?: number;
  readonly energyWhPerBriefing?: number;
  /** Share of the day's accelerator time spent on briefings. */
  readonly briefingShareOfWork?: number;
  /** Per subscription tier, when given: what a user costs against what the user pays. */
  readonly tiers?: readonly TierResult[];
  readonly warnings?: readonly string[];
  /** 80% ranges of the figures uncertain inputs move, when asked for (`ranges: true`). */
  readonly ranges?: Ranges;
}

export interface TierResult {
  readonly name: string;
  readonly users: number;
  readonly pricePerMonthUSD: number;
  readonly costUSDPerUserMonth: number;
  readonly marginUSDPerUserMonth: number;
  /** Whether the price covers the serving cost. */
  readonly covered: boolean;
}
