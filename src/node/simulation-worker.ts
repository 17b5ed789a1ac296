// A worker thread that runs a range of trials for parallel-simulation.ts and sends the raw batch back.
import { parentPort, workerData } from "node:worker_threads";
import { type RunSimulationSpec, simulateTrials } from "../core/index.js";

const { spec, seed, from, to } = workerData as {
  spec: RunSimulationSpec;
  seed: number;
  from: number;
  to: number;
};
const batch = simulateTrials(spec, seed, from, to);
parentPort?.postMessage(batch, [
  batch.wallS.buffer as ArrayBuffer,
  batch.interruptions.buffer as ArrayBuffer,
  batch.counts.buffer as ArrayBuffer,
]);
