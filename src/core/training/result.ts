import type { RunSync } from "../distributed/plan-sync.js";
import type { Ranges } from "../kernel/range.js";
import type { RunReliability } from "../reliability/job-reliability.js";
import type { SimulationSummary } from "./simulate.js";

/** Per site of a run: its accelerators and what they use and cost over the run. */
export interface SiteShare {
  readonly accelerators: number;
  readonly energyMWh: number;
  readonly co2eTonnes: number;
  readonly waterLitres: number;
  readonly costUSD: number;
}

export interface TrainingResult {
  readonly kind: "training";
  readonly sites: readonly string[];
  readonly trainingFLOP: number;
  readonly accelerators: number;
  readonly days: number;
  readonly acceleratorHours: number;
  readonly mfu: number;
  readonly goodput: number;
  /** Expected interruptions over the run's wall-clock time, all classes and by class (when the run's size is known). */
  readonly interruptions?: number;
  readonly interruptionsByClass?: Readonly<Record<string, number>>;
  /** Expected interruptions per day of wall-clock time, all and unexpected only (as Llama 3 reports them). */
  readonly interruptionsPerDay?: number;
  readonly unexpectedInterruptionsPerDay?: number;
  readonly interruptionsPerDayByClass?: Readonly<Record<string, number>>;
  /** Mean time between unexpected interruptions of the whole job. */
  readonly mtbfHours?: number;
  readonly checkpointIntervalMinutes?: number;
  readonly checkpointWriteSeconds?: number;
  readonly restartMinutes?: number;
  /** What a reader must know about the result: a job that mostly restarts, a run that never finishes. */
  readonly warnings?: readonly string[];
  /** 80% ranges of the figures uncertain inputs move, when asked for (`ranges: true`). */
  readonly ranges?: Ranges;
  /** How the sites keep in step, for a run over several sites. */
  readonly sync?: RunSync;
  /** The Monte-Carlo simulation of the run, when trials were asked for. */
  readonly simulation?: SimulationSummary;
  readonly energyMWh: number;
  readonly itEnergyMWh: number;
  readonly co2eTonnes: number;
  readonly co2eMarketBasedTonnes: number;
  readonly co2eEmbodiedTonnes: number;
  readonly waterLitres: number;
  readonly costUSD: number;
  readonly bySite: Readonly<Record<string, SiteShare>>;
}

/** What a reader must know about a training result: a job that mostly restarts, runs that never finished. */
export function warningsOf(
  r: RunReliability | undefined,
  sim: SimulationSummary | undefined,
  more: readonly string[],
): string[] {
  const out = [...(r?.warnings ?? []), ...more];
  if (sim && sim.unfinished > 0) {
    out.push(
      `${sim.unfinished} of ${sim.trials} simulated runs had not finished after ten times the expected duration`,
    );
  }
  return out;
}

/** The reliability keys of a result, with interruption counts over the run's wall-clock days. */
export function reliabilityFields(r: RunReliability, days: number) {
  const byClass: Record<string, number> = {};
  for (const id in r.interruptionsPerDayByClass)
    byClass[id] = (r.interruptionsPerDayByClass[id] as number) * days;
  const fields: {
    interruptions: number;
    interruptionsPerDay: number;
    unexpectedInterruptionsPerDay: number;
    interruptionsByClass: Record<string, number>;
    interruptionsPerDayByClass: Readonly<Record<string, number>>;
    mtbfHours?: number;
    checkpointIntervalMinutes?: number;
    checkpointWriteSeconds: number;
    restartMinutes: number;
  } = {
    interruptions: r.interruptionsPerDay * days,
    interruptionsPerDay: r.interruptionsPerDay,
    unexpectedInterruptionsPerDay: r.unexpectedInterruptionsPerDay,
    interruptionsByClass: byClass,
    interruptionsPerDayByClass: r.interruptionsPerDayByClass,
    checkpointWriteSeconds: r.checkpointWriteSeconds,
    restartMinutes: r.restartMinutes,
  };
  // With no unexpected failures there is no mean time between them, nor an optimum interval: leave them out.
  if (Number.isFinite(r.mtbfHours)) fields.mtbfHours = r.mtbfHours;
  if (Number.isFinite(r.checkpointIntervalMinutes))
    fields.checkpointIntervalMinutes = r.checkpointIntervalMinutes;
  return fields;
}
