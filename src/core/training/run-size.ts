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
}

/** The run's FLOPs (given, or 6 × active parameters × tokens) and the MFU model, each logged as used. */
export function runSize(w: TrainingInput, catalog: Catalog, log: AssumptionLog): RunSize {
  const k = log.parameter("trainingFlopsPerParameterToken");
  const active = w.model ? (w.model.activeParameters ?? w.model.parameters) : undefined;
  const flop = w.model ? trainingFlop(active as number, w.model.tokens, k) : (w.trainingFLOP as number);
  const mfuModel = mfuModelOf(catalog);
  if (w.mfu === undefined) {
    log.parameter("mfuLossPerDoublingOfAccelerators");
    log.choice("mfuModel", mfuModelSummary(mfuModel), mfuModelFormula(mfuModel));
  }
  // With no model given, its size is read at the published runs' geometric mean.
  const totalParameters = w.model?.parameters ?? geometricMeanActive(catalog);
  return { flop, totalParameters, activeParameters: active ?? totalParameters, mfuModel };
}
