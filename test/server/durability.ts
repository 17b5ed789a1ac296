// Kill the server with SIGKILL in the middle of a stream of saves, 20 times: every save it acknowledged must be
// there afterwards, whole, and the database's integrity check clean. On SQLite, and on PostgreSQL when given.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openStore } from "../../src/store/index.js";
import type { TestDatabase } from "../store/databases.js";
import { startServer } from "./server-process.js";

vi.setConfig({ testTimeout: 900_000, hookTimeout: 120_000 });

const ROUNDS = 20;
const WRITERS = 4;

interface Ack {
  readonly id: string;
  readonly version: number;
  readonly marker: string;
}

/** Saves as fast as it can until the server stops answering; returns what was acknowledged. */
async function writer(url: string, marker: string, acks: Ack[]): Promise<void> {
  let last: Ack | undefined;
  for (let i = 0; ; i++) {
    const tag = `${marker}-${i}`;
    const body = { name: tag, scenario: { name: tag, sites: [{ id: "a", power: `${1 + (i % 9)} GW` }] } };
    // Every third save is a new version of the writer's last scenario.
    const path = last !== undefined && i % 3 === 2 ? `/v1/scenarios/${last.id}/versions` : "/v1/scenarios";
    let res: Response;
    try {
      res = await fetch(`${url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      return;
    }
    if (res.status !== 201) return;
    const saved = (await res.json()) as { id: string; version: number };
    last = { id: saved.id, version: saved.version, marker: tag };
    acks.push(last);
  }
}

/** The durability suite on one database (a file per database, so that vitest runs them side by side). */
export function durabilitySuite(name: string, make: () => Promise<TestDatabase>): void {
  describe(`saves survive SIGKILL on ${name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await make();
    });
    afterAll(async () => {
      await database.drop();
    });

    it(`keeps every acknowledged save, integrity clean, ${ROUNDS} rounds of ${ROUNDS}`, async () => {
      // Seeded delays: each round kills at a different point of the stream.
      const delays = fc.sample(fc.integer({ min: 0, max: 150 }), { numRuns: ROUNDS, seed: 15 });
      const acks: Ack[] = [];
      let clean = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const server = await startServer([...database.flag, "--rate-limit", "0"]);
        const before = acks.length;
        const writers = Array.from({ length: WRITERS }, (_, w) => writer(server.url, `r${round}w${w}`, acks));
        // Kill once saves are flowing, at a seeded moment after.
        while (acks.length < before + 5) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, delays[round]));
        await server.kill();
        await Promise.all(writers);

        const store = await openStore(database.location);
        try {
          expect(await store.integrityCheck()).toEqual([]);
          for (const a of acks) {
            const v = await store.scenarios.version(a.id, a.version);
            expect(v?.input, `round ${round}: ${a.marker}`).toEqual({
              name: a.marker,
              sites: [{ id: "a", power: expect.stringMatching(/^\d GW$/) }],
            });
            expect(v?.result).toHaveProperty("sites.a.facilityPowerMW");
          }
          clean++;
        } finally {
          await store.close();
        }
      }
      expect(clean).toBe(ROUNDS);
      expect(acks.length).toBeGreaterThan(ROUNDS * 5);
    });
  });
}
