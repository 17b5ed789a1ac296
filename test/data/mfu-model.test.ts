import { describe, expect, it } from "vitest";
import { mfuCrossValidation, mfuModelOf, mfuObservations } from "../../src/core/index.js";
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

  it("covers about 80% of left-out runs with its 80% range", () => {
    expect(cv.leaveOneOut.coverage).toBeGreaterThan(0.7);
    expect(cv.leaveOneOut.coverage).toBeLessThan(0.9);
  });

  it("never fits on a held-out run nor on a low-confidence figure", () => {
    const fitted = new Set(mfuObservations(catalog).map((o) => o.id));
    for (const r of catalog.trainingRuns)
      if (r.split === "held-out" || r.confidence === "low") expect(fitted.has(r.id), r.id).toBe(false);
    expect(cv.heldOut.figures).toBeGreaterThanOrEqual(10);
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
