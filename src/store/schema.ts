// The store's tables as kysely sees them: one interface per table, columns in snake_case as both databases hold them.
// JSON documents are kept as text so that SQLite and PostgreSQL run the same queries.

/** A saved scenario: its share id and the number of its latest version. */
export interface ScenarioTable {
  id: string;
  share_id: string;
  name: string | null;
  latest_version: number;
  created_at: string;
}

/** One immutable version of a scenario: the input as given, the run options, the result and the catalog it ran on. */
export interface ScenarioVersionTable {
  scenario_id: string;
  version: number;
  /** The scenario as the user wrote it (JSON of the YAML or JSON input), before units were read. */
  input: string;
  /** `{ trials?, seed?, day? }` as JSON. */
  options: string;
  /** The `gigawatt run --json` result as JSON. */
  result: string;
  catalog_version: string;
  created_at: string;
}

/** An explained article: its text (or address), date, language and the `explain --json` result. */
export interface ArticleTable {
  id: string;
  text: string;
  url: string | null;
  published: string | null;
  language: string;
  explanation: string;
  catalog_version: string;
  created_at: string;
}

/** One claim of a saved article, tied to the catalog's organisation, programme and project. */
export interface LedgerClaimTable {
  article_id: string;
  claim_index: number;
  kind: string;
  value: number;
  unit: string;
  currency: string | null;
  qualifier: string | null;
  phrase: string;
  organisation: string | null;
  counterparty: string | null;
  relation: string | null;
  programme: string | null;
  project: string | null;
  place: string | null;
  /** When the claim says it happens ("2026", "by 2028-12"). */
  claimed_for: string | null;
  /** The article's date (YYYY-MM-DD), the ledger's time axis. */
  published: string | null;
  /** The claim's checks as JSON. */
  checks: string;
  created_at: string;
}

/** A page of the web app saved to share: which page, and its state as the app encoded it for its address. */
export interface ViewTable {
  id: string;
  page: string;
  state: string;
  created_at: string;
}

export interface StoreDatabase {
  scenarios: ScenarioTable;
  scenario_versions: ScenarioVersionTable;
  articles: ArticleTable;
  ledger_claims: LedgerClaimTable;
  views: ViewTable;
}
