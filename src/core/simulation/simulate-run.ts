import { Random } from "./random.js";

/** A class of interruption at its rate for the whole job (all units and sites together). */
export interface SimulatedClass {
  readonly id: string;
  /** Interruptions per second of wall-clock time. */
  readonly perS: number;
  /** Planned interruptions are announced: the job checkpoints first and loses no work. */
  readonly planned: boolean;
}

/** A whole-site event (power loss, long-haul link cut): the synchronous job stops until the site is back. */
export interface SimulatedOutage {
  readonly siteId: string;
  readonly perS: number;
  readonly meanDurationS: number;
}

export interface RunSimulationSpec {
  /** Productive compute time the run needs, s (its FLOPs over the achieved FLOP rate). */
  readonly computeS: number;
  /** Compute time between checkpoints, the time to write one, and the time to restart after an interruption, s. */
  readonly intervalS: number;
  readonly writeS: number;
  readonly restartS: number;
  readonly classes: readonly SimulatedClass[];
  readonly outages: readonly SimulatedOutage[];
  /** A trial that has not finished by then is reported as unfinished (a run that cannot progress never hangs). */
  readonly maxWallS: number;
}

export interface Percentiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

/** One point of a trial's timeline: when, how much of the run was safely checkpointed, and what happened. */
export interface TimelinePoint {
  readonly days: number;
  readonly progress: number;
  readonly event: string;
}

export interface RunSimulation {
  readonly trials: number;
  readonly seed: number;
  /** Trials that hit the wall-clock cap before finishing. */
  readonly unfinished: number;
  readonly days: Percentiles;
  readonly interruptions: Percentiles;
  readonly goodput: Percentiles;
  /** Mean interruptions per trial by class id (and `outage:<site>` for site outages). */
  readonly interruptionsByClass: Readonly<Record<string, number>>;
  /** The first trial, event by event, for a chart. */
  readonly timeline: readonly TimelinePoint[];
  /** Interruption events processed, over all trials (the benchmark's unit). */
  readonly events: number;
  /** Each trial's wall-clock time (s) and interruptions, to combine runs (sites that fail independently). */
  readonly perTrial: { readonly wallS: Float64Array; readonly interruptions: Float64Array };
}

