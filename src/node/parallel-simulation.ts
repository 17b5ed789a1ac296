import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  type RunSimulation,
  type RunSimulationSpec,
  summariseTrials,
  type TrialBatch,
} from "../core/index.js";

const WORKER = new URL("./simulation-worker.js", import.meta.url);

/**
 * Runs a simulation's trials on worker threads, one contiguous range each, and merges them. Each trial draws from
 * its own seeded stream, so the result is the same as `simulateRun` on one thread.
 */
export async function simulateRunInParallel(
  spec: RunSimulationSpec,
  options: { trials: number; seed: number; workers?: number },
): Promise<RunSimulation> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), options.trials));
  const per = Math.ceil(options.trials / workers);
  const ranges = Array.from(
    { length: workers },
    (_, i) => [i * per, Math.min(options.trials, (i + 1) * per)] as const,
  ).filter(([from, to]) => to > from);
  const batches = await Promise.all(
    ranges.map(
      ([from, to]) =>
        new Promise<TrialBatch>((resolve, reject) => {
          const w = new Worker(WORKER, { workerData: { spec, seed: options.seed, from, to } });
          w.once("message", (b: TrialBatch) => {
            resolve(b);
            void w.terminate();
          });
          w.once("error", reject);
        }),
    ),
  );
  return summariseTrials(spec, batches, options.seed);
}
