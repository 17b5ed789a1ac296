import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { DATABASES, POSTGRES_URL, postgresDatabase, type TestDatabase } from "./databases.js";

const claim = (over: Record<string, unknown>) => ({
  kind: "power",
  value: 2e9,
  unit: "W",
  currency: null,
  qualifier: null,
  phrase: "2 GW",
  organisation: "meta",
  counterparty: null,
  relation: "builds",
  programme: null,
  project: "meta-hyperion",
  place: "us-la-miso",
  claimedFor: null,
  published: "2024-12-04",
  checks: [],
  ...over,
});

describe.each(DATABASES)("the store on $name", ({ make }) => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await make();
    store = await openStore(database.location);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it("migrates an existing database again without error (migrations are recorded)", async () => {
    const again = await openStore(database.location);
    await again.close();
  });

  it("keeps every save of a scenario as its own immutable version", async () => {
    const first = await store.scenarios.create({
      name: "hyperion",
      input: { sites: [{ id: "a", power: "2 GW" }] },
      options: {},
      result: { sites: { a: { facilityPowerMW: 2000 } } },
      catalogVersion: "c1",
    });
    const second = await store.scenarios.addVersion(first.id, {
      input: { sites: [{ id: "a", power: "5 GW" }] },
      options: { trials: 10 },
      result: { sites: { a: { facilityPowerMW: 5000 } } },
      catalogVersion: "c2",
    });
    expect(second?.version).toBe(2);
    expect(second?.name).toBe("hyperion");
    expect((await store.scenarios.version(first.id, 1))?.input).toEqual({
      sites: [{ id: "a", power: "2 GW" }],
    });
    expect((await store.scenarios.version(first.id))?.catalogVersion).toBe("c2");
    expect((await store.scenarios.shared(first.shareId))?.version).toBe(2);
    expect((await store.scenarios.summary(first.id))?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await store.scenarios.addVersion("no-such-id", second as never)).toBeUndefined();
  });

  it("keeps a saved view of the web app under a short share id, as it was given", async () => {
    const saved = await store.views.create("size", "q1YqSs7PS0lVslIyUvIqzs9TqgUA");
    expect(saved.id).toMatch(/^[0-9A-Za-z]{10}$/);
    expect(await store.views.get(saved.id)).toEqual(saved);
    expect(await store.views.get("no-such-id")).toBeUndefined();
  });

  it("numbers concurrent saves of one scenario 1..n without a gap or a repeat", async () => {
    const s = await store.scenarios.create({ input: {}, options: {}, result: {}, catalogVersion: "c" });
    const saves = await Promise.all(
      Array.from({ length: 12 }, () =>
        store.scenarios.addVersion(s.id, { input: {}, options: {}, result: {}, catalogVersion: "c" }),
      ),
    );
    expect(saves.map((v) => v?.version).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 2),
    );
    expect(await store.integrityCheck()).toEqual([]);
  });

  it("answers the ledger by project, organisation, kind and date, oldest article first", async () => {
    await store.articles.save({
      text: "Meta: 5 GW",
      url: null,
      published: "2025-07-14",
      language: "en",
      explanation: {},
      catalogVersion: "c",
      claims: [claim({ value: 5e9, phrase: "5 GW", published: "2025-07-14" })],
    });
    await store.articles.save({
      text: "Meta: 2 GW and $10 billion",
      url: "https://example.org/a",
      published: "2024-12-04",
      language: "en",
      explanation: {},
      catalogVersion: "c",
      claims: [claim({}), claim({ kind: "money", value: 1e10, unit: "USD", phrase: "$10 billion" })],
    });
    const power = await store.articles.ledger({ project: "meta-hyperion", kind: "power", limit: 100 });
    expect(power.map((c) => c.value)).toEqual([2e9, 5e9]);
    expect(
      await store.articles.ledger({ organisation: "meta", from: "2025-01-01", limit: 100 }),
    ).toHaveLength(1);
    expect(await store.articles.ledger({ organisation: "nobody", limit: 100 })).toEqual([]);
  });
});

describe.skipIf(POSTGRES_URL === undefined)("the store on PostgreSQL, when its connections are ended", () => {
  it("hears of connections lost while idle, and the next query opens a new one", async () => {
    const database = await postgresDatabase();
    const lost: string[] = [];
    const store = await openStore(database.location, (e) => lost.push(e.message));
    try {
      await store.views.create("size", "a");
      // An administrator (or a restart) ends every connection the store holds while they are idle.
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      const name = new URL(String((database.location as { databaseUrl: string }).databaseUrl)).pathname.slice(
        1,
      );
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
      await admin.end();
      await vi.waitFor(() => expect(lost.length).toBeGreaterThan(0));
      expect(lost[0]).toMatch(/terminat/i);
      const saved = await store.views.create("size", "b");
      expect(await store.views.get(saved.id)).toEqual(saved);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
