export { type CrossSiteNetwork, crossSiteNetwork, type SiteLink } from "./network.js";
export { type RunSync, runSync, type SyncPool } from "./plan-sync.js";
export { type LinkInput, linkSchema, type SyncInput, syncSchema } from "./schema.js";
export type { SettingDefault } from "./strategies.js";
export {
  STRATEGIES,
  SYNC_STRATEGIES,
  type SyncContext,
  type SyncOutcome,
  type SyncSettings,
  type SyncStrategy,
  type SyncStrategyId,
} from "./strategies.js";
