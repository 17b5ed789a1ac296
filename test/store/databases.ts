// The databases the store's tests run against: a fresh SQLite folder always, and a fresh PostgreSQL database when
// GIGAWATT_TEST_DATABASE_URL names a server (`.ci/run` starts one and sets it).
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { StoreLocation } from "../../src/store/index.js";

export const POSTGRES_URL = process.env.GIGAWATT_TEST_DATABASE_URL;

export interface TestDatabase {
  readonly location: StoreLocation;
  /** The server's `--data` or `--database` flag for this database. */
  readonly flag: readonly string[];
  drop(): Promise<void>;
}

export function sqliteDatabase(): TestDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), "gigawatt-store-"));
  return { location: { dataDir }, flag: ["--data", dataDir], drop: async () => {} };
}

/** A new, empty PostgreSQL database on the test server, dropped by `drop`. */
export async function postgresDatabase(): Promise<TestDatabase> {
  if (POSTGRES_URL === undefined) throw new Error("GIGAWATT_TEST_DATABASE_URL is not set");
  const name = `gigawatt_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    location: { databaseUrl: url.toString() },
    flag: ["--database", url.toString()],
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The databases to run a suite on: SQLite, and PostgreSQL when its server is given. */
export const DATABASES: readonly { name: string; make: () => Promise<TestDatabase> }[] = [
  { name: "sqlite", make: async () => sqliteDatabase() },
  ...(POSTGRES_URL === undefined ? [] : [{ name: "postgres", make: postgresDatabase }]),
];
