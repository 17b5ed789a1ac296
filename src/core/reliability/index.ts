export { optimalCheckpointIntervalS, plannedGoodput, unplannedGoodput } from "./checkpointing.js";
export { type JobInput, jobReliability, type RunReliability } from "./job-reliability.js";
export { linkOutages, outageGoodput, siteOutages } from "./outages.js";
export {
  type FailureRate,
  type InterruptionRates,
  interruptionRates,
  type ReliabilityPool,
} from "./rates.js";
export { runReliability } from "./run-reliability.js";
export { type CheckpointInput, checkpointSchema } from "./schema.js";
