export { combineIndependentSites } from "./combine.js";
export { Random } from "./random.js";
export {
  classIds,
  type Percentiles,
  percentiles,
  type RunSimulation,
  type RunSimulationSpec,
  type SimulatedClass,
  type SimulatedOutage,
  type SimulationOptions,
  simulateRun,
  simulateTrials,
  summariseTrials,
  type TimelinePoint,
  type TrialBatch,
} from "./simulate-run.js";
