import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { resultSchema } from "../../src/core/index.js";

// The result format is a contract: every pinned output of `run --json` and `size --json` (test/golden) parses with
// the schema `gigawatt schema --result` publishes.
const GOLDEN = new URL("../golden/expected/", import.meta.url);
const results = readdirSync(GOLDEN).filter((f) => /^(run|size)-.*\.json$/.test(f));

describe("the result schema", () => {
  it("has pinned outputs to hold against", () => {
    expect(results.length).toBeGreaterThanOrEqual(8);
  });

  it.each(results)("accepts %s", (file) => {
    const parsed = resultSchema.safeParse(JSON.parse(readFileSync(new URL(file, GOLDEN), "utf8")));
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it("refuses a site figure that is not a number, and a key the envelope does not have", () => {
    const one = JSON.parse(readFileSync(new URL(results[0] as string, GOLDEN), "utf8"));
    const site = Object.keys(one.sites)[0] as string;
    expect(
      resultSchema.safeParse({ ...one, sites: { [site]: { ...one.sites[site], capexUSD: null } } }).success,
    ).toBe(false);
    expect(resultSchema.safeParse({ ...one, extra: 1 }).success).toBe(false);
  });

  it("is printed as JSON Schema by gigawatt schema --result", () => {
    const main = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
    const r = spawnSync(process.execPath, [main, "schema", "--result"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.sites.additionalProperties.properties.capexUSD.type).toBe("number");
    expect(Object.keys(schema.properties)).toEqual(["name", "sites", "workloads", "totals", "assumptions"]);
  });
});
