import { describe, expect, it } from "vitest";
import { AssumptionLog } from "../../src/core/index.js";
import { siteRates } from "../../src/core/reliability/site-rates.js";
import type { ResolvedSite } from "../../src/core/sizing/resolve-site.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
// The few fields of a resolved site that the failure rates read.
const site = {
  input: {},
  accelerator: { acceleratorsPerServer: { value: 8 } },
  spec: { id: "s" },
} as unknown as ResolvedSite;

describe("failure rates in a sensitivity pass", () => {
  it("take the pass's end of a class's 80% range, so the rate's uncertainty reaches the run's figures", () => {
    const classes = catalog.failureClasses.all;
    const c = classes.find((k) => k.ratePer1000UnitDays.range !== undefined);
    expect(c).toBeDefined();
    const value = c?.ratePer1000UnitDays.value ?? 0;
    const pass = new AssumptionLog(
      catalog,
      { name: `failureClasses.${c?.id}.ratePer1000UnitDays`, value: value * 2 },
      true,
    );
    const rates = siteRates(site, classes, pass, ["sites", "s"]);
    expect(rates.ok && rates.value.find((f) => f.id === c?.id)?.ratePer1000UnitDays).toBe(value * 2);
    const base = siteRates(site, classes, new AssumptionLog(catalog), ["sites", "s"]);
    expect(base.ok && base.value.find((f) => f.id === c?.id)?.ratePer1000UnitDays).toBe(value);
  });
});
