import { describe, expect, it } from "vitest";
import { AssumptionLog, evaluateScenario, parseScenario } from "../../src/core/index.js";
import { rangesOf } from "../../src/core/scenario/ranges.js";
import { fixture } from "../support/fixture.js";

describe("ranges by sensitivity passes", () => {
  it("gives a figure moved by one input that input's own range", () => {
    // F = a·b with only a uncertain, a's 80% range [a/2, 2a]: F's range is [F/2, 2F].
    const r = rangesOf({ f: 10 }, [[{ f: 5 }, { f: 20 }]]);
    expect(r.f?.p10).toBeCloseTo(5, 12);
    expect(r.f?.p90).toBeCloseTo(20, 12);
  });

  it("combines independent inputs in quadrature in log space", () => {
    // F = a·b, both with ranges of a factor 2 each way: ln F's 80% half-width is √2·ln 2.
    const r = rangesOf({ f: 10 }, [
      [{ f: 5 }, { f: 20 }],
      [{ f: 5 }, { f: 20 }],
    ]);
    expect(r.f?.p90).toBeCloseTo(10 * Math.exp(Math.SQRT2 * Math.log(2)), 10);
    expect(r.f?.p10).toBeCloseTo(10 * Math.exp(-Math.SQRT2 * Math.log(2)), 10);
  });

  it("gives no range to a figure no input moves, nor to text, zero or a failed pass", () => {
    const r = rangesOf({ exact: 3, name: "x", zero: 0 }, [[{ exact: 3, name: "y", zero: 1 }, undefined]]);
    expect(r).toEqual({});
  });

  it("reads an input that moves a figure the same way at both ends as one-sided", () => {
    const r = rangesOf({ f: 10 }, [[{ f: 12 }, { f: 15 }]]);
    expect(r.f?.p10).toBeCloseTo(10, 12);
    expect(r.f?.p90).toBeCloseTo(15, 12);
  });
});

describe("the assumption log in a sensitivity pass", () => {
  const catalog = fixture;

  it("collects each catalog number with a range once, and returns the override for its name only", () => {
    const cited = { value: 4, range: [2, 8] as const, assumption: "test: a number with a range" };
    const other = { value: 7, assumption: "test: a number without a range" };
    const log = new AssumptionLog(catalog, { name: "x", value: 8 });
    expect(log.cited("x", cited)).toBe(8);
    expect(log.cited("x", cited)).toBe(8);
    expect(log.cited("y", other)).toBe(7);
    expect(log.uncertain()).toEqual([{ name: "x", value: 4, range: [2, 8] }]);
  });

  it("declares a model's factor as 1 with its range, listed with its reasoning", () => {
    const log = new AssumptionLog(catalog);
    expect(log.factor("model.residual", [0.8, 1.25], "test: a fitted model's spread")).toBe(1);
    expect(log.uncertain()).toEqual([{ name: "model.residual", value: 1, range: [0.8, 1.25] }]);
    expect(log.list()[0]?.source).toContain("80% range 0.8–1.25");
  });
});

describe("evaluateScenario with ranges", () => {
  const catalog = fixture;
  const scenario = parseScenario({ sites: [{ id: "s", power: "100 MW", accelerator: "gb200" }] });

  it("puts each point figure inside its own range and leaves the point figures as they were", () => {
    const plain = evaluateScenario(scenario, catalog);
    const ranged = evaluateScenario(scenario, catalog, { ranges: true });
    const site = ranged.sites.s;
    expect(site?.capexUSD).toBe(plain.sites.s?.capexUSD);
    for (const [key, range] of Object.entries(site?.ranges ?? {})) {
      const value = (site as unknown as Record<string, number>)[key] as number;
      expect(range.p10, key).toBeLessThanOrEqual(value * (1 + 1e-12));
      expect(range.p90, key).toBeGreaterThanOrEqual(value * (1 - 1e-12));
    }
    // The input power is given, so it is exact.
    expect(site?.ranges?.facilityPowerMW).toBeUndefined();
  });
});
