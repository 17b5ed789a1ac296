// The pure core: no I/O, no Node-only modules. The CLI, the API and the browser are adapters over it.
export { type Assumption, AssumptionLog, catalogName } from "./assumptions.js";
export * from "./catalog/index.js";
export * from "./distributed/index.js";
export { formatIssue, formatPath, InputError, type Issue } from "./errors.js";
export * from "./footprint/index.js";
export * from "./headlines/index.js";
export * from "./reliability/index.js";
export * from "./scenario/index.js";
export * from "./serving/index.js";
export * from "./simulation/index.js";
export * from "./sizing/index.js";
export * from "./training/index.js";
export * from "./units/index.js";
export * from "./validation/index.js";
export { type LocatedDocument, readYaml } from "./yaml/read-yaml.js";
