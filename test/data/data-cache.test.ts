import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/core/index.js";
import { withCachedData, writeDataCache } from "../../src/node/data-cache.js";
import { readDataFiles } from "../../src/node/data-files.js";

// data/ parsed at build time: the catalog built from the cache is the one built from the YAML, and only for the
// very text the cache was made from.
const dir = mkdtempSync(join(tmpdir(), "gigawatt-data-cache-"));
const cache = join(dir, "data-cache.json");
const files = readDataFiles();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the data cache", () => {
  it("holds every data file and gives the same catalog as parsing the YAML", () => {
    expect(writeDataCache(files, cache)).toBe(files.length);
    const cached = withCachedData(files, cache);
    expect(cached.every((f) => f.data !== undefined)).toBe(true);
    expect(isDeepStrictEqual(buildCatalog(cached), buildCatalog(files))).toBe(true);
  });

  it("parses a file whose text changed since the cache was made", () => {
    writeDataCache(files, cache);
    const changed = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n# edited\n` } : f));
    const cached = withCachedData(changed, cache);
    expect(cached[0]?.data).toBeUndefined();
    expect(cached.slice(1).every((f) => f.data !== undefined)).toBe(true);
  });

  it("is ignored when missing or unreadable", () => {
    expect(withCachedData(files, join(dir, "none.json")).some((f) => f.data !== undefined)).toBe(false);
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect(withCachedData(files, join(dir, "broken.json")).some((f) => f.data !== undefined)).toBe(false);
  });

  it("still places an issue of a cached file on its line", () => {
    writeDataCache(files, cache);
    const broken = withCachedData(files, cache).map((f) => {
      if (!f.name.endsWith("deals.yaml")) return f;
      const data = f.data as { deals: Record<string, unknown>[] };
      return {
        ...f,
        data: { ...data, deals: [{ ...data.deals[0], amountUSD: "x" }, ...data.deals.slice(1)] },
      };
    });
    let issues: { path: unknown; location?: { file: string; line: number } }[] = [];
    try {
      buildCatalog(broken);
    } catch (e) {
      issues = (e as { issues: typeof issues }).issues;
    }
    expect(issues[0]?.path).toEqual(["deals", 0, "amountUSD"]);
    expect(issues[0]?.location?.file).toBe("data/deals.yaml");
    expect(issues[0]?.location?.line).toBeGreaterThan(1);
  });
});
