export { type CrossSiteNetwork, crossSiteNetwork, type SiteLink } from "./network.js";
export {
  STRATEGIES,
  SYNC_STRATEGIES,
  type SyncContext,
  type SyncOutcome,
  type SyncSettings,
  type SyncStrategy,
  type SyncStrategyId,
} from "./strategies.js";
