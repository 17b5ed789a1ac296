import {
  type RunSimulation,
  type RunSimulationSpec,
  type SimulationOptions,
  simulateTrials,
} from "./simulate-run.js";
import { summariseTrials } from "./summarise.js";

/**
 * Monte-Carlo simulation of a synchronous training run, event by event: interruptions arrive as Poisson processes
 * by class; checkpoints are taken every `intervalS` of compute and cost `writeS`; an unplanned failure loses the work
 * since the last checkpoint, a planned one costs a checkpoint; every interruption costs a restart, which a failure can
 * itself interrupt (Daly 2006's assumptions, so the mean agrees with his expectation). Checkpoints between
 * interruptions are counted arithmetically rather than as events: a run's cost grows with its interruptions only.
 */
export function simulateRun(spec: RunSimulationSpec, options: SimulationOptions): RunSimulation {
  return summariseTrials(
    spec,
    simulateTrials(spec, options.seed, 0, options.trials, options.onProgress),
    options.seed,
  );
}
