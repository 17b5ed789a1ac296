export { type CapacityDate, capacityDate, dateValue } from "./capacity-timeline.js";
export type { Check } from "./checks.js";
export {
  type EvaluateOptions,
  evaluateScenario,
  type ScenarioResult,
  type SiteResult,
  type WorkloadResult,
} from "./evaluate.js";
export type { TrainingResult } from "./evaluate-training.js";
export { hardwareYear, mfuModelOf, mfuObservations } from "./mfu-from-catalog.js";
export { FIELDS, quantity } from "./quantity.js";
export { parseScenario, readScenario, scenarioJsonSchema } from "./read-scenario.js";
export { type Scenario, type SiteInput, scenarioSchema, siteSchema, type TrainingInput } from "./schema.js";
export type { ServingResult, TierResult } from "./serving-result.js";
