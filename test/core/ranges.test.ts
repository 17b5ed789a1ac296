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

describe("ranges of a training run", () => {
  const catalog = fixture;
  const run = { kind: "training", model: { parameters: "70B", tokens: "2T" } };
  const one = parseScenario({
    sites: [{ id: "s", accelerator: "h100", accelerators: 1024 }],
    workloads: [{ name: "a", ...run }],
  });

  it("gives the steady days the efficiency model's own spread: idealDays = FLOP / (accelerators × peak × MFU)", () => {
    // With the accelerators given, only the MFU is uncertain in idealDays: its range is idealDays / spread.
    const r = evaluateScenario(one, catalog, { ranges: true });
    const a = r.workloads.a as unknown as {
      idealDays: number;
      ranges: Record<string, { p10: number; p90: number }>;
    };
    const residual = r.assumptions.find((x) => x.name === "workloads.a.mfuResidual");
    expect(residual?.value).toBe(1);
    const spread = /80% range ([\d.]+)–([\d.]+)/.exec(residual?.source ?? "");
    const [lo, hi] = [Number(spread?.[1]), Number(spread?.[2])];
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1);
    expect(a.ranges.idealDays?.p10).toBeCloseTo(a.idealDays / hi, 9);
    expect(a.ranges.idealDays?.p90).toBeCloseTo(a.idealDays / lo, 9);
  });

  it("gives a workload the same ranges whether its inputs are varied by re-evaluating it alone or the whole scenario", () => {
    // In `one`, inputs only workload a reads are varied on a alone; beside an identical workload b, the inputs both
    // read are varied by evaluating everything again. a's ranges must not depend on which.
    const two = parseScenario({
      sites: [{ id: "s", accelerator: "h100", accelerators: 1024 }],
      workloads: [
        { name: "a", ...run },
        { name: "b", ...run },
      ],
    });
    const rangesOfA = (r: ReturnType<typeof evaluateScenario>) => {
      const a = r.workloads.a;
      return a?.kind === "training" ? a.ranges : undefined;
    };
    const alone = rangesOfA(evaluateScenario(one, catalog, { ranges: true }));
    const beside = rangesOfA(evaluateScenario(two, catalog, { ranges: true }));
    expect(Object.keys(alone ?? {}).length).toBeGreaterThan(3);
    expect(beside).toEqual(alone);
  });
});

describe("which part of an evaluation read an uncertain input", () => {
  it("names the one workload that read it, and none when the sites or two workloads did", () => {
    const log = new AssumptionLog(fixture);
    const cited = (v: number) => ({ value: v, range: [v / 2, v * 2] as const, assumption: "test" });
    log.cited("site-only", cited(1));
    log.readingFor("a");
    log.cited("a-only", cited(2));
    log.cited("both", cited(3));
    log.readingFor("b");
    log.cited("both", cited(3));
    log.readingFor(undefined);
    const readBy = Object.fromEntries(log.uncertain().map((i) => [i.name, i.readBy]));
    expect(readBy).toEqual({ "site-only": undefined, "a-only": "a", both: undefined });
  });
});

describe("parts reused by sensitivity passes", () => {
  const cited = (v: number) => ({ value: v, range: [v / 2, v * 2] as const, assumption: "test" });
  // A part that reads "a" from the log: its value is a's value times 10.
  const part = (log: AssumptionLog) => log.cited("a", cited(3)) * 10;

  it("gives a pass the base's value of a part that did not read the pass's input, without computing it again", () => {
    const memo = new Map();
    const base = new AssumptionLog(fixture, undefined, false, memo);
    expect(base.reuse("part", () => part(base))).toBe(30);
    const pass = new AssumptionLog(fixture, { name: "b", value: 4 }, true, memo);
    let computed = 0;
    expect(pass.reuse("part", () => ++computed)).toBe(30);
    expect(computed).toBe(0);
  });

  it("computes a part again in a pass whose input it read, with the pass's value", () => {
    const memo = new Map();
    const base = new AssumptionLog(fixture, undefined, false, memo);
    base.reuse("part", () => part(base));
    const pass = new AssumptionLog(fixture, { name: "a", value: 6 }, true, memo);
    expect(pass.reuse("part", () => part(pass))).toBe(60);
  });

  it("computes every time without a memo (an estimate without ranges)", () => {
    const log = new AssumptionLog(fixture);
    let computed = 0;
    log.reuse("part", () => ++computed);
    log.reuse("part", () => ++computed);
    expect(computed).toBe(2);
  });
});
