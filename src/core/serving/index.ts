export { chatShareAtHour, type DayLoad, dayLoad, type Region, type ScheduledWork } from "./day-curve.js";
export { evaluateServing } from "./evaluate.js";
export { type CapacityDate, capacityDate, dateValue } from "./operator-capacity.js";
export { type RequestCost, type RequestShape, requestCost, requestEnergyWh } from "./per-request.js";
export { peakAt, type ReplicaSetup, replicaSetup } from "./replica.js";
export type { ServingResult, TierResult } from "./result.js";
export { type ServingInput, servingSchema } from "./schema.js";
export { type DayResult, type DaySpec, simulateDay } from "./simulate-day.js";
export {
  BYTES_PER_VALUE,
  bestDecode,
  type DecodePoint,
  decodeAt,
  maxBatch,
  PRECISIONS,
  type Precision,
  prefillTokensPerSPerAccelerator,
  type ReplicaHardware,
  replicaSize,
  type ServedModel,
  type ServingEfficiency,
  touchedWeightShare,
  weightBytes,
} from "./throughput.js";
export { serving } from "./workload.js";
