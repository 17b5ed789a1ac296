import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  interruptionRates,
  optimalCheckpointIntervalS,
  plannedGoodput,
  unplannedGoodput,
} from "../../src/core/index.js";
import { evaluate, infeasibleReasons } from "../support/fixture.js";

describe("Daly's checkpoint model", () => {
  it("approaches Young's sqrt(2δM) when a checkpoint is short against the mean time between failures", () => {
    const write = 10;
    const mtbf = 1e6;
    expect(optimalCheckpointIntervalS(write, mtbf) / Math.sqrt(2 * write * mtbf)).toBeCloseTo(1, 2);
  });

  it("without failures, loses only the time spent writing checkpoints", () => {
    expect(unplannedGoodput(900, 100, 600, Number.POSITIVE_INFINITY)).toBeCloseTo(0.9, 12);
  });

  it("agrees with the first-order estimate 1 − δ/τ − (R + τ/2)/M for rare failures", () => {
    const [tau, delta, restart, mtbf] = [600, 5, 600, 1e5];
    const firstOrder = 1 - delta / tau - (restart + tau / 2) / mtbf;
    expect(unplannedGoodput(tau, delta, restart, mtbf)).toBeCloseTo(firstOrder, 3);
  });

  it("the optimum interval is as good as any other, within Daly's approximation (0.5% of goodput)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.double({ min: 600, max: 1e6, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (delta, mtbf, k) => {
          const best = optimalCheckpointIntervalS(delta, mtbf);
          const g = (tau: number) => unplannedGoodput(tau, delta, 300, mtbf);
          expect(g(best)).toBeGreaterThanOrEqual(g(best * k) * (1 - 0.005));
        },
      ),
    );
  });

  it("goodput stays in (0, 1] and falls as failures become more frequent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 60, max: 1e6, noNaN: true }),
        fc.double({ min: 1.1, max: 10, noNaN: true }),
        (mtbf, factor) => {
          const g = (m: number) => unplannedGoodput(optimalCheckpointIntervalS(30, m), 30, 600, m);
          expect(g(mtbf)).toBeGreaterThan(0);
          expect(g(mtbf)).toBeLessThanOrEqual(1);
          expect(g(mtbf / factor)).toBeLessThan(g(mtbf));
        },
      ),
    );
  });

  it("an announced interruption costs a checkpoint and a restart", () => {
    // One a day, 60 s to write and 540 s to restart: 600 s lost each 86,400 s.
    expect(plannedGoodput(1 / 86400, 60, 540)).toBeCloseTo(86400 / (86400 + 600), 12);
  });
});

describe("interruption rates", () => {
  const rates = [
    { id: "gpu", scalesWith: "accelerator" as const, ratePer1000UnitDays: 0.3, planned: false },
    { id: "host", scalesWith: "node" as const, ratePer1000UnitDays: 1.6, planned: false },
    { id: "maintenance", scalesWith: "job" as const, ratePer1000UnitDays: 1000, planned: true },
  ];

  it("adds per unit: GPU failures per GPU, host failures per server, maintenance once per job", () => {
    const r = interruptionRates([{ accelerators: 16384, acceleratorsPerNode: 8, rates }]);
    expect((r.perHourByClass.gpu ?? 0) * 24).toBeCloseTo((16384 * 0.3) / 1000, 9);
    expect((r.perHourByClass.host ?? 0) * 24).toBeCloseTo((2048 * 1.6) / 1000, 9);
    expect(r.plannedPerHour * 24).toBeCloseTo(1, 9);
  });

  it("a job twice as large fails twice as often, but is maintained no more often", () => {
    const one = interruptionRates([{ accelerators: 8192, acceleratorsPerNode: 8, rates }]);
    const two = interruptionRates([
      { accelerators: 8192, acceleratorsPerNode: 8, rates },
      { accelerators: 8192, acceleratorsPerNode: 8, rates },
    ]);
    expect(two.unplannedPerHour).toBeCloseTo(2 * one.unplannedPerHour, 12);
    expect(two.plannedPerHour).toBeCloseTo(one.plannedPerHour, 12);
  });
});

describe("a training run's interruptions and goodput", () => {
  const site = { id: "s", accelerator: "h100", accelerators: 16384, grid: "us" };
  const scenario = (extra: Record<string, unknown> = {}, siteExtra: Record<string, unknown> = {}) => ({
    sites: [{ ...site, ...siteExtra }],
    workloads: [{ name: "t", kind: "training", model: { parameters: "405B", tokens: "15.6T" }, ...extra }],
  });
  const run = (extra: Record<string, unknown> = {}, siteExtra: Record<string, unknown> = {}) =>
    evaluate(scenario(extra, siteExtra)).workloads.t;
  /** The one reason the run cannot be carried out, as code and message. */
  const why = (extra: Record<string, unknown> = {}, siteExtra: Record<string, unknown> = {}) => {
    const reasons = infeasibleReasons(scenario(extra, siteExtra)).t ?? [];
    expect(reasons).toHaveLength(1);
    return `${reasons[0]?.code}: ${reasons[0]?.message}`;
  };

  it("counts interruptions as rate × wall-clock days", () => {
    const w = run({ days: "54 days" });
    // Fixture: 0.3 per 1,000 GPU-days, 1.6 per 1,000 node-days, one maintenance a day.
    const perDay = (16384 * 0.3) / 1000 + (2048 * 1.6) / 1000 + 1;
    expect(w?.interruptions).toBeCloseTo(perDay * 54, 6);
    expect(w?.mtbfHours).toBeCloseTo(24 / (perDay - 1), 6);
  });

  it("sizes the checkpoint from the parameters: 405B × 16 bytes at 0.1 GB/s per GPU", () => {
    expect(run()?.checkpointWriteSeconds).toBeCloseTo((405e9 * 16) / (16384 * 0.1e9), 6);
  });

  it("lets a site's failure rate override the catalog's, keeping the split between classes", () => {
    const base = run();
    const doubled = run({}, { reliability: { failuresPer1000NodeDays: 2 * (0.3 * 8 + 1.6) } });
    expect(doubled?.mtbfHours).toBeCloseTo((base?.mtbfHours ?? 0) / 2, 6);
    expect(doubled?.goodput).toBeLessThan(base?.goodput ?? 0);
  });

  it("takes a given goodput as given", () => {
    expect(run({ goodput: 0.8 })?.goodput).toBe(0.8);
  });

  it("answers that a checkpoint interval shorter than its write time cannot be carried out", () => {
    expect(why({ checkpoint: { interval: "1 s", writeTime: "60 s" } })).toMatch(
      /^checkpoint_interval_too_short: .*every 1.00 s is shorter than the 60.0 s/,
    );
  });

  it("rejects an unknown failure class, naming those there are", () => {
    expect(() => run({}, { reliability: { rates: { gremlins: 3 } } })).toThrow(
      /unknown failure class 'gremlins'/,
    );
  });

  it("reports a run that could never make progress instead of hanging or dividing by zero", () => {
    expect(
      why({ checkpoint: { restart: "30 days" } }, { reliability: { failuresPer1000NodeDays: 1000 } }),
    ).toMatch(/^no_progress: .*no progress/);
  });
});
