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
}
