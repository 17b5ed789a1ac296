// Versioned migrations, applied in name order on start (kysely's Migrator records them in kysely_migration).
// A migration is never edited once released: a change is a new entry.
import type { Kysely, Migration, MigrationProvider } from "kysely";

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("scenarios")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("share_id", "text", (c) => c.notNull().unique())
      .addColumn("name", "text")
      .addColumn("latest_version", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("scenario_versions")
      .addColumn("scenario_id", "text", (c) => c.notNull().references("scenarios.id"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("input", "text", (c) => c.notNull())
      .addColumn("options", "text", (c) => c.notNull())
      .addColumn("result", "text", (c) => c.notNull())
      .addColumn("catalog_version", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("scenario_versions_pk", ["scenario_id", "version"])
      .execute();
    await db.schema
      .createTable("articles")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("published", "text")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("explanation", "text", (c) => c.notNull())
      .addColumn("catalog_version", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("ledger_claims")
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
      .addColumn("claim_index", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("value", "double precision", (c) => c.notNull())
      .addColumn("unit", "text", (c) => c.notNull())
      .addColumn("currency", "text")
      .addColumn("qualifier", "text")
      .addColumn("phrase", "text", (c) => c.notNull())
      .addColumn("organisation", "text")
      .addColumn("counterparty", "text")
      .addColumn("relation", "text")
      .addColumn("programme", "text")
      .addColumn("project", "text")
      .addColumn("place", "text")
      .addColumn("claimed_for", "text")
      .addColumn("published", "text")
      .addColumn("checks", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("ledger_claims_pk", ["article_id", "claim_index"])
      .execute();
    for (const column of ["project", "organisation", "kind", "published"]) {
      await db.schema.createIndex(`ledger_claims_${column}`).on("ledger_claims").column(column).execute();
    }
  },
};

/** The web app's saved views (issue 16): a page and its state, shared by a short id. */
const views: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("views")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("page", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  },
};

/** Every migration by name; names sort in the order they apply. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-scenarios-articles-ledger": initial,
  "0002-web-views": views,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
