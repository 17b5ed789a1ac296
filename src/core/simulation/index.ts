export { combineIndependentSites } from "./combine.js";
export { Random } from "./random.js";
export {
  type Percentiles,
  percentiles,
  type RunSimulation,
  type RunSimulationSpec,
  type SimulatedClass,
  type SimulatedOutage,
  type SimulationOptions,
  simulateRun,
  type TimelinePoint,
} from "./simulate-run.js";
