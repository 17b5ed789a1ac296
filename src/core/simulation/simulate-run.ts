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

/** The raw outcome of a range of trials: what workers send back, merged before it is summarised. */
export interface TrialBatch {
  readonly from: number;
  readonly wallS: Float64Array;
  readonly interruptions: Float64Array;
  /** Interruptions by class over the batch, in the order of `classIds(spec)`. */
  readonly counts: Float64Array;
  readonly unfinished: number;
  readonly events: number;
  /** The timeline of trial 0, when the batch holds it. */
  readonly timeline: TimelinePoint[];
}

/** Ids of the counted classes: unplanned, then planned, then `outage:<site>`. */
export function classIds(spec: RunSimulationSpec): string[] {
  return [
    ...spec.classes.filter((c) => !c.planned).map((c) => c.id),
    ...spec.classes.filter((c) => c.planned).map((c) => c.id),
    ...spec.outages.map((o) => `outage:${o.siteId}`),
  ];
}

/** A trial's own generator: trial i gives the same draws however the trials are split among workers. */
function trialRandom(seed: number, trial: number): Random {
  return new Random((Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(trial + 1, 0x85ebca6b)) >>> 0);
}

/** Runs trials [from, to). */
export function simulateTrials(
  spec: RunSimulationSpec,
  seed: number,
  from: number,
  to: number,
  onProgress?: (done: number, total: number) => void,
): TrialBatch {
  const trials = to - from;
  const unplanned = spec.classes.filter((c) => !c.planned);
  const planned = spec.classes.filter((c) => c.planned);
  const unplannedRate = unplanned.reduce((s, c) => s + c.perS, 0);
  const plannedRate = planned.reduce((s, c) => s + c.perS, 0);
  const failureMean = unplannedRate > 0 ? 1 / unplannedRate : Number.POSITIVE_INFINITY;
  const plannedMean = plannedRate > 0 ? 1 / plannedRate : Number.POSITIVE_INFINITY;
  const cumulative = cumulativeWeights(unplanned.map((c) => c.perS));
  const plannedCumulative = cumulativeWeights(planned.map((c) => c.perS));
  const counts = new Float64Array(unplanned.length + planned.length + spec.outages.length);
  const wall = new Float64Array(trials);
  const interruptions = new Float64Array(trials);
  const timeline: TimelinePoint[] = [];
  let unfinished = 0;
  let events = 0;
  let unplannedCount = 0;
  let plannedCount = 0;

  const cycle = spec.intervalS + spec.writeS;
  const { computeS: work, intervalS: tau, writeS: delta, restartS: restart, maxWallS } = spec;
  const nextOutage = new Float64Array(spec.outages.length);
  const outageMeans = spec.outages.map((o) => (o.perS > 0 ? 1 / o.perS : Number.POSITIVE_INFINITY));
  const progressEvery = Math.max(1, Math.floor(trials / 100));

  for (let i = 0; i < trials; i++) {
    const trial = from + i;
    const rng = trialRandom(seed, trial);
    const record = trial === 0;
    let t = 0;
    let committed = 0;
    let count = 0;
    let nextFailure = rng.exponential(failureMean);
    let nextPlanned = rng.exponential(plannedMean);
    for (let k = 0; k < nextOutage.length; k++) nextOutage[k] = rng.exponential(outageMeans[k] as number);
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
      // Which class an interruption belongs to is independent of everything else (Poisson processes add), so
      // classes are drawn only for the recorded timeline; the counts are split by the classes' rates at the end.
      let at = -1;
      if (kind === 1) {
        // Announced: the work since the last checkpoint is saved first.
        committed += Math.min(ran - cycles * cycle, tau);
        down += delta;
        plannedCount++;
        if (record) at = unplanned.length + pick(plannedCumulative, rng.uniform());
        nextPlanned = next + rng.exponential(plannedMean);
      } else if (kind === 2) {
        down += rng.exponential((spec.outages[outageIndex] as SimulatedOutage).meanDurationS);
        at = unplanned.length + planned.length + outageIndex;
        counts[at] = (counts[at] as number) + 1;
        nextOutage[outageIndex] = next + rng.exponential(outageMeans[outageIndex] as number);
      } else {
        unplannedCount++;
        if (record) at = pick(cumulative, rng.uniform());
        nextFailure = next + rng.exponential(failureMean);
      }
      if (committed > work) committed = work;
      // A failure during the restart makes it start over; one during a longer outage is repaired meanwhile.
      let resume = next + down;
      while (nextFailure < resume) {
        if (nextFailure + restart > resume) {
          events++;
          count++;
          unplannedCount++;
          resume = nextFailure + restart;
        }
        nextFailure += rng.exponential(failureMean);
      }
      if (nextPlanned < resume) nextPlanned = resume + rng.exponential(plannedMean);
      for (let k = 0; k < nextOutage.length; k++) {
        if ((nextOutage[k] as number) < resume)
          nextOutage[k] = resume + rng.exponential(outageMeans[k] as number);
      }
      if (record && timeline.length < TIMELINE_LIMIT) {
        timeline.push({ days: next / 86400, progress: committed / work, event: labelOf(spec, at) });
      }
      t = resume;
    }
    wall[i] = t;
    interruptions[i] = count;
    if (onProgress && ((i + 1) % progressEvery === 0 || i + 1 === trials)) onProgress(i + 1, trials);
  }
  unplanned.forEach((c, k) => {
    counts[k] = (unplannedCount * c.perS) / unplannedRate;
  });
  planned.forEach((c, k) => {
    counts[unplanned.length + k] = (plannedCount * c.perS) / plannedRate;
  });
  return { from, wallS: wall, interruptions, counts, unfinished, events, timeline };
}

function labelOf(spec: RunSimulationSpec, at: number): string {
  return classIds(spec)[at] ?? "interruption";
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
