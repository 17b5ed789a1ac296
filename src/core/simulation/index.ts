export { combineIndependentSites } from "./combine.js";
export { Random } from "./random.js";
export { simulateRun } from "./run.js";
export {
  classIds,
  type Percentiles,
  type RunSimulation,
  type RunSimulationSpec,
  type SimulatedClass,
  type SimulatedOutage,
  type SimulationOptions,
  simulateTrials,
  type TimelinePoint,
  type TrialBatch,
} from "./simulate-run.js";
export { percentiles, summariseTrials } from "./summarise.js";
