import {
  classIds,
  type Percentiles,
  type RunSimulation,
  type RunSimulationSpec,
  type TrialBatch,
} from "./simulate-run.js";

/** Merges batches (in any order) into the run's distributions. */
export function summariseTrials(
  spec: RunSimulationSpec,
  batches: TrialBatch | readonly TrialBatch[],
  seed: number,
): RunSimulation {
  const list = (Array.isArray(batches) ? [...batches] : [batches as TrialBatch]).sort(
    (a, b) => a.from - b.from,
  );
  const trials = list.reduce((s, b) => s + b.wallS.length, 0);
  const wall = new Float64Array(trials);
  const interruptions = new Float64Array(trials);
  const ids = classIds(spec);
  const counts = new Float64Array(ids.length);
  let offset = 0;
  for (const b of list) {
    wall.set(b.wallS, offset);
    interruptions.set(b.interruptions, offset);
    offset += b.wallS.length;
    for (let i = 0; i < b.counts.length; i++) counts[i] = (counts[i] as number) + (b.counts[i] as number);
  }
  const byClass: Record<string, number> = {};
  ids.forEach((id, i) => {
    byClass[id] = (counts[i] as number) / trials;
  });
  return {
    trials,
    seed,
    unfinished: list.reduce((s, b) => s + b.unfinished, 0),
    days: percentiles(wall.map((w) => w / 86400)),
    interruptions: percentiles(interruptions),
    goodput: percentiles(wall.map((w) => spec.computeS / w)),
    interruptionsByClass: byClass,
    timeline: list.find((b) => b.from === 0)?.timeline ?? [],
    events: list.reduce((s, b) => s + b.events, 0),
    perTrial: { wallS: wall, interruptions },
  };
}

/** p5, p50, p95 (nearest rank) and the mean of a sample. */
export function percentiles(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95), mean };
}
