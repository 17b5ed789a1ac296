import type { Catalog } from "../catalog/index.js";
import { AssumptionLog } from "../kernel/assumptions.js";
import { parseScenario } from "../scenario/index.js";
import {
  type RequestCost,
  replicaSetup,
  requestCost,
  type ServingEfficiency,
  type ServingInput,
} from "../serving/index.js";
import { conformalBand } from "../training/mfu-model.js";
import type { ValidationCase } from "./case-schema.js";

/** The benchmark figures the fit reads, and where each is in a request's cost. */
const FIGURES: Readonly<Record<string, (c: RequestCost) => number>> = {
  outputTokensPerSPerAccelerator: (c) => c.outputTokensPerSPerAccelerator,
  prefillTokensPerSPerAccelerator: (c) => c.prefillTokensPerSPerAccelerator,
  decodeTokensPerSPerAccelerator: (c) => c.decode.tokensPerSPerAccelerator,
};

/** The fitted efficiencies: saturated prefill compute, decode bandwidth, and a mixture of experts' share of both. */
type Point = readonly [prefillMfu: number, decodeMbu: number, expertEfficiency: number];

/** One published serving figure with the replica that produced it, ready to be predicted at any efficiencies. */
interface Observation {
  readonly id: string;
  readonly split: "fit" | "held-out";
  readonly published: number;
  /** Whether the expert efficiency moves it (a mixture of experts). */
  readonly experts: boolean;
  readonly predict: (p: Point) => number | undefined;
}

export interface ServingFitScore {
  readonly figures: number;
  /** Median |(predicted − published) / published|. */
  readonly medianAbsError: number;
  readonly medianError: number;
  /** Share of figures predicted within ±25%. */
  readonly within25: number;
  /** Share of published figures inside the prediction times the fit's 80% band (`spread`). */
  readonly coverage: number;
}

/** The saturated efficiencies fitted on the benchmarks of the fit split, and how they predict the others. */
export interface ServingEfficiencyFit {
  readonly prefillMfu: number;
  readonly decodeMbu: number;
  readonly expertEfficiency: number;
  /**
   * 80% band of published / predicted throughput: conformal order statistics of the fit figures left out one at a
   * time (as the training model's, decision record 0015); data/serving.yaml's `throughputResidual` is this band.
   */
  readonly spread: readonly [number, number];
  readonly inSample: ServingFitScore;
  /** Each fit figure predicted by the efficiencies fitted on all the other fit figures. */
  readonly leaveOneOut: ServingFitScore;
  /** The held-out figures (declared before any fit), predicted once by the efficiencies fitted on the fit split. */
  readonly heldOut: ServingFitScore;
}

// The grid the fit searches: 0.20 to 0.88 of peak compute and 0.32 to 1.00 of HBM bandwidth in steps of 0.04, and a
// mixture of experts' share of the compute efficiencies from 0.20 to 1.00 in steps of 0.05.
const steps = (from: number, step: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.round((from + step * i) * 100) / 100);
const PREFILL = steps(0.2, 0.04, 18);
const MBU = steps(0.32, 0.04, 18);
const EXPERTS = steps(0.2, 0.05, 17);

