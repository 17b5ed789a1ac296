// The store: saved scenarios with versions, explained articles and the ledger of their claims.
export type { ArticleInput, LedgerClaim, LedgerQuery, NewLedgerClaim, SavedArticle } from "./articles.js";
export { type Dialect, openStore, SQLITE_FILE, type Store, type StoreLocation } from "./open-store.js";
export type { SavedVersion, ScenarioSummary, VersionInput } from "./scenarios.js";
export type { SavedView } from "./views.js";
