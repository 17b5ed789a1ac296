export { extractQuantities, type QuantityClaim } from "./extract-quantities.js";
export { detectLanguage, type Language } from "./language.js";
