export { optimalCheckpointIntervalS, plannedGoodput, unplannedGoodput } from "./checkpointing.js";
export {
  type FailureRate,
  type InterruptionRates,
  interruptionRates,
  type ReliabilityPool,
} from "./rates.js";
