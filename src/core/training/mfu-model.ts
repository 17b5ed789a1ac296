/** One published run the efficiency model learns from. */
export interface MfuObservation {
  readonly id: string;
  readonly accelerators: number;
  readonly activeParameters: number;
  readonly parameters: number;
  /** Year the accelerator first shipped: a proxy for the hardware generation and its software's maturity. */
  readonly hardwareYear: number;
  readonly mfu: number;
}

export interface MfuQuery {
  readonly accelerators: number;
  readonly activeParameters: number;
  readonly parameters: number;
  readonly hardwareYear: number;
}

/** A linear model of MFU fitted on published runs, with its fit quality for the assumptions list. */
export interface MfuModel {
  predict(q: MfuQuery): number;
  readonly coefficients: Readonly<Record<string, number>>;
  readonly observations: number;
  /** Root-mean-square residual of the fit, in MFU points (0.05 = 5 points). */
  readonly rmse: number;
  readonly range: readonly [number, number];
}

export interface MfuModelOptions {
  /**
   * MFU lost per doubling of accelerators, fixed from a run measured at two scales (Llama 3 405B: 43% on 8,192
   * H100, 41% on 16,384). Published runs differ in too many ways for a cross-section to separate scale from the rest.
   */
  readonly lossPerDoubling: number;
  /** Ridge penalty on the fitted slopes (not the intercept). */
  readonly ridge?: number;
}

const FEATURE_NAMES = ["intercept", "hardwareYearSince2020", "mixtureOfExperts"] as const;

function features(q: MfuQuery): number[] {
  return [1, q.hardwareYear - 2020, q.activeParameters / q.parameters < 0.5 ? 1 : 0];
}

/**
 * MFU = a + b·(hardware year − 2020) + c·[mixture of experts] − lossPerDoubling·log₂(accelerators), with a, b, c
 * fitted by ridge least squares on published runs and the scale term fixed. Model size was tried as a feature and
 * left out: it made held-out predictions worse (docs/decisions/0002-mfu-model.md). Predictions are clamped to the
 * range of published MFUs: the model never promises more than a published run achieved.
 */
export function fitMfuModel(runs: readonly MfuObservation[], options: MfuModelOptions): MfuModel {
  const k = FEATURE_NAMES.length;
  if (runs.length < k + 1) throw new Error(`the MFU model needs at least ${k + 1} runs`);
  const scale = (n: number) => options.lossPerDoubling * Math.log2(n);
  const X = runs.map(features);
  const y = runs.map((r) => r.mfu + scale(r.accelerators));
  const ridge = options.ridge ?? 0.05;
  // Normal equations (XᵀX + λI)β = Xᵀy; the intercept is not penalised.
  const A = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j && i > 0 ? ridge : 0)),
  );
  const b = new Array<number>(k).fill(0);
  X.forEach((row, n) => {
    for (let i = 0; i < k; i++) {
      b[i] = (b[i] ?? 0) + (row[i] ?? 0) * (y[n] ?? 0);
      const Ai = A[i] as number[];
      for (let j = 0; j < k; j++) Ai[j] = (Ai[j] ?? 0) + (row[i] ?? 0) * (row[j] ?? 0);
    }
  });
  const beta = solve(A, b);
  const mfus = runs.map((r) => r.mfu);
  const low = Math.min(...mfus);
  const high = Math.max(...mfus);
  const raw = (q: MfuQuery) =>
    features(q).reduce((s, x, i) => s + x * (beta[i] ?? 0), 0) - scale(q.accelerators);
  const predict = (q: MfuQuery) => Math.min(high, Math.max(low, raw(q)));
  const rmse = Math.sqrt(runs.reduce((s, r) => s + (predict(r) - r.mfu) ** 2, 0) / runs.length);
  return {
    predict,
    coefficients: {
      ...Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, beta[i] ?? 0])),
      perDoublingOfAccelerators: -options.lossPerDoubling,
    },
    observations: runs.length,
    rmse,
    range: [low, high],
  };
}

/** Gaussian elimination with partial pivoting; A is small (3×3) and well conditioned by the ridge term. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(M[r]?.[col] ?? 0) > Math.abs(M[pivot]?.[col] ?? 0)) pivot = r;
    [M[col], M[pivot]] = [M[pivot] as number[], M[col] as number[]];
    const pr = M[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = M[r] as number[];
      const f = (row[col] ?? 0) / (pr[col] ?? 1);
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (pr[c] ?? 0);
    }
  }
  return M.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}
