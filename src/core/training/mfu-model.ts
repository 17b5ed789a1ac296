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

const FEATURE_NAMES = [
  "intercept",
  "log10Accelerators",
  "log10ActiveParameters",
  "hardwareYearSince2020",
  "mixtureOfExperts",
];

function features(q: MfuQuery): number[] {
  return [
    1,
    Math.log10(q.accelerators),
    Math.log10(q.activeParameters),
    q.hardwareYear - 2020,
    q.activeParameters / q.parameters < 0.5 ? 1 : 0,
  ];
}

/**
 * Ridge-regularised least squares of MFU on scale (log accelerators), model size (log active parameters), hardware
 * generation and sparsity. Predictions are clamped to the range of observed MFUs: the model interpolates published
 * practice and never promises more than any published run achieved.
 */
export function fitMfuModel(runs: readonly MfuObservation[], ridge = 0.05): MfuModel {
  if (runs.length < FEATURE_NAMES.length)
    throw new Error(`the MFU model needs at least ${FEATURE_NAMES.length} runs`);
  const X = runs.map(features);
  const y = runs.map((r) => r.mfu);
  const k = FEATURE_NAMES.length;
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
  const low = Math.min(...y);
  const high = Math.max(...y);
  const raw = (q: MfuQuery) => features(q).reduce((s, x, i) => s + x * (beta[i] ?? 0), 0);
  const predict = (q: MfuQuery) => Math.min(high, Math.max(low, raw(q)));
  const rmse = Math.sqrt(runs.reduce((s, r) => s + (predict(r) - r.mfu) ** 2, 0) / runs.length);
  return {
    predict,
    coefficients: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, beta[i] ?? 0])),
    observations: runs.length,
    rmse,
    range: [low, high],
  };
}

/** Gaussian elimination with partial pivoting; A is small (5×5) and well conditioned by the ridge term. */
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
