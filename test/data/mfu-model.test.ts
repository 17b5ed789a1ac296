import { describe, expect, it } from "vitest";
import { mfuCrossValidation, mfuModelOf, mfuObservations } from "../../src/core/index.js";
import { geometricMeanActive } from "../../src/core/training/mfu-catalog.js";
import { conformalBand } from "../../src/core/training/mfu-model.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();

describe("efficiency model on the published runs", () => {
  const cv = mfuCrossValidation(catalog);

  it("predicts runs left out of its fit better than a constant", () => {
    expect(cv.leaveOneOut.medianAbsError).toBeLessThan(cv.constant.medianAbsError);
  });

  it("is unbiased on runs left out: as many predicted too fast as too slow, within 5%", () => {
    expect(Math.abs(cv.leaveOneOut.medianError)).toBeLessThan(0.05);
  });

  it("covers 75-85% of left-out runs with its 80% range (the issue's target), the band fitted on fit runs only", () => {
    expect(cv.leaveOneOut.coverage).toBeGreaterThanOrEqual(0.75);
    expect(cv.leaveOneOut.coverage).toBeLessThanOrEqual(0.85);
  });

  it("never fits on a held-out run nor on a low-confidence figure", () => {
    const fitted = new Set(mfuObservations(catalog).map((o) => o.id));
    for (const r of catalog.trainingRuns)
      if (r.split === "held-out" || r.confidence === "low") expect(fitted.has(r.id), r.id).toBe(false);
    expect(cv.heldOut.figures).toBeGreaterThanOrEqual(10);
  });

  it("never reads a run of the 2026-12 held-out set: not fitted, not in the first held-out score, no default moved", () => {
    const late = catalog.trainingRuns.filter((r) => r.split === "held-out-2026-12");
    expect(late.length).toBeGreaterThanOrEqual(15);
    const read = new Set(
      [...mfuObservations(catalog), ...mfuObservations(catalog, "held-out")].map((o) => o.id),
    );
    for (const r of late) expect(read.has(r.id), r.id).toBe(false);
    // The catalog without them gives the same model, the same held-out score and the same default size.
    const without = {
      ...catalog,
      trainingRuns: catalog.trainingRuns.filter((r) => r.split !== "held-out-2026-12"),
    };
    const [m, w] = [mfuModelOf(catalog), mfuModelOf(without)];
    expect(m.coefficients).toEqual(w.coefficients);
    expect(m.spread).toEqual(w.spread);
    expect(m.allInShare).toBe(w.allInShare);
    expect(cv.heldOut).toEqual(mfuCrossValidation(without).heldOut);
    expect(geometricMeanActive(catalog)).toBe(geometricMeanActive(without));
  });

  it("gives Hopper less steady MFU than A100 at the same size (its FLOPs outgrew its memory bandwidth)", () => {
    const m = mfuModelOf(catalog);
    const q = { accelerators: 2048, activeParameters: 7e10, parameters: 7e10 };
    // A100-80GB: 312 TFLOP/s over 2.039 TB/s; H100: 989 over 3.35.
    expect(m.predict({ ...q, flopsPerByte: 989 / 3.35 })).toBeLessThan(
      m.predict({ ...q, flopsPerByte: 312 / 2.039 }),
    );
  });

  it("gives every run a FLOP-per-byte ratio from the catalog", () => {
    for (const r of mfuObservations(catalog)) expect(Number.isFinite(r.flopsPerByte), r.id).toBe(true);
  });
});

describe("80% band from residuals left out one at a time", () => {
  it("takes the ⌊(n+1)·0.1⌋-th and ⌈(n+1)·0.9⌉-th smallest: with 45 residuals the 4th and the 42nd", () => {
    // 46 × 0.1 = 4.6 → 4th; 46 × 0.9 = 41.4 → 42nd (1-based), wider than the 10th–90th percentiles (4.4th, 40.6th).
    const residuals = Array.from({ length: 45 }, (_, i) => 45 - i); // 45, 44, …, 1: order must not matter
    expect(conformalBand(residuals, 0.8)).toEqual([4, 42]);
  });

  it("reads exact multiples of (n+1)·0.1 as the integer they are (floating point gives 0.0999…)", () => {
    // n = 49: 50 × 0.1 = 5 → 5th; 50 × 0.9 = 45 → 45th.
    const residuals = Array.from({ length: 49 }, (_, i) => i + 1);
    expect(conformalBand(residuals, 0.8)).toEqual([5, 45]);
  });

  it("is the extremes when there are too few residuals for an 80% band", () => {
    expect(conformalBand([1.2, 0.9, 1.05], 0.8)).toEqual([0.9, 1.2]);
  });
});
