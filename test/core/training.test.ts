import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  estimateTraining,
  fitMfuModel,
  InputError,
  type MfuObservation,
  trainingFlop,
} from "../../src/core/index.js";
import { evaluate, evaluateAny, fixture, infeasibleReasons } from "../support/fixture.js";

describe("training FLOPs", () => {
  it("is 6 × active parameters × tokens: Llama 3.1 405B on 15.6T tokens is 3.8e25 (its paper's figure)", () => {
    const flop = trainingFlop(405e9, 15.6e12, 6);
    expect(flop).toBe(6 * 405e9 * 15.6e12);
    expect(Math.abs(flop / 3.8e25 - 1)).toBeLessThan(0.01);
  });
  it("counts only the active parameters of a mixture of experts", () => {
    const r = evaluate({
      sites: [{ id: "s", accelerator: "h100", accelerators: 1000 }],
      workloads: [
        {
          name: "moe",
          kind: "training",
          model: { parameters: "671B", activeParameters: "37B", tokens: "14.8T" },
        },
      ],
    });
    expect(r.workloads.moe?.trainingFLOP).toBeCloseTo(6 * 37e9 * 14.8e12, -20);
  });
});

describe("estimateTraining", () => {
  const pool = {
    siteId: "a",
    accelerators: 1000,
    peakFlopsPerAccelerator: 1e15,
    mfu: 0.4,
    powerPerAcceleratorW: 1000,
    pue: 1.2,
  };

  it("takes compute / (accelerators × peak × MFU), stretched by goodput", () => {
    const e = estimateTraining({ trainingFLOP: 1e24, pools: [pool], goodput: 0.8 });
    const seconds = 1e24 / (1000 * 1e15 * 0.4) / 0.8;
    expect(e.days).toBeCloseTo(seconds / 86400, 9);
    expect(e.acceleratorHours).toBeCloseTo((1000 * seconds) / 3600, 3);
  });

  it("energy = power × time × PUE", () => {
    const e = estimateTraining({ trainingFLOP: 1e24, pools: [pool], goodput: 1 });
    expect(e.itEnergyMWh).toBeCloseTo((e.acceleratorHours * 1000) / 1e6, 6);
    expect(e.energyMWh).toBeCloseTo(e.itEnergyMWh * 1.2, 6);
  });

  it("implies the MFU when the duration is given", () => {
    const e = estimateTraining({ trainingFLOP: 1e24, pools: [pool], goodput: 1, givenAcceleratorHours: 1e6 });
    expect(e.mfu).toBeCloseTo(1e24 / (1000 * 1e15 * 1e6 * 3.6), 9);
    expect(e.acceleratorHours).toBeCloseTo(1e6, 3);
  });

  it("invariants: more accelerators never slow a run; energy scales with FLOPs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 1e20, max: 1e27, noNaN: true }),
        (a, b, flop) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const run = (n: number, f = flop) =>
            estimateTraining({ trainingFLOP: f, pools: [{ ...pool, accelerators: n }], goodput: 0.9 });
          expect(run(hi).days).toBeLessThanOrEqual(run(lo).days * (1 + 1e-12));
          expect(run(lo, 2 * flop).energyMWh).toBeCloseTo(2 * run(lo).energyMWh, 6);
        },
      ),
    );
  });
});

