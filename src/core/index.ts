// The pure core: no I/O, no Node-only modules. The CLI, the API and the browser are adapters over it.

export * from "./catalog/index.js";
export * from "./distributed/index.js";
export * from "./footprint/index.js";
export * from "./headlines/index.js";
export type { Override, UncertainInput } from "./kernel/assumptions.js";
export { type Assumption, AssumptionLog, catalogName } from "./kernel/assumptions.js";
export {
  formatIssue,
  formatPath,
  INFEASIBLE_PLAN_CODES,
  InputError,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
} from "./kernel/issues.js";
export type { EvaluateOptions } from "./kernel/options.js";
export { fail, type Outcome, ok } from "./kernel/outcome.js";
export { FIELDS, quantity } from "./kernel/quantity.js";
export type { Range, Ranges } from "./kernel/range.js";
export { Scope } from "./kernel/scope.js";
export * from "./reliability/index.js";
export * from "./scenario/index.js";
export * from "./serving/index.js";
export * from "./simulation/index.js";
export * from "./sizing/index.js";
export * from "./training/index.js";
export * from "./units/index.js";
export * from "./validation/index.js";
export * from "./workload/index.js";
export { type LocatedDocument, readYaml } from "./yaml/read-yaml.js";
