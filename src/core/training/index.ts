export {
  estimateTraining,
  type TrainingEstimate,
  type TrainingPool,
  type TrainingRunSpec,
} from "./estimate.js";
export { trainingFlop } from "./flops.js";
export { fitMfuModel, type MfuModel, type MfuObservation, type MfuQuery } from "./mfu-model.js";