function observationsOf(c: ValidationCase, catalog: Catalog): Observation[] {
  if (c.split === undefined || !catalog.servingFigures) return [];
  const f = catalog.servingFigures;
  const split = c.split;
  const scenario = parseScenario(c.inputs, undefined, ["inputs"]);
  const out: Observation[] = [];
  for (const [path, expectation] of Object.entries(c.published)) {
    const [top, name, key] = path.split(".");
    const read = key === undefined ? undefined : FIGURES[key];
    const w = scenario.workloads.find((x) => x.name === name && x.kind === "serving") as
      | ServingInput
      | undefined;
    const site = w ? scenario.sites.find((s) => w.sites === undefined || w.sites.includes(s.id)) : undefined;
    const acc = site?.accelerator ? catalog.accelerators.get(site.accelerator) : undefined;
    if (top !== "workloads" || !read || !w || !acc || !("value" in expectation)) continue;
    const setup = replicaSetup(w, acc, f, new AssumptionLog(catalog), []);
    if (!setup.ok) continue;
    const { model, hw, eff, shape } = setup.value;
    out.push({
      id: c.id,
      split,
      published: expectation.value,
      experts: model.activeParameters < model.parameters,
      predict: ([prefillMfu, decodeMbu, expertEfficiency]) => {
        const e: ServingEfficiency = { ...eff, prefillMfu, decodeMbu, expertEfficiency };
        const cost = requestCost(model, hw, e, shape);
        return cost ? read(cost) : undefined;
      },
    });
  }
  return out;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return 0;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

type Pair = { readonly predicted: number; readonly published: number };
const ratio = (p: Pair) => p.published / p.predicted;
const inside = (band: readonly [number, number], p: Pair) => ratio(p) >= band[0] && ratio(p) <= band[1];

/** Point errors, and coverage of the band each figure is judged by (one band for all, or one per figure). */
function score(pairs: readonly Pair[], band: (i: number) => readonly [number, number]): ServingFitScore {
  const errors = pairs.map((p) => (p.predicted - p.published) / p.published);
  const abs = errors.map(Math.abs);
  const n = Math.max(1, pairs.length);
  return {
    figures: pairs.length,
    medianAbsError: median(abs),
    medianError: median(errors),
    within25: abs.filter((e) => e <= 0.25).length / n,
    coverage: pairs.filter((p, i) => inside(band(i), p)).length / n,
  };
}

const round3 = (x: number) => Number(x.toPrecision(3));

/** Index of the grid point with the least mean |log error| over the observations `use` keeps. */
function best(table: readonly (readonly number[])[], use: (i: number) => boolean): number {
  let bestAt = 0;
  let bestLoss = Number.POSITIVE_INFINITY;
  const points = table[0]?.length ?? 0;
  for (let g = 0; g < points; g++) {
    let loss = 0;
    for (let i = 0; i < table.length; i++) if (use(i)) loss += table[i]?.[g] ?? 0;
    if (loss < bestLoss) {
      bestLoss = loss;
      bestAt = g;
    }
  }
  return bestAt;
}

/**
 * |log(predicted / published)| of each fit observation at each grid point. A dense model's figure does not depend on
 * the expert efficiency: it is predicted once per (prefill, bandwidth) pair.
 */
function lossTable(fit: readonly Observation[], grid: readonly Point[]): number[][] {
  return fit.map((o) => {
    const dense = new Map<string, number | undefined>();
    return grid.map((p) => {
      let v: number | undefined;
      if (o.experts) v = o.predict(p);
      else {
        const key = `${p[0]},${p[1]}`;
        if (!dense.has(key)) dense.set(key, o.predict([p[0], p[1], 1]));
        v = dense.get(key);
      }
      return v !== undefined && Number.isFinite(v) && v > 0 ? Math.abs(Math.log(v / o.published)) : 1e9;
    });
  });
}

/**
 * Fits the saturated prefill compute efficiency, decode bandwidth efficiency and expert efficiency on the cases of the
 * fit split (a grid search on the mean |log error|), scores them in sample and leave-one-out, and predicts the
 * held-out cases once. Undefined when fewer than two cases are in the fit split.
 */
export function servingEfficiencyFit(
  cases: readonly ValidationCase[],
  catalog: Catalog,
): ServingEfficiencyFit | undefined {
  const all = cases.flatMap((c) => observationsOf(c, catalog));
  const fit = all.filter((o) => o.split === "fit");
  if (fit.length < 2) return undefined;
  const grid: Point[] = PREFILL.flatMap((p) => MBU.flatMap((m) => EXPERTS.map((e) => [p, m, e] as const)));
  const loss = lossTable(fit, grid);
  const at = best(loss, () => true);
  const point = grid[at] as Point;
  const pair = (o: Observation, p: Point) => ({
    predicted: o.predict(p) ?? Number.NaN,
    published: o.published,
  });
  const inSample = fit.map((o) => pair(o, point));
  const leaveOneOut = fit.map((o, i) => pair(o, grid[best(loss, (j) => j !== i)] as Point));
  const heldOut = all.filter((o) => o.split === "held-out").map((o) => pair(o, point));
  const ratios = leaveOneOut.map(ratio);
  const [lo, hi] = conformalBand(ratios, 0.8);
  const spread = [round3(lo), round3(hi)] as const;
  // Left out, each figure is judged by the band of the other figures' residuals (the fit itself is not refitted
  // per band: the residuals are already each figure's own left out).
  const looBand = (i: number) =>
    conformalBand(
      ratios.filter((_, j) => j !== i),
      0.8,
    );
  return {
    prefillMfu: point[0],
    decodeMbu: point[1],
    expertEfficiency: point[2],
    spread,
    inSample: score(inSample, () => spread),
    leaveOneOut: score(leaveOneOut, looBand),
    heldOut: score(heldOut, () => spread),
  };
}
