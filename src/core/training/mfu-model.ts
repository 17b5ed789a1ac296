import { solveLinear } from "./solve-linear.js";

/** What a published figure measures: steady throughput while training, or everything allocated (all-in). */
export type FigureKind = "steady-state" | "all-in";

/** One published figure the efficiency model learns from (a run may give both kinds). */
export interface MfuObservation {
  readonly id: string;
  readonly accelerators: number | undefined;
  readonly activeParameters: number;
  readonly parameters: number;
  /** Dense BF16 peak over HBM bandwidth, FLOP per byte: how memory-starved the hardware generation is. */
  readonly flopsPerByte: number;
  readonly figure: FigureKind;
  readonly mfu: number;
}

export interface MfuQuery {
  /** Unknown for some published runs: the scale term then reads 1,024 and no loss beyond the largest job applies. */
  readonly accelerators: number | undefined;
  readonly activeParameters: number;
  readonly parameters: number;
  readonly flopsPerByte: number;
}

/** Candidate features; the model keeps those that held-out error supports (docs/decisions/0002-mfu-model.md). */
export const MFU_FEATURES = {
  /** log₂ of the FLOP-per-byte ratio over 150 (A100-80GB ≈ 153): a faster chip on the same memory waits more. */
  hardware: (q: MfuQuery) => Math.log2(q.flopsPerByte / 150),
  /** How far below 30B active parameters: small matrices keep less of a chip busy. */
  activeSize: (q: MfuQuery) => Math.min(0, Math.log10(q.activeParameters / 30e9)),
  /** log₁₀ of the active share: mixture-of-experts routing and all-to-all traffic. */
  activeShare: (q: MfuQuery) => Math.log10(q.activeParameters / q.parameters),
  /** log₂ of accelerators over 1,024 (1,024 where a source gives no count). */
  scale: (q: MfuQuery) => Math.log2((q.accelerators ?? 1024) / 1024),
} as const;
export type MfuFeature = keyof typeof MFU_FEATURES;
export const DEFAULT_MFU_FEATURES: readonly MfuFeature[] = ["hardware"];

/** The fitted model: steady-state MFU, the all-in share, and an 80% spread from its own held-out residuals. */
export interface MfuModel {
  /** Steady-state MFU for a run: what its steady throughput achieves, before failures and other losses. */
  predict(q: MfuQuery): number;
  /** All-in MFU over steady-state MFU (median over the fitted runs): everything allocated but not training. */
  readonly allInShare: number;
  readonly features: readonly MfuFeature[];
  readonly coefficients: Readonly<Record<string, number>>;
  readonly observations: number;
  /** 80% band of published / predicted MFU over runs left out one at a time (conformal order statistics). */
  readonly spread: readonly [number, number];
  /** The largest published job fitted: beyond it MFU loses `lossPerDoubling` per doubling. */
  readonly largestAccelerators: number;
}

export interface MfuModelOptions {
  /** MFU lost per doubling beyond the largest fitted job (Llama 3 405B: 43% on 8,192 H100, 41% on 16,384). */
  readonly lossPerDoubling: number;
  readonly features?: readonly MfuFeature[];
  /** Ridge penalty on the fitted slopes (not the intercept). */
  readonly ridge?: number;
}

const row = (o: MfuObservation, features: readonly MfuFeature[]) => [
  1,
  o.figure === "all-in" ? 1 : 0,
  ...features.map((f) => MFU_FEATURES[f](o)),
];

/**
 * ln MFU = a + b·[all-in] + Σ cᵢ·featureᵢ, by ridge least squares on published figures, the intercept then moved
 * so that the median residual is zero (half the runs faster, half slower than predicted). Beyond the largest job
 * fitted, a fixed loss per doubling. Its spread comes from leaving each run out in turn.
 */
export function fitMfuModel(runs: readonly MfuObservation[], options: MfuModelOptions): MfuModel {
  const features = options.features ?? DEFAULT_MFU_FEATURES;
  const base = fitCore(runs, features, options);
  const ratios = leaveOneRunOut(runs, (train, held) => {
    const m = fitCore(train, features, options);
    return held.map((o) => o.mfu / observedPrediction(m, o));
  });
  // Three significant digits: the spread is a stated input (listed, and overridden in sensitivity passes). One
  // spread for both kinds of figure (decision records 0002 and 0015).
  const round = (x: number) => Number(x.toPrecision(3));
  const [lo, hi] = conformalBand(ratios, 0.8);
  return { ...base, spread: [round(lo), round(hi)] };
}

