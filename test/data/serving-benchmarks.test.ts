import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCases } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";
import { readValidationCases, VALIDATION_DIR } from "../../src/node/validation-files.js";

const catalog = loadCatalog();
const report = runCases(readValidationCases([join(VALIDATION_DIR, "serving-benchmarks.yaml")]), catalog);

describe("published serving benchmarks (validation/serving-benchmarks.yaml)", () => {
  it("keeps data/serving.yaml's efficiencies at what the fit split gives", () => {
    const fit = report.summary.servingEfficiency;
    const f = catalog.servingFigures;
    expect(fit?.prefillMfu).toBe(f?.prefillComputeEfficiency.value);
    expect(fit?.decodeMbu).toBe(f?.decodeMemoryBandwidthUtilisation.value);
    expect(fit?.expertEfficiency).toBe(f?.mixtureOfExpertsEfficiency.value);
  });

  it("fits on 30 figures and scores 36 held out, left-out error no better than in sample", () => {
    const fit = report.summary.servingEfficiency;
    expect(fit?.inSample.figures).toBe(30);
    expect(fit?.leaveOneOut.figures).toBe(30);
    expect(fit?.heldOut.figures).toBe(36);
    expect(fit?.leaveOneOut.medianAbsError).toBeGreaterThanOrEqual(fit?.inSample.medianAbsError ?? 1);
  });

  it("bands its throughput from the fit figures left out, covering 75-85% of them (the issue's target)", () => {
    const fit = report.summary.servingEfficiency;
    const [lo, hi] = fit?.spread ?? [1, 1];
    // The conformal band of 30 residuals is their 3rd and 28th smallest: ⌊31 × 0.1⌋ and ⌈31 × 0.9⌉.
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1);
    expect(fit?.leaveOneOut.coverage).toBeGreaterThanOrEqual(0.75);
    expect(fit?.leaveOneOut.coverage).toBeLessThanOrEqual(0.85);
  });

  it("keeps data/serving.yaml's throughput residual at the band the fit gives", () => {
    const fit = report.summary.servingEfficiency;
    expect(catalog.servingFigures?.servingThroughputResidual.value).toBe(1);
    expect(catalog.servingFigures?.servingThroughputResidual.range).toEqual(fit?.spread);
  });

  it("predicts each case within its gate with the catalog's values, as the fit does", () => {
    const byId = new Map(report.cases.map((c) => [c.id, c]));
    // Llama 3.3 70B FP8 on one H200, 1,000 in and 1,000 out: 2,909 output tokens/s published.
    const h200 = byId.get("trtllm-llama33-70b-h200-1000-1000")?.metrics[0];
    expect(h200?.published).toBe(2909);
    expect(Math.abs(h200?.error ?? 1)).toBeLessThan(0.5);
    // Every case is a serving figure on hardware of the list.
    expect(report.cases.length).toBe(66);
  });
});