export interface SimulationOptions {
  readonly trials: number;
  readonly seed: number;
  /** Called every few trials with the number done, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

const TIMELINE_LIMIT = 2000;

/**
 * Monte-Carlo simulation of a synchronous training run, event by event: interruptions arrive as Poisson processes
 * by class; checkpoints are taken every `intervalS` of compute and cost `writeS`; an unplanned failure loses the work
 * since the last checkpoint, a planned one costs a checkpoint; every interruption costs a restart, which a failure can
 * itself interrupt (Daly 2006's assumptions, so the mean agrees with his expectation). Checkpoints between
 * interruptions are counted arithmetically rather than as events: a run's cost grows with its interruptions only.
 */
export function simulateRun(spec: RunSimulationSpec, options: SimulationOptions): RunSimulation {
  const { trials, seed } = options;
  const rng = new Random(seed);
  const unplanned = spec.classes.filter((c) => !c.planned);
  const planned = spec.classes.filter((c) => c.planned);
  const unplannedRate = unplanned.reduce((s, c) => s + c.perS, 0);
  const plannedRate = planned.reduce((s, c) => s + c.perS, 0);
  const cumulative = cumulativeWeights(unplanned.map((c) => c.perS));
  const plannedCumulative = cumulativeWeights(planned.map((c) => c.perS));
  const ids = [
    ...unplanned.map((c) => c.id),
    ...planned.map((c) => c.id),
    ...spec.outages.map((o) => `outage:${o.siteId}`),
  ];
  const counts = new Float64Array(ids.length);
  const wall = new Float64Array(trials);
  const interruptions = new Float64Array(trials);
  const timeline: TimelinePoint[] = [];
  let unfinished = 0;
  let events = 0;

  const cycle = spec.intervalS + spec.writeS;
  const { computeS: work, intervalS: tau, writeS: delta, restartS: restart, maxWallS } = spec;
  const nextOutage = new Float64Array(spec.outages.length);
  const progressEvery = Math.max(1, Math.floor(trials / 100));

  for (let trial = 0; trial < trials; trial++) {
    const record = trial === 0;
    let t = 0;
    let committed = 0;
    let count = 0;
    let nextFailure = unplannedRate > 0 ? rng.exponential(1 / unplannedRate) : Number.POSITIVE_INFINITY;
    let nextPlanned = plannedRate > 0 ? rng.exponential(1 / plannedRate) : Number.POSITIVE_INFINITY;
    for (let k = 0; k < spec.outages.length; k++) {
      const o = spec.outages[k] as SimulatedOutage;
      nextOutage[k] = o.perS > 0 ? rng.exponential(1 / o.perS) : Number.POSITIVE_INFINITY;
    }
    if (record) timeline.push({ days: 0, progress: 0, event: "start" });
    for (;;) {
      const left = work - committed;
      const finishIn = left + delta * Math.max(0, Math.ceil(left / tau) - 1);
      let next = nextFailure;
      let kind = 0; // 0 failure, 1 planned, 2 outage
      let outageIndex = -1;
      if (nextPlanned < next) {
        next = nextPlanned;
        kind = 1;
      }
      for (let k = 0; k < nextOutage.length; k++) {
        const o = nextOutage[k] as number;
        if (o < next) {
          next = o;
          kind = 2;
          outageIndex = k;
        }
      }
      if (t + finishIn <= next) {
        t += finishIn;
        if (record) timeline.push({ days: t / 86400, progress: 1, event: "finished" });
        break;
      }
      if (next > maxWallS) {
        unfinished++;
        t = maxWallS;
        if (record) timeline.push({ days: t / 86400, progress: committed / work, event: "unfinished" });
        break;
      }
      events++;
      count++;
      const ran = next - t;
      const cycles = Math.floor(ran / cycle);
      committed += cycles * tau;
      let down = restart;
      let label: string;
      if (kind === 1) {
        // Announced: the work since the last checkpoint is saved first.
        committed += Math.min(ran - cycles * cycle, tau);
        down += delta;
        const c = pick(plannedCumulative, rng.uniform());
        counts[unplanned.length + c] = (counts[unplanned.length + c] ?? 0) + 1;
        label = (planned[c] as SimulatedClass).id;
        nextPlanned = next + rng.exponential(1 / plannedRate);
      } else if (kind === 2) {
        const o = spec.outages[outageIndex] as SimulatedOutage;
        down += rng.exponential(o.meanDurationS);
        const at = unplanned.length + planned.length + outageIndex;
        counts[at] = (counts[at] ?? 0) + 1;
        label = `outage:${o.siteId}`;
        nextOutage[outageIndex] = next + rng.exponential(1 / o.perS);
      } else {
        const c = pick(cumulative, rng.uniform());
        counts[c] = (counts[c] ?? 0) + 1;
        label = (unplanned[c] as SimulatedClass).id;
        nextFailure = next + rng.exponential(1 / unplannedRate);
      }
      if (committed > work) committed = work;
      // The restart itself can be interrupted by a failure: it then starts over.
      let resume = next + down;
      while (nextFailure < resume) {
        events++;
        count++;
        const c = pick(cumulative, rng.uniform());
        counts[c] = (counts[c] ?? 0) + 1;
        resume = nextFailure + restart;
        nextFailure += rng.exponential(1 / unplannedRate);
      }
      if (nextPlanned < resume) nextPlanned = resume + rng.exponential(1 / plannedRate);
      for (let k = 0; k < nextOutage.length; k++) {
        if ((nextOutage[k] as number) < resume) {
          const o = spec.outages[k] as SimulatedOutage;
          nextOutage[k] = resume + rng.exponential(1 / o.perS);
        }
      }
      if (record && timeline.length < TIMELINE_LIMIT) {
        timeline.push({ days: next / 86400, progress: committed / work, event: label });
      }
      t = resume;
    }
    wall[trial] = t;
    interruptions[trial] = count;
    if (options.onProgress && ((trial + 1) % progressEvery === 0 || trial + 1 === trials))
      options.onProgress(trial + 1, trials);
  }

  const goodput = wall.map((w) => work / w);
  const byClass: Record<string, number> = {};
  ids.forEach((id, i) => {
    byClass[id] = (counts[i] ?? 0) / trials;
  });
  return {
    trials,
    seed,
    unfinished,
    days: percentiles(wall.map((w) => w / 86400)),
    interruptions: percentiles(interruptions),
    goodput: percentiles(goodput),
    interruptionsByClass: byClass,
    timeline,
    events,
    perTrial: { wallS: wall, interruptions },
  };
}

function cumulativeWeights(weights: readonly number[]): Float64Array {
  const total = weights.reduce((s, w) => s + w, 0);
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w / total;
    out[i] = sum;
  });
  return out;
}

function pick(cumulative: Float64Array, u: number): number {
  for (let i = 0; i < cumulative.length - 1; i++) if (u <= (cumulative[i] as number)) return i;
  return cumulative.length - 1;
}

/** p5, p50, p95 (nearest rank) and the mean of a sample. */
export function percentiles(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95), mean };
}
