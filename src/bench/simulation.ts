// `npm run bench` (second part): the training simulator's speed. Figures go to bench/RESULTS.md.
//  1. the core event loop, events per second on one core, beside SimPy on the same model (bench/simpy_training.py);
//  2. a Llama-3-scale run (16,384 H100, 405B) with 1,000 trials, through the whole scenario path;
//  3. a 1-million-accelerator, 5-site, one-year run with 1,000 trials on worker threads.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import {
  evaluateScenario,
  optimalCheckpointIntervalS,
  parseScenario,
  type RunSimulationSpec,
  simulateRun,
} from "../core/index.js";
import { loadCatalog } from "../node/data-files.js";
import { simulateRunInParallel } from "../node/parallel-simulation.js";
import { machine, writeSection } from "./results-file.js";

const fmt = (v: number) => Math.round(v).toLocaleString("en-US");
const seconds = (v: number) => `${v.toFixed(2)} s`;

// 1. The event loop, on the model bench/simpy_training.py also implements.
const MTBF = 3600;
const loopSpec: RunSimulationSpec = {
  computeS: 365 * 86400,
  intervalS: optimalCheckpointIntervalS(30, MTBF),
  writeS: 30,
  restartS: 600,
  classes: [
    { id: "failure", perS: 1 / MTBF, planned: false },
    { id: "maintenance", perS: 1 / 86400, planned: true },
  ],
  outages: [],
  maxWallS: 100 * 365 * 86400,
};
// Warm-up until the JIT has settled (the loop reaches steady speed after about a million events), then measure.
for (const seed of [101, 102, 103]) simulateRun(loopSpec, { trials: 200, seed });
const loopRuns = [1, 2, 3].map((seed) => {
  const start = performance.now();
  const r = simulateRun(loopSpec, { trials: 200, seed });
  return r.events / ((performance.now() - start) / 1000);
});
const eventsPerS = [...loopRuns].sort((a, b) => a - b)[1] as number;

const simpyScript = fileURLToPath(new URL("../../bench/simpy_training.py", import.meta.url));
const simpy = spawnSync("/usr/bin/python3", [simpyScript, "10", "1"], { encoding: "utf8" });
let simpyLine: string;
let ratio = "";
if (simpy.status === 0) {
  const [events, secs] = simpy.stdout.trim().split(/\s+/).map(Number);
  const simpyPerS = (events ?? 0) / (secs ?? 1);
  simpyLine = `| SimPy 2 (Debian python3-simpy), same model, 10 trials | ${fmt(simpyPerS)} | |`;
  ratio = `gigawatt is ${(eventsPerS / simpyPerS).toFixed(0)} times faster (target 30).`;
} else {
  simpyLine = "| SimPy: not measured (install Debian's python3-simpy) | | |";
}

// 2. Llama-3 scale, 1,000 trials, through the scenario path (sizing, MFU, reliability, simulation).
const catalog = loadCatalog();
const llama = parseScenario({
  sites: [{ id: "meta", accelerator: "h100-sxm", accelerators: 16384 }],
  workloads: [{ name: "llama-405b", kind: "training", model: { parameters: "405B", tokens: "15.6T" } }],
});
evaluateScenario(llama, catalog, { trials: 50, seed: 1 });
const llamaStart = performance.now();
const llamaWorkload = evaluateScenario(llama, catalog, { trials: 1000, seed: 1 }).workloads["llama-405b"];
const llamaResult = llamaWorkload?.kind === "training" ? llamaWorkload : undefined;
const llamaS = (performance.now() - llamaStart) / 1000;

// 3. One million H100 in five sites, one synchronous job for a year, with the catalog's failure rates and restarts
// of one minute (in-memory checkpoints): about 1,000 interruptions a day.
const big = parseScenario({
  sites: [1, 2, 3, 4, 5].map((i) => ({ id: `site-${i}`, accelerator: "h100-sxm", accelerators: 200_000 })),
  links: [1, 2, 3, 4, 5].map((i) => ({
    between: [`site-${i}`, `site-${(i % 5) + 1}`],
    bandwidth: "100 Tbps",
    latency: "10 ms",
  })),
  workloads: [
    {
      name: "million",
      kind: "training",
      model: { parameters: "2T", activeParameters: "250B", tokens: "60T" },
      checkpoint: { restart: "1 min" },
      sync: { strategy: "sync-hierarchical" },
    },
  ],
});
const bigEstimate = evaluateScenario(big, catalog).workloads.million;
if (bigEstimate?.kind !== "training" || !bigEstimate.mtbfHours || !bigEstimate.checkpointIntervalMinutes) {
  throw new Error("benchmark scenario lost its reliability figures");
}
const rates = Object.entries(bigEstimate.interruptionsByClass ?? {}).map(([id, n]) => ({
  id,
  perS: n / (bigEstimate.days * 86400),
  planned: id === "planned-maintenance",
}));
const bigSpec: RunSimulationSpec = {
  computeS: 365 * 86400 * bigEstimate.goodput,
  intervalS: bigEstimate.checkpointIntervalMinutes * 60,
  writeS: bigEstimate.checkpointWriteSeconds ?? 0,
  restartS: (bigEstimate.restartMinutes ?? 1) * 60,
  classes: rates,
  outages: [],
  maxWallS: 10 * 365 * 86400,
};
const cores = availableParallelism();
const bigStart = performance.now();
const bigResult = await simulateRunInParallel(bigSpec, { trials: 1000, seed: 1, workers: cores });
const bigS = (performance.now() - bigStart) / 1000;

const report = `## Training simulation

Machine: ${machine()}. Source: src/bench/simulation.ts, bench/simpy_training.py.

| what | figure | target |
| --- | --- | --- |
| event loop, interruptions per second, one core (median of 3 runs of 200 one-year trials, after 3 warm-up runs) | ${fmt(eventsPerS)} | 20,000,000 |
${simpyLine}
| Llama-3 scale: 16,384 H100, 405B, 1,000 trials, whole scenario path | ${seconds(llamaS)} (${fmt(llamaResult?.simulation?.interruptions.mean ?? 0)} interruptions per trial) | under 1 s |
| 1M H100 in 5 sites, one year, 1,000 trials, ${cores} worker threads | ${seconds(bigS)} (${fmt(bigResult.events)} events) | under 10 s |

${ratio} The SimPy model is the same process (bench/simpy_training.py): one SimPy event per interruption and per
restart, against one loop iteration per interruption here; checkpoints between interruptions are counted
arithmetically in both.
`;
writeSection("simulation", report);
process.stdout.write(report);
