export { type DateMention, findDateline, findDates } from "./dates.js";
export { findMentions, type Mention } from "./entities.js";
export { type ClaimCheck, type ExplainedClaim, type Explanation, explainText } from "./explain.js";
export { extractQuantities, type QuantityClaim } from "./extract-quantities.js";
export { detectLanguage, type Language } from "./language.js";
export type { Relation, Roles } from "./relations.js";
