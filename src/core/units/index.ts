export { describeSpec, type FieldOutcome, type FieldSpec, readField } from "./field.js";
export { formatQuantity, significant } from "./format.js";
export { HOURS_PER_YEAR, KINDS, type KindSpec, type QuantityKind, YEAR_S } from "./kinds.js";
export { kindName, type ParseOutcome, parseQuantity } from "./parse.js";
