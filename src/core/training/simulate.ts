import type { EvaluateOptions } from "../kernel/options.js";
import type { RunReliability } from "../reliability/job-reliability.js";
import {
  combineIndependentSites,
  type RunSimulation,
  type SimulatedOutage,
  simulateRun,
} from "../simulation/index.js";
import type { ResolvedSite } from "../sizing/resolve-site.js";

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
