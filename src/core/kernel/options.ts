import type { RunSimulation, RunSimulationSpec, SimulationOptions } from "../simulation/simulate-run.js";

/** How to evaluate a scenario: with `trials`, training runs are also simulated (Monte-Carlo, seeded). */
export interface EvaluateOptions {
  readonly trials?: number;
  readonly seed?: number;
  /** Also simulate a day of each serving workload, second by second (seeded by `seed`). */
  readonly simulateDay?: boolean;
  /** Progress of the simulations, for a progress bar: trials done and in all, per workload. */
  readonly onProgress?: (workload: string, done: number, total: number) => void;
  /** Also give each result object `ranges`: the 80% range of each figure the uncertain inputs move. */
  readonly ranges?: boolean;
  /**
   * Runs one Monte-Carlo simulation (default: simulation/simulateRun on this thread). An adapter passes its own to
   * spread the trials over threads; it must give the same result for the same seed.
   */
  readonly simulate?: (spec: RunSimulationSpec, options: SimulationOptions) => RunSimulation;
}
