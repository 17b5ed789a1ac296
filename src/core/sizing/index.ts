export { capitalRecoveryFactor } from "./finance.js";
export type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";
export {
  acceleratorsFor,
  type CapexBreakdown,
  capexPerAcceleratorUSD,
  type OpexBreakdown,
  type SiteSizing,
  sizeSite,
} from "./size-site.js";
