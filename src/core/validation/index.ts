export { type Expectation, type ValidationCase, validationCaseSchema } from "./case-schema.js";
export { readCases } from "./read-cases.js";
export {
  type CaseReport,
  type MetricReport,
  median,
  runCases,
  type ValidationReport,
  valueAt,
} from "./run-cases.js";