/**
 * The band a new run's ratio falls in with probability `level`, from n residuals left out one at a time: the
 * ⌊(n+1)·α/2⌋-th smallest and ⌈(n+1)·(1−α/2)⌉-th smallest: the jackknife's residuals read at split conformal
 * prediction's order statistics (Barber, Candès, Ramdas & Tibshirani, Annals of Statistics 49(1), 2021). The plain
 * 10th–90th percentiles of n residuals cover less than 80% of a new run (a new run is an (n+1)-th draw, and each
 * residual came from a model fitted on one run fewer); on the fit runs left out they covered 78%, held out 68%.
 */
export function conformalBand(residuals: readonly number[], level: number): [number, number] {
  const sorted = [...residuals].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [Number.NaN, Number.NaN];
  const tail = (1 - level) / 2; // 1e-9 below: (1 − 0.8) / 2 is 0.09999… in floating point
  const lo = Math.min(n - 1, Math.max(0, Math.floor((n + 1) * tail + 1e-9) - 1));
  const hi = Math.max(0, Math.min(n - 1, Math.ceil((n + 1) * (1 - tail) - 1e-9) - 1));
  return [sorted[lo] as number, sorted[hi] as number];
}

/** The model's prediction for the kind of figure an observation is. */
export function observedPrediction(m: Pick<MfuModel, "predict" | "allInShare">, o: MfuObservation): number {
  return m.predict(o) * (o.figure === "all-in" ? m.allInShare : 1);
}

function fitCore(
  runs: readonly MfuObservation[],
  features: readonly MfuFeature[],
  options: MfuModelOptions,
): Omit<MfuModel, "spread"> {
  const k = features.length + 2;
  if (runs.length < k + 1) throw new Error(`the MFU model needs at least ${k + 1} published figures`);
  const X = runs.map((o) => row(o, features));
  const y = runs.map((o) => Math.log(o.mfu));
  const ridge = options.ridge ?? 0.01;
  const A = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j && i > 0 ? ridge : 0)),
  );
  const b = new Array<number>(k).fill(0);
  X.forEach((r, n) => {
    for (let i = 0; i < k; i++) {
      b[i] = (b[i] ?? 0) + (r[i] ?? 0) * (y[n] ?? 0);
      const Ai = A[i] as number[];
      for (let j = 0; j < k; j++) Ai[j] = (Ai[j] ?? 0) + (r[i] ?? 0) * (r[j] ?? 0);
    }
  });
  const beta = solveLinear(A, b);
  const fitted = (r: number[]) => r.reduce((s, x, i) => s + x * (beta[i] ?? 0), 0);
  beta[0] = (beta[0] ?? 0) + median(X.map((r, n) => (y[n] ?? 0) - fitted(r)));
  const slopes = beta.slice(2);
  const largest = Math.max(1, ...runs.map((o) => o.accelerators ?? 1));
  const predict = (q: MfuQuery) => {
    const z = (beta[0] ?? 0) + features.reduce((s, f, i) => s + (slopes[i] ?? 0) * MFU_FEATURES[f](q), 0);
    const beyond = Math.max(0, Math.log2((q.accelerators ?? 1) / largest)) * options.lossPerDoubling;
    return Math.min(0.75, Math.max(0.02, Math.exp(z) - beyond));
  };
  return {
    predict,
    allInShare: Math.exp(beta[1] ?? 0),
    features,
    coefficients: {
      intercept: beta[0] ?? 0,
      allIn: beta[1] ?? 0,
      ...Object.fromEntries(features.map((f, i) => [f, slopes[i] ?? 0])),
    },
    observations: runs.length,
    largestAccelerators: largest,
  };
}

/** Calls `score` once per run left out (all of its figures together), and concatenates what it returns. */
export function leaveOneRunOut<T>(
  runs: readonly MfuObservation[],
  score: (train: readonly MfuObservation[], held: readonly MfuObservation[]) => T[],
): T[] {
  const ids = [...new Set(runs.map((o) => o.id))];
  return ids.flatMap((id) =>
    score(
      runs.filter((o) => o.id !== id),
      runs.filter((o) => o.id === id),
    ),
  );
}

export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}
