import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  optimalCheckpointIntervalS,
  plannedGoodput,
  Random,
  type RunSimulationSpec,
  simulateRun,
  simulateTrials,
  summariseTrials,
  unplannedGoodput,
} from "../../src/core/index.js";
import { evaluate } from "../support/fixture.js";

const HOUR = 3600;
const spec = (over: Partial<RunSimulationSpec> = {}): RunSimulationSpec => {
  const mtbf = 3 * HOUR;
  return {
    computeS: 30 * 86400,
    intervalS: optimalCheckpointIntervalS(30, mtbf),
    writeS: 30,
    restartS: 600,
    classes: [
      { id: "gpu", perS: 0.7 / mtbf, planned: false },
      { id: "software", perS: 0.3 / mtbf, planned: false },
    ],
    outages: [],
    maxWallS: 3650 * 86400,
    ...over,
  };
};

describe("Random", () => {
  it("gives the same stream for the same seed and different streams for different seeds", () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const xs = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uint32())).not.toEqual(xs);
  });

  it("draws uniforms in (0, 1] with mean 1/2, and exponentials with the asked mean", () => {
    const r = new Random(7);
    let u = 0;
    let e = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const x = r.uniform();
      expect(x > 0 && x <= 1).toBe(true);
      u += x;
      e += r.exponential(5);
    }
    expect(u / n).toBeCloseTo(0.5, 2);
    expect(e / n).toBeCloseTo(5, 1);
  });
});

describe("simulateRun", () => {
  it("is deterministic: the same seed gives the same result", () => {
    expect(simulateRun(spec(), { trials: 50, seed: 3 })).toEqual(
      simulateRun(spec(), { trials: 50, seed: 3 }),
    );
  });

  it("agrees on average with Daly's analytic goodput", () => {
    const s = spec();
    const r = simulateRun(s, { trials: 400, seed: 11 });
    const analytic = unplannedGoodput(s.intervalS, s.writeS, s.restartS, 3 * HOUR);
    expect(Math.abs(r.goodput.mean - analytic) / analytic).toBeLessThan(0.005);
    expect(r.goodput.p5).toBeLessThanOrEqual(r.goodput.p50);
    expect(r.goodput.p50).toBeLessThanOrEqual(r.goodput.p95);
  });

  it("agrees with the analytic cost of planned maintenance", () => {
    const s = spec({ classes: [{ id: "maintenance", perS: 1 / 86400, planned: true }] });
    const r = simulateRun(s, { trials: 200, seed: 5 });
    const analytic =
      (s.intervalS / (s.intervalS + s.writeS)) * plannedGoodput(1 / 86400, s.writeS, s.restartS);
    expect(Math.abs(r.goodput.mean - analytic) / analytic).toBeLessThan(0.005);
    expect(r.interruptionsByClass.maintenance).toBeGreaterThan(0);
  });

  it("counts interruptions at the classes' rates over the wall-clock time", () => {
    const r = simulateRun(spec(), { trials: 300, seed: 2 });
    const expected = (r.days.mean * 86400) / (3 * HOUR);
    expect(Math.abs(r.interruptions.mean - expected) / expected).toBeLessThan(0.02);
    expect((r.interruptionsByClass.gpu ?? 0) / r.interruptions.mean).toBeCloseTo(0.7, 1);
  });

  it("more failures never make a run faster (same seed)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 24, noNaN: true }),
        fc.double({ min: 1.5, max: 5, noNaN: true }),
        (mtbfH, factor) => {
          const at = (m: number) =>
            simulateRun(spec({ classes: [{ id: "gpu", perS: 1 / (m * HOUR), planned: false }] }), {
              trials: 20,
              seed: 9,
            }).days.mean;
          expect(at(mtbfH / factor)).toBeGreaterThan(at(mtbfH));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("whole-site outages stop the job for their duration", () => {
    const base = simulateRun(spec({ classes: [] }), { trials: 100, seed: 4 });
    const withOutages = simulateRun(
      spec({ classes: [], outages: [{ siteId: "a", perS: 12 / (365 * 86400), meanDurationS: 6 * HOUR }] }),
      {
        trials: 100,
        seed: 4,
      },
    );
    expect(withOutages.days.mean).toBeGreaterThan(base.days.mean);
    expect(withOutages.interruptionsByClass["outage:a"]).toBeGreaterThan(0);
  });

  it("reports a run that cannot finish instead of running forever", () => {
    const r = simulateRun(spec({ restartS: 10 * HOUR, maxWallS: 60 * 86400 }), { trials: 5, seed: 1 });
    expect(r.unfinished).toBe(5);
    expect(r.days.p50).toBeCloseTo(60, 6);
    expect(r.timeline.at(-1)?.event).toBe("unfinished");
  });

  it("keeps a timeline of the first trial: progress never goes backwards and ends at 1", () => {
    const r = simulateRun(spec(), { trials: 3, seed: 8 });
    const progress = r.timeline.map((p) => p.progress);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1] as number);
    expect(r.timeline.at(-1)).toMatchObject({ event: "finished", progress: 1 });
  });

  it("reports progress up to the last trial", () => {
    const seen: number[] = [];
    simulateRun(spec(), { trials: 250, seed: 1, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(250);
  });
});

describe("simulation in a scenario", () => {
  const data = {
    sites: [{ id: "s", accelerator: "h100", accelerators: 16384, grid: "us" }],
    workloads: [{ name: "t", kind: "training", model: { parameters: "405B", tokens: "15.6T" } }],
  };

  it("adds the distributions to the training result, near the analytic expectation", () => {
    const r = evaluate(data, undefined, { trials: 200, seed: 1 }).workloads.t;
    expect(r?.simulation?.trials).toBe(200);
    expect(Math.abs((r?.simulation?.days.mean ?? 0) / (r?.days ?? 1) - 1)).toBeLessThan(0.01);
  });

  it("leaves the result alone without trials", () => {
    expect(evaluate(data).workloads.t?.simulation).toBeUndefined();
  });
});

describe("trials split among workers", () => {
  it("give the same result as one run, however they are split", () => {
    const s = spec();
    const whole = simulateRun(s, { trials: 60, seed: 12 });
    const parts = [
      simulateTrials(s, 12, 40, 60),
      simulateTrials(s, 12, 0, 25),
      simulateTrials(s, 12, 25, 40),
    ];
    const merged = summariseTrials(s, parts, 12);
    expect(merged.days).toEqual(whole.days);
    for (const [id, n] of Object.entries(whole.interruptionsByClass))
      expect(merged.interruptionsByClass[id]).toBeCloseTo(n, 9);
    expect(merged.timeline).toEqual(whole.timeline);
  });
});
