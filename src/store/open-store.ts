// Opens the store: SQLite in a data folder by default, PostgreSQL when a postgres:// address is given. Both are
// migrated on open, and both run the same kysely queries.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { ArticleRepository } from "./articles.js";
import { migrationProvider } from "./migrations.js";
import { ScenarioRepository } from "./scenarios.js";
import type { StoreDatabase } from "./schema.js";
import { ViewRepository } from "./views.js";

export type StoreLocation = { readonly dataDir: string } | { readonly databaseUrl: string };
export type Dialect = "sqlite" | "postgres";

/** The SQLite file inside a data folder. */
export const SQLITE_FILE = "gigawatt.sqlite";

export interface Store {
  readonly dialect: Dialect;
  readonly db: Kysely<StoreDatabase>;
  readonly scenarios: ScenarioRepository;
  readonly articles: ArticleRepository;
  readonly views: ViewRepository;
  /** The database's own consistency check ("ok" when clean) and the store's (every version has its scenario). */
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Opens the store. `onConnectionError` hears of a PostgreSQL connection lost while idle (the server restarted, an
 * administrator ended it): the pool drops that connection and the next query opens a new one, so it is news for a
 * log, not a failure.
 */
export async function openStore(
  location: StoreLocation,
  onConnectionError: (e: Error) => void = () => {},
): Promise<Store> {
  const dialect: Dialect = "databaseUrl" in location ? "postgres" : "sqlite";
  const db = new Kysely<StoreDatabase>({
    dialect:
      "databaseUrl" in location
        ? postgres(location.databaseUrl, onConnectionError)
        : sqlite(location.dataDir),
  });
  try {
    await migrate(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return {
    dialect,
    db,
    scenarios: new ScenarioRepository(db, dialect),
    articles: new ArticleRepository(db),
    views: new ViewRepository(db),
    integrityCheck: () => integrityCheck(db, dialect),
    close: () => db.destroy(),
  };
}

function sqlite(dataDir: string): SqliteDialect {
  mkdirSync(dataDir, { recursive: true });
  const file = new SQLite(join(dataDir, SQLITE_FILE));
  // WAL with synchronous=FULL: a save is on disk before it is acknowledged, even if the machine loses power.
  file.pragma("journal_mode = WAL");
  file.pragma("synchronous = FULL");
  file.pragma("foreign_keys = ON");
  file.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database: file });
}

function postgres(url: string, onConnectionError: (e: Error) => void): PostgresDialect {
  // synchronous_commit stays at PostgreSQL's default (on): a commit returns once its WAL record is flushed.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Without a listener, an idle connection's error is an unhandled 'error' event that ends the process.
  pool.on("error", onConnectionError);
  return new PostgresDialect({ pool });
}

async function migrate(db: Kysely<StoreDatabase>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Problems found, empty when the database and the store's own invariants are clean. */
async function integrityCheck(db: Kysely<StoreDatabase>, dialect: Dialect): Promise<string[]> {
  const problems: string[] = [];
  if (dialect === "sqlite") {
    const rows = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    for (const r of rows.rows) if (r.integrity_check !== "ok") problems.push(r.integrity_check);
  }
  // Every scenario's versions run from 1 to its latest version without a gap, and every version has its scenario.
  const gaps = await db
    .selectFrom("scenarios as s")
    .leftJoin("scenario_versions as v", "v.scenario_id", "s.id")
    .select(["s.id", "s.latest_version"])
    .select((eb) => [eb.fn.count<string | number>("v.version").as("versions")])
    .groupBy(["s.id", "s.latest_version"])
    .execute();
  for (const g of gaps) {
    if (Number(g.versions) !== g.latest_version)
      problems.push(`scenario ${g.id}: latest version ${g.latest_version} but ${g.versions} versions stored`);
  }
  const orphans = await db
    .selectFrom("scenario_versions as v")
    .leftJoin("scenarios as s", "s.id", "v.scenario_id")
    .where("s.id", "is", null)
    .select("v.scenario_id")
    .execute();
  for (const o of orphans) problems.push(`version of unknown scenario ${o.scenario_id}`);
  return problems;
}
