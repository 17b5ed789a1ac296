export { FIELDS, quantity } from "../kernel/quantity.js";
export { type CapacityDate, capacityDate, dateValue } from "../serving/operator-capacity.js";
export type { ServingResult, TierResult } from "../serving/result.js";
export type { Check } from "../sizing/claim-checks.js";
export type { TrainingResult } from "../training/evaluate.js";
export { hardwareYear, mfuModelOf, mfuObservations } from "../training/mfu-catalog.js";
export {
  type EvaluateOptions,
  evaluateScenario,
  type ScenarioResult,
  type SiteResult,
  type WorkloadResult,
} from "./evaluate.js";
export { parseScenario, readScenario, scenarioJsonSchema } from "./read-scenario.js";
export { type Scenario, type SiteInput, scenarioSchema, siteSchema, type TrainingInput } from "./schema.js";
