import type { Kysely } from "kysely";
import { newId, shareId } from "./ids.js";
import type { StoreDatabase } from "./schema.js";

/** What a save records: the input as given, how it was run, its result and the catalog it ran on. */
export interface VersionInput {
  readonly name?: string | undefined;
  readonly input: unknown;
  readonly options: Readonly<Record<string, unknown>>;
  readonly result: unknown;
  readonly catalogVersion: string;
}

export interface SavedVersion {
  readonly id: string;
  readonly shareId: string;
  readonly name: string | null;
  readonly version: number;
  readonly input: unknown;
  readonly options: Readonly<Record<string, unknown>>;
  readonly result: unknown;
  readonly catalogVersion: string;
  readonly createdAt: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly shareId: string;
  readonly name: string | null;
  readonly latestVersion: number;
  readonly createdAt: string;
  readonly versions: readonly { version: number; catalogVersion: string; createdAt: string }[];
}

/** Saved scenarios: every save is a new immutable version; nothing is updated in place but the latest number. */
export class ScenarioRepository {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly dialect: "sqlite" | "postgres",
  ) {}

  /** Saves a new scenario as its version 1. */
  async create(v: VersionInput): Promise<SavedVersion> {
    const now = new Date().toISOString();
    const row = {
      id: newId(),
      share_id: shareId(),
      name: v.name ?? null,
      latest_version: 1,
      created_at: now,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto("scenarios").values(row).execute();
      await tx
        .insertInto("scenario_versions")
        .values(versionRow(row.id, 1, v, now))
        .execute();
    });
    return saved(row.id, row.share_id, row.name, 1, v, now);
  }

  /** Saves the next version of a scenario; undefined when there is no such scenario. */
  async addVersion(id: string, v: VersionInput): Promise<SavedVersion | undefined> {
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (tx) => {
      let q = tx.selectFrom("scenarios").selectAll().where("id", "=", id);
      // PostgreSQL: lock the row so two saves cannot take the same number; SQLite serialises writes already.
      if (this.dialect === "postgres") q = q.forUpdate();
      const s = await q.executeTakeFirst();
      if (!s) return undefined;
      const version = s.latest_version + 1;
      const name = v.name ?? s.name;
      await tx.updateTable("scenarios").set({ latest_version: version, name }).where("id", "=", id).execute();
      await tx
        .insertInto("scenario_versions")
        .values(versionRow(id, version, v, now))
        .execute();
      return saved(id, s.share_id, name, version, v, now);
    });
  }

  async summary(id: string): Promise<ScenarioSummary | undefined> {
    const s = await this.db.selectFrom("scenarios").selectAll().where("id", "=", id).executeTakeFirst();
    if (!s) return undefined;
    const versions = await this.db
      .selectFrom("scenario_versions")
      .select(["version", "catalog_version", "created_at"])
      .where("scenario_id", "=", id)
      .orderBy("version")
      .execute();
    return {
      id: s.id,
      shareId: s.share_id,
      name: s.name,
      latestVersion: s.latest_version,
      createdAt: s.created_at,
      versions: versions.map((v) => ({
        version: v.version,
        catalogVersion: v.catalog_version,
        createdAt: v.created_at,
      })),
    };
  }

  /** One version, or the latest when `version` is undefined. */
  async version(id: string, version?: number): Promise<SavedVersion | undefined> {
    const row = await this.db
      .selectFrom("scenarios as s")
      .innerJoin("scenario_versions as v", "v.scenario_id", "s.id")
      .select(["s.id", "s.share_id", "s.name", "v.version", "v.input", "v.options", "v.result"])
      .select(["v.catalog_version", "v.created_at"])
      .where("s.id", "=", id)
      .where((eb) => eb("v.version", "=", version ?? eb.ref("s.latest_version")))
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      shareId: row.share_id,
      name: row.name,
      version: row.version,
      input: JSON.parse(row.input),
      options: JSON.parse(row.options),
      result: JSON.parse(row.result),
      catalogVersion: row.catalog_version,
      createdAt: row.created_at,
    };
  }

  /** The latest version of the scenario a share id names. */
  async shared(share: string): Promise<SavedVersion | undefined> {
    const s = await this.db
      .selectFrom("scenarios")
      .select("id")
      .where("share_id", "=", share)
      .executeTakeFirst();
    return s ? this.version(s.id) : undefined;
  }

  async list(limit: number, offset: number): Promise<Omit<ScenarioSummary, "versions">[]> {
    const rows = await this.db
      .selectFrom("scenarios")
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((s) => ({
      id: s.id,
      shareId: s.share_id,
      name: s.name,
      latestVersion: s.latest_version,
      createdAt: s.created_at,
    }));
  }
}

function versionRow(id: string, version: number, v: VersionInput, now: string) {
  return {
    scenario_id: id,
    version,
    input: JSON.stringify(v.input),
    options: JSON.stringify(v.options),
    result: JSON.stringify(v.result),
    catalog_version: v.catalogVersion,
    created_at: now,
  };
}

function saved(
  id: string,
  share: string,
  name: string | null,
  version: number,
  v: VersionInput,
  now: string,
): SavedVersion {
  return {
    id,
    shareId: share,
    name,
    version,
    input: v.input,
    options: v.options,
    result: v.result,
    catalogVersion: v.catalogVersion,
    createdAt: now,
  };
}
