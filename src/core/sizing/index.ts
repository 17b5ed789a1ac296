export {
  type Assessment,
  type BudgetCheck,
  type BudgetReason,
  type CapexModel,
  capexModel,
  checkBudget,
  ninetyEightPercentRange,
} from "./budget-check.js";
export { busyPowerFraction } from "./busy-power.js";
export { type Check, CONSISTENT_WITHIN, checkClaims } from "./claim-checks.js";
export { costAndFootprintParameters } from "./cost-parameters.js";
export {
  type CountCheck,
  type CountHints,
  type CountModel,
  type CountReason,
  checkCount,
  countRangeForPower,
} from "./count-check.js";
export { evaluateSite } from "./evaluate-site.js";
export { capitalRecoveryFactor } from "./finance.js";
export { type ResolvedSite, resolveSite } from "./resolve-site.js";
export type { SiteResult } from "./result.js";
export {
  type InlineGrid,
  inlineGridSchema,
  type SiteInput,
  siteReliabilitySchema,
  siteSchema,
} from "./schema.js";
export { SITE_FIELDS, type SiteFields, siteFromFields } from "./site-from-fields.js";
export type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";
export {
  acceleratorsFor,
  type CapexBreakdown,
  capexPerAcceleratorUSD,
  type OpexBreakdown,
  type SiteSizing,
  sizeSite,
} from "./size-site.js";
export { type SizedSite, workloadSites } from "./sized-site.js";
