import type { RunReliability } from "../reliability/job-reliability.js";
import type { SimulationSummary } from "./simulate.js";

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
