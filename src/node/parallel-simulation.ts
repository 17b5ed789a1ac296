import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import {
  type RunSimulation,
  type RunSimulationSpec,
  type SimulationOptions,
  simulateRun,
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

/** Below this many trials one thread is quicker than starting workers. */
export const PARALLEL_FROM_TRIALS = 2000;

/**
 * The same simulation as `simulateRun`, run on worker threads while the calling thread waits: the scenario's
 * evaluation is synchronous, so the wait is `Atomics.wait` on a shared counter that the workers bump (progress is
 * reported from it), and the batches are read with `receiveMessageOnPort`. Same seed, same result as one thread.
 */
export function simulateRunOnWorkers(
  spec: RunSimulationSpec,
  options: SimulationOptions & { workers?: number },
): RunSimulation {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), options.trials));
  if (options.trials < PARALLEL_FROM_TRIALS || workers === 1) return simulateRun(spec, options);
  const per = Math.ceil(options.trials / workers);
  const ranges = Array.from(
    { length: workers },
    (_, i) => [i * per, Math.min(options.trials, (i + 1) * per)] as const,
  ).filter(([from, to]) => to > from);
  // Slot 0: workers finished; slot i + 1: trials done by worker i.
  const progress = new Int32Array(new SharedArrayBuffer(4 * (ranges.length + 1)));
  const started = ranges.map(([from, to], i) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER, {
      workerData: { spec, seed: options.seed, from, to, index: i + 1, progress, port: port2 },
      transferList: [port2],
    });
    return { worker, port: port1 };
  });
  try {
    for (;;) {
      const finished = Atomics.load(progress, 0);
      let done = 0;
      for (let i = 1; i < progress.length; i++) done += Atomics.load(progress, i);
      options.onProgress?.(Math.min(done, options.trials), options.trials);
      if (finished === ranges.length) break;
      Atomics.wait(progress, 0, finished, 250);
    }
    const batches = started.map(({ port }) => {
      const received = receiveMessageOnPort(port);
      if (!received) throw new Error("a simulation worker ended without its trials");
      return received.message as TrialBatch;
    });
    return summariseTrials(spec, batches, options.seed);
  } finally {
    for (const { worker, port } of started) {
      port.close();
      void worker.terminate();
    }
  }
}
