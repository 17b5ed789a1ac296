import type { EvaluateOptions } from "../kernel/options.js";
import type { RunReliability } from "../reliability/job-reliability.js";
import {
  combineIndependentSites,
  type RunSimulation,
  type SimulatedOutage,
  simulateRun,
} from "../simulation/index.js";
import type { ResolvedSite } from "../sizing/resolve-site.js";
import { significant } from "../units/index.js";
import type { TrainingEstimate } from "./estimate.js";
import type { RunGoodput } from "./goodput.js";
import type { TrainingInput } from "./schema.js";

export type SimulationSummary = Omit<RunSimulation, "events" | "perTrial">;

/**
 * Simulates a run `trials` times: one synchronous job, or, when sites carry on without each other (DiLoCo), each
 * site as its own job (seeds seed, seed+1 ...) combined trial by trial.
 */
export function simulateTraining(
  name: string,
  computeS: number,
  expectedWallS: number,
  reliability: RunReliability,
  sites: readonly ResolvedSite[],
  outages: readonly SimulatedOutage[],
  options: EvaluateOptions & { trials: number },
): SimulationSummary {
  const seed = options.seed ?? 1;
  const onProgress = options.onProgress;
  // Ten times the expected length: a run that would take longer is reported unfinished, never left running.
  const maxWallS = Math.max(expectedWallS * 10, 86400);
  const one = (r: RunReliability, siteOutagesOf: readonly SimulatedOutage[], s: number, label: string) =>
    (options.simulate ?? simulateRun)(
      {
        computeS,
        intervalS: r.intervalS,
        writeS: r.writeS,
        restartS: r.restartS,
        classes: r.classes,
        outages: siteOutagesOf,
        maxWallS,
      },
      {
        trials: options.trials,
        seed: s,
        ...(onProgress
          ? { onProgress: (done: number, total: number) => onProgress(label, done, total) }
          : {}),
      },
    );
  let sim: RunSimulation;
  if (reliability.perSite && reliability.perSite.length === sites.length) {
    sim = combineIndependentSites(
      reliability.perSite.map((r, i) => {
        const site = sites[i] as ResolvedSite;
        const own = outages.filter((o) => o.siteId === site.spec.id);
        return { sim: one(r, own, (seed + i) >>> 0, `${name} (${site.spec.id})`), share: r.share };
      }),
      computeS,
    );
  } else {
    sim = one(reliability, outages, seed, name);
  }
  const { events: _events, perTrial: _perTrial, ...summary } = sim;
  return summary;
}

/** Interruptions per trial above which a run is not simulated (its trials would take minutes each). */
const MAX_SIMULATED_INTERRUPTIONS = 1e6;

/**
 * The run simulated when trials are asked for and its length is not given; a run expected to see millions of
 * interruptions is left to the analytic figures, with a warning saying so.
 */
export function simulateIfAsked(
  w: TrainingInput,
  estimate: TrainingEstimate,
  run: RunGoodput,
  sites: readonly ResolvedSite[],
  options: EvaluateOptions,
): { readonly simulation?: SimulationSummary; readonly warnings: readonly string[] } {
  const reliability = run.reliability;
  if (options.trials === undefined || !reliability) return { warnings: [] };
  // The simulator's work grows with interruptions.
  const expectedEvents = reliability.interruptionsPerDay * estimate.days;
  if (expectedEvents > MAX_SIMULATED_INTERRUPTIONS) {
    return {
      warnings: [
        `not simulated: the run would see about ${significant(expectedEvents, 2)} interruptions per trial (the simulator stops at ${significant(MAX_SIMULATED_INTERRUPTIONS, 2)}); the expected figures above stand`,
      ],
    };
  }
  if (w.days !== undefined || w.acceleratorHours !== undefined) return { warnings: [] };
  const simulation = simulateTraining(
    w.name,
    estimate.days * 86400 * run.goodput,
    estimate.days * 86400,
    reliability,
    sites,
    run.outages,
    { ...options, trials: options.trials },
  );
  return { simulation, warnings: [] };
}
