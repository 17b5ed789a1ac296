import type { Catalog } from "../catalog/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import { trainingFlop } from "./flops.js";
import { geometricMeanActive, mfuModelFormula, mfuModelOf, mfuModelSummary } from "./mfu-catalog.js";
import type { MfuModel } from "./mfu-model.js";
import type { TrainingInput } from "./schema.js";

/** A run's compute and model size as its other steps read them, and the MFU model that applies. */
export interface RunSize {
  readonly flop: number;
  readonly totalParameters: number;
  readonly activeParameters: number;
  readonly mfuModel: MfuModel;
  /**
   * The model's own error for this run, a factor on its predicted MFU: 1 in the point estimate, its 80% range the
   * spread of published over predicted MFU left out of the fit, so `ranges: true` propagates it (1 when MFU or the
   * run's length is given: nothing is predicted).
   */
  readonly mfuResidual: number;
}

/** The run's FLOPs (given, or 6 × active parameters × tokens) and the MFU model, each logged as used. */
export function runSize(
  w: TrainingInput,
  catalog: Catalog,
  log: AssumptionLog,
  residualName: string,
): RunSize {
  const k = log.parameter("trainingFlopsPerParameterToken");
  const active = w.model ? (w.model.activeParameters ?? w.model.parameters) : undefined;
  const flop = w.model ? trainingFlop(active as number, w.model.tokens, k) : (w.trainingFLOP as number);
  const mfuModel = mfuModelOf(catalog);
  if (w.mfu === undefined) {
    log.parameter("mfuLossPerDoublingOfAccelerators");
    log.choice("mfuModel", mfuModelSummary(mfuModel), mfuModelFormula(mfuModel));
  }
  const predicted = w.mfu === undefined && w.days === undefined && w.acceleratorHours === undefined;
  const mfuResidual = predicted
    ? log.factor(
        residualName,
        mfuModel.spread,
        "published over predicted MFU of runs left out of the model's fit",
      )
    : 1;
  // With no model given, its size is read at the published runs' geometric mean.
  const totalParameters = w.model?.parameters ?? geometricMeanActive(catalog);
  return { flop, totalParameters, activeParameters: active ?? totalParameters, mfuModel, mfuResidual };
}
