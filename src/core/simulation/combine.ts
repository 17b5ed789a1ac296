import type { RunSimulation } from "./simulate-run.js";
import { percentiles } from "./summarise.js";

/**
 * Combines simulations of sites that fail independently and each carry a share of the run (DiLoCo): in each trial
 * the run advances at the sum of the sites' shares times their goodput, so it lasts the compute time over that sum.
 * Each site's interruptions are counted over the combined run's length. The timeline is the largest site's.
 */
export function combineIndependentSites(
  sites: readonly { sim: RunSimulation; share: number }[],
  computeS: number,
): RunSimulation {
  const first = sites[0];
  if (!first) throw new Error("combineIndependentSites needs at least one site");
  const trials = first.sim.trials;
  const wall = new Float64Array(trials);
  const interruptions = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let pace = 0;
    for (const s of sites) pace += s.share * (computeS / (s.sim.perTrial.wallS[t] as number));
    wall[t] = computeS / pace;
    let count = 0;
    for (const s of sites)
      count +=
        (s.sim.perTrial.interruptions[t] as number) *
        ((wall[t] as number) / (s.sim.perTrial.wallS[t] as number));
    interruptions[t] = count;
  }
  const byClass: Record<string, number> = {};
  for (const s of sites)
    for (const [id, v] of Object.entries(s.sim.interruptionsByClass)) byClass[id] = (byClass[id] ?? 0) + v;
  const largest = sites.reduce((a, b) => (b.share > a.share ? b : a));
  return {
    trials,
    seed: first.sim.seed,
    unfinished: Math.max(...sites.map((s) => s.sim.unfinished)),
    days: percentiles(wall.map((w) => w / 86400)),
    interruptions: percentiles(interruptions),
    goodput: percentiles(wall.map((w) => computeS / w)),
    interruptionsByClass: byClass,
    timeline: largest.sim.timeline,
    events: sites.reduce((a, s) => a + s.sim.events, 0),
    perTrial: { wallS: wall, interruptions },
  };
}