describe("MFU model fitted on published runs", () => {
  const runs: MfuObservation[] = fixture.trainingRuns.map((r) => ({
    id: r.id,
    accelerators: r.accelerators?.value,
    parameters: r.parameters.value,
    activeParameters: r.activeParameters.value,
    flopsPerByte: 295,
    figure: "steady-state" as const,
    mfu: r.mfu?.value ?? 0.4,
  }));

  it("predicts a positive MFU below 75% of peak for any size, scale and hardware", () => {
    const model = fitMfuModel(runs, { lossPerDoubling: 0.02 });
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 1e8, max: 1e13, noNaN: true }),
        fc.double({ min: 50, max: 1000, noNaN: true }),
        (n, p, flopsPerByte) => {
          const mfu = model.predict({ accelerators: n, activeParameters: p, parameters: p, flopsPerByte });
          expect(mfu).toBeGreaterThan(0);
          expect(mfu).toBeLessThanOrEqual(0.75);
        },
      ),
    );
  });

  it("loses the fixed share of MFU per doubling beyond the largest fitted job, none below it", () => {
    const model = fitMfuModel(runs, { lossPerDoubling: 0.02 });
    const at = (n: number) =>
      model.predict({ accelerators: n, activeParameters: 1e11, parameters: 1e11, flopsPerByte: 295 });
    const largest = model.largestAccelerators;
    expect(at(largest) - at(2 * largest)).toBeCloseTo(0.02, 9);
    expect(at(largest / 4) - at(largest)).toBeCloseTo(0, 9);
  });

  it("refuses to fit on fewer runs than it has coefficients", () => {
    expect(() => fitMfuModel(runs.slice(0, 3), { lossPerDoubling: 0.02 })).toThrow(/at least/);
  });
});

describe("training workloads in a scenario", () => {
  const sites = [{ id: "s", accelerator: "h100", accelerators: 16384, pue: 1.1, grid: "us" }];

  it("goodput stays within (0, 1] and MFU below 1", () => {
    const r = evaluate({
      sites,
      workloads: [{ name: "t", kind: "training", model: { parameters: "405B", tokens: "15.6T" } }],
    });
    const w = r.workloads.t;
    expect(w?.goodput).toBeGreaterThan(0);
    expect(w?.goodput).toBeLessThanOrEqual(1);
    expect(w?.mfu).toBeLessThan(1);
    expect(w?.acceleratorHours).toBeCloseTo((w?.days ?? 0) * 24 * 16384, 0);
  });

  it("answers that a duration needing more than 100% MFU cannot be carried out", () => {
    const reasons = infeasibleReasons({
      sites,
      workloads: [
        { name: "t", kind: "training", model: { parameters: "405B", tokens: "15.6T" }, days: "1 day" },
      ],
    });
    expect(reasons.t?.map((r) => r.code)).toEqual(["impossible_duration"]);
    expect(reasons.t?.[0]?.message).toMatch(/above 100%/);
  });

  it("rejects a run on an unknown site, naming the sites there are", () => {
    try {
      evaluate({ sites, workloads: [{ name: "t", kind: "training", sites: ["nope"], trainingFLOP: 1e24 }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]?.message).toContain("unknown site 'nope'");
    }
  });

  it("answers that a run asking for more accelerators than its sites have cannot be carried out", () => {
    const reasons = infeasibleReasons({
      sites,
      workloads: [{ name: "t", kind: "training", trainingFLOP: 1e24, accelerators: 20000 }],
    });
    expect(reasons.t?.map((r) => r.code)).toEqual(["too_many_accelerators"]);
    expect(reasons.t?.[0]?.message).toMatch(/20,000.*16,384|16,384.*20,000|20000.*16384|16384.*20000/);
  });

  it("reports an infeasible run beside a feasible one: the scenario keeps its other results", () => {
    const r = evaluateAny({
      sites,
      workloads: [
        { name: "fits", kind: "training", trainingFLOP: 1e24 },
        { name: "too-big", kind: "training", trainingFLOP: 1e24, accelerators: 20000 },
      ],
    });
    expect(r.workloads.fits?.kind).toBe("training");
    expect(r.workloads["too-big"]).toEqual({
      kind: "infeasible",
      workloadKind: "training",
      reasons: [
        expect.objectContaining({ code: "too_many_accelerators", path: ["workloads", 1, "accelerators"] }),
      ],
    });
    expect(r.sites.s?.accelerators).toBe(16384);
  });
});

describe("a training run's sites must hold accelerators", () => {
  it("rejects a site too small for one accelerator", () => {
    expect(() =>
      evaluate({
        sites: [{ id: "tiny", accelerator: "h100", power: "100 W" }],
        workloads: [{ name: "t", kind: "training", trainingFLOP: 1e20 }],
      }),
    ).toThrow(/too small for one h100-sxm/);
  });
});
