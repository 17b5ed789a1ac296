export {
  estimateTraining,
  type TrainingEstimate,
  type TrainingPool,
  type TrainingRunSpec,
} from "./estimate.js";
export { evaluateTraining } from "./evaluate.js";
export { trainingFlop } from "./flops.js";
export { flopsPerByte, mfuCrossValidation, mfuModelOf, mfuObservations } from "./mfu-catalog.js";
export type { FitScore, MfuCrossValidation } from "./mfu-crossval.js";
export { fitMfuModel, type MfuModel, type MfuObservation, type MfuQuery } from "./mfu-model.js";
export type { SiteShare, TrainingResult } from "./result.js";
export { type TrainingInput, trainingSchema } from "./schema.js";
export { training } from "./workload.js";
