export {
  type EvaluateOptions,
  evaluateScenario,
  type ScenarioResult,
  type SiteResult,
  type WorkloadResult,
} from "./evaluate.js";
export { parseScenario, readScenario, scenarioJsonSchema } from "./read-scenario.js";
export { resultJsonSchema, resultSchema, resultSchemaWith } from "./result-schema.js";
export {
  type Scenario,
  type SiteInput,
  scenarioSchema,
  scenarioSchemaWith,
  siteSchema,
  type TrainingInput,
} from "./schema.js";
export type { Totals } from "./totals.js";
export {
  WORKLOADS,
  type WorkloadInput,
  type WorkloadKindId,
  type WorkloadRegistry,
  workloadSchema,
} from "./workloads.js";
