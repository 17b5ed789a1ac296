import type { FailureScale } from "../catalog/index.js";

/** One class of interruption at its rate per 1,000 unit-days (from data/reliability.yaml or a site override). */
export interface FailureRate {
  readonly id: string;
  readonly scalesWith: FailureScale;
  readonly ratePer1000UnitDays: number;
  readonly planned: boolean;
}

/** A share of a job on one site: its accelerators, how many share a server, and the site's failure rates. */
export interface ReliabilityPool {
  readonly accelerators: number;
  readonly acceleratorsPerNode: number;
  readonly rates: readonly FailureRate[];
  /** Year the pool's accelerator first shipped: recovery practice follows the hardware's era. */
  readonly hardwareYear?: number;
}

export interface InterruptionRates {
  /** Interruptions per hour of wall-clock time, by class id, summed over the job's pools. */
  readonly perHourByClass: Readonly<Record<string, number>>;
  readonly unplannedPerHour: number;
  readonly plannedPerHour: number;
}

/**
 * Interruption rates of a synchronous job: every failure anywhere stops the whole job, so rates add over units and
 * pools. Accelerator- and node-scaled classes grow with the job; a job-scaled class (planned maintenance windows)
 * counts once, at the highest rate any pool declares.
 */
export function interruptionRates(pools: readonly ReliabilityPool[]): InterruptionRates {
  const perHourByClass: Record<string, number> = {};
  const jobScaled: Record<string, number> = {};
  let unplanned = 0;
  let planned = 0;
  for (const pool of pools) {
    const nodes = Math.ceil(pool.accelerators / pool.acceleratorsPerNode);
    for (const r of pool.rates) {
      const perUnitHour = r.ratePer1000UnitDays / 1000 / 24;
      if (r.scalesWith === "job") {
        jobScaled[r.id] = Math.max(jobScaled[r.id] ?? 0, perUnitHour);
        continue;
      }
      const perHour = perUnitHour * (r.scalesWith === "accelerator" ? pool.accelerators : nodes);
      perHourByClass[r.id] = (perHourByClass[r.id] ?? 0) + perHour;
      if (r.planned) planned += perHour;
      else unplanned += perHour;
    }
  }
  for (const pool of pools) {
    for (const r of pool.rates) {
      if (r.scalesWith !== "job" || perHourByClass[r.id] !== undefined) continue;
      const perHour = jobScaled[r.id] ?? 0;
      perHourByClass[r.id] = perHour;
      if (r.planned) planned += perHour;
      else unplanned += perHour;
    }
  }
  return { perHourByClass, unplannedPerHour: unplanned, plannedPerHour: planned };
}
