// A worker thread that runs a range of trials for parallel-simulation.ts and sends the raw batch back, counting
// the trials it has done in a shared array so the main thread can show progress while it waits.
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { type RunSimulationSpec, simulateTrials } from "../core/index.js";

const { spec, seed, from, to, index, progress, port } = workerData as {
  spec: RunSimulationSpec;
  seed: number;
  from: number;
  to: number;
  /** Slot of this worker in `progress`; slot 0 counts finished workers and wakes the waiting thread. */
  index?: number;
  progress?: Int32Array;
  port?: MessagePort;
};
const report =
  progress && index !== undefined
    ? (done: number) => {
        Atomics.store(progress, index, done);
        Atomics.notify(progress, 0);
      }
    : undefined;
const batch = simulateTrials(spec, seed, from, to, report);
const transfer = [
  batch.wallS.buffer as ArrayBuffer,
  batch.interruptions.buffer as ArrayBuffer,
  batch.counts.buffer as ArrayBuffer,
];
(port ?? parentPort)?.postMessage(batch, transfer);
if (progress) {
  Atomics.add(progress, 0, 1);
  Atomics.notify(progress, 0);
}
