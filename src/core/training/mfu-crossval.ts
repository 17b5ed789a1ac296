import {
  fitMfuModel,
  leaveOneRunOut,
  type MfuFeature,
  type MfuModel,
  type MfuModelOptions,
  type MfuObservation,
  median,
  observedPrediction,
} from "./mfu-model.js";

/**
 * Errors of predicted time against published time: (predicted − published) / published = MFU_pub / MFU_pred − 1
 * (time goes as 1 / MFU).
 */
export interface FitScore {
  readonly figures: number;
  readonly medianAbsError: number;
  readonly medianError: number;
  /** Share of figures predicted within ±30%. */
  readonly within30: number;
  /** Share of published figures inside the model's 80% range. */
  readonly coverage: number;
}

export interface MfuCrossValidation {
  readonly features: readonly MfuFeature[];
  /** The chosen model on the runs it was fitted to. */
  readonly inSample: FitScore;
  /** Each run predicted by the model fitted on all the others. */
  readonly leaveOneOut: FitScore;
  /** A constant (one steady MFU and one all-in share), left out the same way: what the features must beat. */
  readonly constant: FitScore;
  /** Other feature sets tried, left out the same way. */
  readonly candidates: readonly {
    readonly features: readonly MfuFeature[];
    readonly leaveOneOut: FitScore;
  }[];
  /** The held-out runs (never fitted), predicted by the model fitted on every fit run. */
  readonly heldOut: FitScore;
  /** The second held-out set (collected 2026-12 after the first was read), predicted the same way. */
  readonly heldOutLater: FitScore;
}

const CANDIDATES: readonly (readonly MfuFeature[])[] = [
  ["hardware", "activeSize"],
  ["hardware", "activeShare"],
  ["hardware", "scale"],
  ["hardware", "activeSize", "activeShare"],
];

function score(pairs: readonly { ratio: number; inRange: boolean }[]): FitScore {
  const errors = pairs.map((p) => p.ratio - 1);
  const abs = errors.map(Math.abs);
  const n = Math.max(1, pairs.length);
  return {
    figures: pairs.length,
    medianAbsError: median(abs),
    medianError: median(errors),
    within30: abs.filter((e) => e <= 0.3).length / n,
    coverage: pairs.filter((p) => p.inRange).length / n,
  };
}

/** Published over predicted MFU for one figure, and whether it is inside the model's 80% range. */
function pairOf(m: MfuModel, o: MfuObservation) {
  const ratio = o.mfu / observedPrediction(m, o);
  return { ratio, inRange: ratio >= m.spread[0] && ratio <= m.spread[1] };
}

/** Published over predicted MFU for held-out figures, and whether each falls in the model's 80% range. */
function heldPairs(
  train: readonly MfuObservation[],
  held: readonly MfuObservation[],
  options: MfuModelOptions,
  features: readonly MfuFeature[],
) {
  const m = fitMfuModel(train, { ...options, features });
  return held.map((o) => pairOf(m, o));
}

/**
 * How well the efficiency model predicts runs it was not fitted to: leave-one-run-out on the fit runs for the
 * chosen features, a constant and the other candidates, then the held-out runs once.
 */
export function crossValidateMfu(
  fit: readonly MfuObservation[],
  heldOut: readonly MfuObservation[],
  options: MfuModelOptions & { readonly features: readonly MfuFeature[] },
  heldOutLater: readonly MfuObservation[] = [],
): MfuCrossValidation {
  const held = (runs: readonly MfuObservation[]) =>
    score(runs.length > 0 ? heldPairs(fit, runs, options, options.features) : []);
  const loo = (features: readonly MfuFeature[]) =>
    score(leaveOneRunOut(fit, (train, held) => heldPairs(train, held, options, features)));
  const model = fitMfuModel(fit, options);
  const inSample = fit.map((o) => pairOf(model, o));
  return {
    features: options.features,
    inSample: score(inSample),
    leaveOneOut: loo(options.features),
    constant: loo([]),
    candidates: CANDIDATES.map((features) => ({ features, leaveOneOut: loo(features) })),
    heldOut: held(heldOut),
    heldOutLater: held(heldOutLater),
  };
}
